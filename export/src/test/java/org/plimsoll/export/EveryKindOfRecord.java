package org.plimsoll.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.activity.Demands;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.engine.unit.Percent;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.checkin.CheckInRepository;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.store.profile.ProfileRepository;

/**
 * A record that fills every table of the full export: twelve weeks of the demo (sessions with
 * strength sets, check-ins, context, levels, goals, tests, flares, check-ups), and what the demo
 * lacks (an experiment among them). Shared with web's tests through the test-jar.
 */
public final class EveryKindOfRecord {
    private EveryKindOfRecord() {
    }

    /** Fills the account; its profile must exist (sign-up makes it). */
    public static void fill(Database db, long id, String email, Instant now) {
        new HistoryRepository(db).append(id, DemoHistory.generate(LocalDate.of(2026, 2, 28), 12, ZoneId.of("Europe/London")), now);
        new ProfileRepository(db).saveDemands(id, Activity.RUN, new Demands(0, 1, 2));
        new ProfileRepository(db).setDisplayName(id, Optional.of("Ana Lima"));
        new org.plimsoll.store.settings.CoachingSettingsRepository(db).save(id,
                new org.plimsoll.engine.settings.CoachingSettings(21, 12, 65, 20, Optional.of(Percent.of(18)))
                        .with(org.plimsoll.engine.settings.CoachingSettings.Setting.READINESS_CUT_PERCENT, 5), now);
        // A ring's mornings: HRV with its kind and resting heart rate, imported beside what the person typed.
        new org.plimsoll.store.context.DailyContextRepository(db).importMeasures(id, java.util.List.of(
                new org.plimsoll.engine.context.DailyContext(LocalDate.of(2026, 3, 1),
                        Optional.of(org.plimsoll.engine.unit.Hours.of(7.4)), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of(org.plimsoll.engine.unit.Hrv.ofMs(52.4)),
                        Optional.of(org.plimsoll.engine.context.HrvKind.RMSSD),
                        Optional.of(org.plimsoll.engine.unit.HeartRate.ofBpm(51)))), false);
        // The demo has no symptoms; a morning with two, a sharp pain and a stiff back fills the rest.
        new CheckInRepository(db).add(id, new CheckIn("x", Optional.empty(), CheckInWindow.DAILY,
                Optional.of(LocalDate.of(2026, 3, 1)), Optional.of(now), new Pain(3), true, Optional.of(Region.LOW),
                Optional.of(Minutes.of(20)), Set.of(Symptom.LEG_TINGLING, Symptom.NIGHT_PAIN), false), now);
        // An experiment, paused, with a run done under one of its conditions (ENGINE.md section 15).
        new org.plimsoll.store.experiment.ExperimentRepository(db).add(id, org.plimsoll.engine.history.Experiment.of(
                "cadence", Activity.RUN, "usual", "cadence +5%", LocalDate.of(2026, 3, 1)).pausedOn(LocalDate.of(2026, 3, 9)),
                now);
        new org.plimsoll.store.session.SessionRepository(db).add(id, org.plimsoll.engine.session.Session.of("x",
                Activity.RUN, java.time.ZonedDateTime.of(2026, 3, 2, 18, 0, 0, 0, ZoneId.of("Europe/London")), 30, 4)
                .withCondition("cadence +5%"), Optional.empty(), now);
        // A physiotherapist's note and one decision, audited: the record of their care travels too.
        long physio = new AccountRepository(db).create("physio-" + email, "h", now).orElseThrow().id();
        new org.plimsoll.store.care.CareRepository(db).note(id, physio, "Keep the runs easy this week.", now);
        new org.plimsoll.store.care.CareDecisionRepository(db).decide(id, physio,
                new org.plimsoll.engine.care.CareDecision.FlareDeclared(LocalDate.of(2026, 3, 1), "hot disc on exam"),
                new org.plimsoll.store.care.CareDecisionRepository.Audit("flare", "none", "2026-03-01"),
                "said your back is flaring", now);
    }
}
