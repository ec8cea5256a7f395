package org.plimsoll.store.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.activity.Demands;
import org.plimsoll.engine.baseline.BaselineTest;
import org.plimsoll.engine.care.CareDecision;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.dose.Level;
import org.plimsoll.engine.history.CheckUp;
import org.plimsoll.engine.history.DeclaredFlare;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.settings.CoachingSettings;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.baseline.BaselineTestRepository;
import org.plimsoll.store.care.CareDecisionRepository;
import org.plimsoll.store.care.CareRepository;
import org.plimsoll.store.checkin.CheckInRepository;
import org.plimsoll.store.context.DailyContextRepository;
import org.plimsoll.store.flare.DeclaredFlareRepository;
import org.plimsoll.store.level.LevelRepository;
import org.plimsoll.store.outcome.CheckUpRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.store.settings.CoachingSettingsRepository;
import org.plimsoll.store.testing.OnBothDatabases;
import org.plimsoll.engine.unit.ExactMinutes;
import org.plimsoll.engine.unit.Hours;
import org.plimsoll.engine.unit.SleepQuality;
import org.plimsoll.engine.unit.Stress;

/**
 * The revision a cached assessment is checked against grows with every kind of write to a person's
 * history, inside the store, so that no caller can forget it and no instance serves a stale answer.
 */
class RevisionTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final Session WALK = Session.of("new", Activity.WALK, ZonedDateTime.of(2026, 3, 1, 8, 0, 0, 0, LONDON),
            20, 2);

    private record Person(Database db, long id) {
        long revision() {
            return new AccountRepository(db).findById(id).orElseThrow().revision();
        }

        void bumpedBy(String write, Runnable doing) {
            long before = revision();
            doing.run();
            assertThat(revision()).as(write).isGreaterThan(before);
        }
    }

    @OnBothDatabases
    void everyKindOfHistoryWriteChangesTheRevision(Database db) {
        AccountRepository accounts = new AccountRepository(db);
        Person ana = new Person(db, accounts.create("ana@example.org", "h", NOW).orElseThrow().id());
        long physio = accounts.create("physio@example.org", "h", NOW).orElseThrow().id();
        long id = ana.id();
        SessionRepository sessions = new SessionRepository(db);
        CheckInRepository checkIns = new CheckInRepository(db);
        ProfileRepository profiles = new ProfileRepository(db);
        HistoryRepository histories = new HistoryRepository(db);

        ana.bumpedBy("profile", () -> profiles.save(id, Profile.defaultFor(LONDON), NOW));
        ana.bumpedBy("display name", () -> profiles.setDisplayName(id, Optional.of("Ana")));
        ana.bumpedBy("demands", () -> profiles.saveDemands(id, Activity.GOLF, new Demands(2, 1, 0)));
        long beforeSession = ana.revision();
        Session stored = sessions.add(id, WALK, Optional.empty(), NOW);
        assertThat(ana.revision()).as("session logged").isGreaterThan(beforeSession);
        ana.bumpedBy("session edited", () -> sessions.update(id, stored, NOW));
        ana.bumpedBy("sessions imported", () -> sessions.addImported(id, Optional.of("file"),
                List.of(Session.of("i", Activity.RUN, WALK.start().plusDays(1), 30, 4)), false, NOW));
        ana.bumpedBy("session deleted", () -> sessions.delete(id, Long.parseLong(stored.id())));
        long beforeCheckIn = ana.revision();
        CheckIn checkIn = checkIns.add(id, CheckIn.daily("new", DAY, 3), NOW).orElseThrow();
        assertThat(ana.revision()).as("check-in").isGreaterThan(beforeCheckIn);
        ana.bumpedBy("check-in deleted", () -> checkIns.delete(id, Long.parseLong(checkIn.id())));
        ana.bumpedBy("context", () -> new DailyContextRepository(db).save(id, new DailyContext(DAY, Optional.of(Hours.of(7)),
                Optional.of(SleepQuality.of(3)), Optional.of(Stress.of(4)), Optional.empty())));
        ana.bumpedBy("level", () -> new LevelRepository(db).add(id, new Level(Activity.RUN, DAY, 3, Optional.of(Minutes.of(30)),
                Optional.empty(), 4), NOW));
        ana.bumpedBy("baseline test", () -> new BaselineTestRepository(db).add(id, new BaselineTest(Activity.RUN, DAY,
                Optional.empty(), Optional.of(ExactMinutes.of(20)), Optional.empty())));
        ana.bumpedBy("flare", () -> new DeclaredFlareRepository(db).add(id, new DeclaredFlare(DAY, Optional.empty())));
        ana.bumpedBy("check-up", () -> new CheckUpRepository(db).add(id, new CheckUp(DAY, Optional.of(Pain.of(4)), List.of()),
                NOW));
        ana.bumpedBy("settings", () -> new CoachingSettingsRepository(db).save(id,
                CoachingSettings.DEFAULT.with(CoachingSettings.Setting.HOLD_DAYS, 21), NOW));
        ana.bumpedBy("a clinician's settings", () -> new CareRepository(db).changeSettings(id, physio,
                CoachingSettings.DEFAULT, List.of(), "back to the defaults", "changed your settings", NOW));
        ana.bumpedBy("a clinician's decision", () -> new CareDecisionRepository(db).decide(id, physio,
                new CareDecision.FlareDeclared(DAY, "hot disc on exam"),
                new CareDecisionRepository.Audit("flare", "none", "2026-03-01"), "said your back is flaring", NOW));
        ana.bumpedBy("a unit of work", () -> histories.write(id, NOW, writes -> writes.addSession(WALK)));
        ana.bumpedBy("a whole history", () -> histories.append(id, histories.load(id), NOW));
    }
}
