package org.plimsoll.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/**
 * The engine's floors (docs/architecture.md, "Engine layers"): the history's records at the bottom,
 * the rules above them, the plan and its safety envelope, the assessment, and a clinician's view of
 * a caseload on top. A package may look down, never up, and no packages lean on each other in a
 * circle, so each rule can be read, and changed, knowing only what lies beneath it.
 */
@AnalyzeClasses(packages = "org.plimsoll.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineLayersTest {
    private static final String UNITS = "units";
    private static final String INPUTS = "the history's records";
    private static final String RULES = "the rules";
    private static final String PLAN = "the plan";
    private static final String ASSESSMENT = "the assessment";
    private static final String CASELOAD = "the caseload";

    @ArchTest
    static void noEnginePackagesDependOnEachOtherInACircle(JavaClasses engine) {
        slices().matching("org.plimsoll.engine.(*)..").should().beFreeOfCycles().check(engine);
    }

    @ArchTest
    static void eachPackageLooksOnlyDownToTheLayersBeneathIt(JavaClasses engine) {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                // engine.unit is the units stream's (issue 27); the floor holds before it lands too.
                .optionalLayer(UNITS).definedBy("org.plimsoll.engine.unit..")
                .layer(INPUTS).definedBy(packages("activity", "profile", "settings", "context", "session", "checkin",
                        "baseline", "care", "dose", "history"))
                .layer(RULES).definedBy(packages("reason", "load", "response", "live", "flare", "level", "pacing",
                        "today", "referral", "boombust", "insight", "library", "outcome", "reminder", "experiment"))
                .layer(PLAN).definedBy(packages("plan", "safety"))
                .layer(ASSESSMENT).definedBy(packages("assessment"))
                .layer(CASELOAD).definedBy(packages("caseload"))
                .ensureAllClassesAreContainedInArchitecture()
                .whereLayer(UNITS).mayNotAccessAnyLayer()
                .whereLayer(INPUTS).mayOnlyAccessLayers(UNITS)
                .whereLayer(RULES).mayOnlyAccessLayers(INPUTS, UNITS)
                .whereLayer(PLAN).mayOnlyAccessLayers(RULES, INPUTS, UNITS)
                .whereLayer(ASSESSMENT).mayOnlyAccessLayers(PLAN, RULES, INPUTS, UNITS)
                .whereLayer(ASSESSMENT).mayOnlyBeAccessedByLayers(CASELOAD)
                .whereLayer(CASELOAD).mayNotBeAccessedByAnyLayer()
                .check(engine);
    }

    @ArchTest
    static void theEngineNeedsNothingButJava(JavaClasses engine) {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("org.plimsoll.engine..", "java..")
                .because("the engine is pure rules: no other module of ours, no framework, no I/O library")
                .check(engine);
    }

    private static String[] packages(String... names) {
        String[] all = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            all[i] = "org.plimsoll.engine." + names[i] + "..";
        }
        return all;
    }
}
