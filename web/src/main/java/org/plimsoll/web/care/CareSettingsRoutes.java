package org.plimsoll.web.care;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plimsoll.engine.settings.CoachingSettings;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.care.CareRepository;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.idempotency.Idempotency;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.json.JsonBodies;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.problem.Problem;
import org.plimsoll.words.Wording;

/** A clinician changes a person's coaching settings, within ENGINE.md's ranges and with a reason the person reads. */
final class CareSettingsRoutes {
    private final Wiring web;
    private final CareRepository care;
    private final PatientRoutes patients;

    CareSettingsRoutes(Wiring web, PatientRoutes patients) {
        this.web = web;
        this.care = web.care();
        this.patients = patients;
    }

    void register(RoutesConfig routes) {
        routes.post("/care/patients/{id}/settings", this::form, Access.CLINICIAN);
        routes.put("/api/v1/care/patients/{id}/settings", this::api, Access.CLINICIAN);
    }

    /**
     * The settings a clinician sent, within ENGINE.md's ranges, with their reason; problems are named
     * by {@code at} + the setting's key. Only values that differ are changes.
     */
    private static Optional<CoachingSettings> changed(CoachingSettings before, Map<String, String> sent, String reason,
                                                      String at, List<FieldError> problems,
                                                      List<CareRepository.Change> changes) {
        CoachingSettings after = before;
        for (CoachingSettings.Setting setting : CoachingSettings.Setting.values()) {
            String text = sent.getOrDefault(setting.key(), "").strip();
            if (text.isEmpty()) {
                continue;
            }
            int value;
            try {
                value = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                problems.add(new FieldError(at + setting.key(), "must be a whole number " + Wording.settingRange(setting)));
                continue;
            }
            if (!setting.allows(value)) {
                problems.add(new FieldError(at + setting.key(), "must be " + Wording.settingRange(setting) + ", was " + value));
                continue;
            }
            boolean own = setting != CoachingSettings.Setting.BASELINE_DISCOUNT_PERCENT
                    || before.baselineDiscountPercent().isPresent();
            if (value != before.value(setting)) {
                changes.add(new CareRepository.Change(setting, own ? String.valueOf(before.value(setting)) : "default",
                        String.valueOf(value)));
                after = after.with(setting, value);
            }
        }
        PatientRoutes.reasonProblem(reason, at + "reason").ifPresent(problems::add);
        if (problems.isEmpty() && changes.isEmpty()) {
            problems.add(new FieldError(at + "holdDays", "nothing changed"));
        }
        return problems.isEmpty() ? Optional.of(after) : Optional.empty();
    }

    /** The changes in words for the person's log: "Days a new level is held 14 → 21". */
    private static String summary(List<CareRepository.Change> changes) {
        return changes.stream().map(c -> Wording.settingName(c.setting()) + " " + c.oldValue() + " → " + c.newValue())
                .collect(Collectors.joining("; "));
    }

    private void form(Context ctx) {
        Guard.with(ctx, clinician -> {
            Snapshot s = patients.patient(ctx, clinician);
            // The same change again (a double click, Back and Save) is answered as the first, not "nothing changed".
            String key = Idempotency.formKey(ctx);
            if (web.idempotency().repeated(ctx, clinician.id(), key)) {
                return;
            }
            Map<String, String> sent = new LinkedHashMap<>();
            for (CoachingSettings.Setting setting : CoachingSettings.Setting.values()) {
                Optional.ofNullable(ctx.formParam(setting.key())).ifPresent(v -> sent.put(setting.key(), v));
            }
            String reason = Optional.ofNullable(ctx.formParam("reason")).orElse("").strip();
            List<FieldError> problems = new ArrayList<>();
            List<CareRepository.Change> changes = new ArrayList<>();
            Optional<CoachingSettings> after = changed(s.history().settings(), sent, reason, "", problems, changes);
            if (after.isEmpty()) {
                ctx.status(400);
                Map<String, String> entered = new LinkedHashMap<>(sent);
                entered.put("reason", reason);
                patients.render(ctx, s, problems, entered);
                return;
            }
            web.idempotency().once(ctx, clinician.id(), key, () -> {
                care.changeSettings(s.account().id(), clinician.id(), after.get(), changes, reason, summary(changes),
                        web.clock().instant());
                return Idempotency.seeOther("/care/patients/" + s.account().id());
            });
        });
    }

    private void api(Context ctx) {
        Account clinician = Guard.account(ctx);
        Snapshot s = patients.patient(ctx, clinician);
        JsonNode body = JsonBodies.read(ctx, web.json());
        List<FieldError> problems = new ArrayList<>();
        Map<String, String> sent = new LinkedHashMap<>();
        body.fields().forEachRemaining(f -> {
            if (f.getKey().equals("reason")) {
                return;
            }
            if (CoachingSettings.Setting.byKey(f.getKey()).isEmpty()) {
                problems.add(new FieldError("/" + f.getKey(), "is not a coaching setting"));
            } else if (!f.getValue().isIntegralNumber()) {
                // "15" is text, not the number the schema says, even if it reads as one.
                problems.add(new FieldError("/" + f.getKey(), "must be a whole number "
                        + Wording.settingRange(CoachingSettings.Setting.byKey(f.getKey()).get()) + ", was " + f.getValue()));
            } else {
                sent.put(f.getKey(), f.getValue().asText());
            }
        });
        String reason = body.path("reason").isTextual() ? body.path("reason").textValue().strip() : "";
        List<CareRepository.Change> changes = new ArrayList<>();
        Optional<CoachingSettings> after = changed(s.history().settings(), sent, reason, "/", problems, changes);
        if (after.isEmpty()) {
            throw Problem.invalid(problems);
        }
        care.changeSettings(s.account().id(), clinician.id(), after.get(), changes, reason, summary(changes),
                web.clock().instant());
        // Keyed by every setting the engine has, so a new setting is in the answer without a change here.
        Map<String, Object> out = new LinkedHashMap<>();
        for (CoachingSettings.Setting setting : CoachingSettings.Setting.values()) {
            out.put(setting.key(), after.get().value(setting));
        }
        ctx.json(out);
    }
}
