package org.plimsoll.formats.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.junit.jupiter.api.Test;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.engine.history.History;

/**
 * The FHIR export checked by a validator nobody here wrote: HAPI FHIR's R4 instance validator, offline
 * (the core specification's profiles and code systems, no terminology server), over two years of the
 * demo. No error and no warning is allowed, best-practice ones included.
 */
class FhirValidatorTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);

    /**
     * Offline, LOINC and SNOMED CT cannot be looked up (their tables are licensed and large), so the
     * validator reports codes from them as information; FhirBundleTest checks their official displays.
     * The bundle's own CodeSystem and Questionnaire are given to the validator, as any reader of the bundle can, so the
     * window codes and displays are checked for real.
     */
    static FhirValidator offlineR4Validator(String bundleWithOurCodeSystem) {
        FhirContext r4 = FhirContext.forR4Cached();
        Bundle parsed = r4.newJsonParser().parseResource(Bundle.class, bundleWithOurCodeSystem);
        PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(r4);
        parsed.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(CodeSystem.class::isInstance)
                .forEach(ours::addCodeSystem);
        java.util.Map<String, org.hl7.fhir.r4.model.Questionnaire> questionnaires = new java.util.HashMap<>();
        parsed.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(org.hl7.fhir.r4.model.Questionnaire.class::isInstance)
                .map(org.hl7.fhir.r4.model.Questionnaire.class::cast).forEach(q -> questionnaires.put(q.getUrl(), q));
        // The check-up questionnaire travels in the bundle: a reader looks it up there by its canonical URL.
        IValidationSupport bundled = new IValidationSupport() {
            @Override
            public FhirContext getFhirContext() {
                return r4;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T extends org.hl7.fhir.instance.model.api.IBaseResource> T fetchResource(Class<T> type, String uri) {
                org.hl7.fhir.r4.model.Questionnaire q = questionnaires.get(uri == null ? "" : uri.split("\\|")[0]);
                return q != null && (type == null || type.isInstance(q)) ? (T) q : null;
            }
        };
        UnknownCodeSystemWarningValidationSupport unknown = new UnknownCodeSystemWarningValidationSupport(r4);
        unknown.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.INFORMATION);
        ValidationSupportChain support = new ValidationSupportChain(new DefaultProfileValidationSupport(r4),
                new CommonCodeSystemsTerminologyService(r4), ours, bundled, new InMemoryTerminologyServerValidationSupport(r4),
                new SnapshotGeneratingValidationSupport(r4), unknown);
        FhirInstanceValidator instance = new FhirInstanceValidator(support);
        instance.setBestPracticeWarningLevel(org.hl7.fhir.r5.utils.validation.constants.BestPracticeWarningLevel.Warning);
        return r4.newValidator().registerValidatorModule(instance);
    }

    @Test
    void twoYearsOfCheckInsPassHapisR4ValidatorWithNoErrorAndNoWarning() {
        History history = DemoHistory.generate(LAST_DAY, 104, LONDON);
        byte[] bundle = FhirBundle.bytes(FhirBundle.of(history, "42", LAST_DAY.minusWeeks(104), LAST_DAY,
                Instant.parse("2026-11-21T09:00:00Z")));

        String text = new String(bundle, StandardCharsets.UTF_8);
        ValidationResult result = offlineR4Validator(text).validateWithResult(text);

        List<String> findings = result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal())
                .map(FhirValidatorTest::describe).distinct().toList();
        assertThat(findings).isEmpty();
        assertThat(history.checkIns()).as("the bundle held something to validate").hasSizeGreaterThan(300);
    }

    @Test
    void sleepHrvOfBothKindsAndRestingHeartRatePassHapisR4ValidatorWithNoErrorAndNoWarning() {
        History demo = DemoHistory.generate(LAST_DAY, 2, LONDON);
        java.util.List<org.plimsoll.engine.context.DailyContext> days = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            days.add(new org.plimsoll.engine.context.DailyContext(LAST_DAY.minusDays(i),
                    java.util.Optional.of(org.plimsoll.engine.unit.Hours.of(6.5 + i / 4.0)), java.util.Optional.empty(),
                    java.util.Optional.empty(), java.util.Optional.empty()).withMeasures(
                    java.util.Optional.of(org.plimsoll.engine.unit.Hrv.ofMs(40 + i)),
                    java.util.Optional.of(i < 3 ? org.plimsoll.engine.context.HrvKind.SDNN
                            : org.plimsoll.engine.context.HrvKind.RMSSD),
                    java.util.Optional.of(org.plimsoll.engine.unit.HeartRate.ofBpm(52 + i))));
        }
        History history = new History(demo.profile(), demo.levels(), demo.sessions(), demo.checkIns(), days,
                demo.baselineTests(), demo.declaredFlares(), demo.demands(), demo.settings(), demo.care(), demo.checkUps(),
                demo.experiments());
        String text = new String(FhirBundle.bytes(FhirBundle.of(history, "42", LAST_DAY.minusWeeks(2), LAST_DAY,
                Instant.parse("2026-11-21T09:00:00Z"))), StandardCharsets.UTF_8);
        assertThat(text).contains("\"code\" : \"80404-7\"", "\"code\" : \"40443-4\"", "\"code\" : \"93832-4\"",
                "\"code\" : \"hrv-rmssd\"");

        List<String> findings = offlineR4Validator(text).validateWithResult(text).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal())
                .map(FhirValidatorTest::describe).distinct().toList();
        assertThat(findings).isEmpty();
    }

    @Test
    void theValidatorCatchesABrokenBundle() {
        History history = DemoHistory.generate(LAST_DAY, 2, LONDON);
        String text = new String(FhirBundle.bytes(FhirBundle.of(history, "42", LAST_DAY.minusWeeks(2), LAST_DAY,
                Instant.parse("2026-11-21T09:00:00Z"))), StandardCharsets.UTF_8);
        String broken = text.replaceFirst("\"status\" : \"final\"", "\"status\" : \"done\"")
                .replace("\"code\" : \"after-1h\"", "\"code\" : \"after-2h\"")
                .replaceFirst("\"linkId\" : \"ability-score\",(\\s+)\"text\" : \"([^\"]*)\",(\\s+)\"answer\" : \\[ \\{(\\s+)\"valueInteger\" : \\d+",
                        "\"linkId\" : \"ability-score\",$1\"text\" : \"$2\",$3\"answer\" : [ {$4\"valueInteger\" : 11");
        assertThat(broken).as("a check-up answer out of its 0-10 range").contains("\"valueInteger\" : 11");

        List<String> errors = offlineR4Validator(text).validateWithResult(broken).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()).map(FhirValidatorTest::describe)
                .toList();
        assertThat(errors).anyMatch(e -> e.contains("done")).anyMatch(e -> e.contains("after-2h"))
                .anyMatch(e -> e.contains("QuestionnaireResponse") && e.contains("11"));
    }

    static String describe(SingleValidationMessage m) {
        // One line per kind of finding, not per Observation: the location's index is dropped.
        return m.getSeverity() + " " + m.getLocationString().replaceAll("\\[\\d+]", "[n]") + ": " + m.getMessage();
    }
}
