package org.plimsoll.store.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.engine.session.Session;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.store.testing.OnBothDatabases;
import org.plimsoll.engine.unit.Minutes;

class CheckInRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @OnBothDatabases
    void aCheckInWithSymptomsAndADateReadsBackWhole(Database db) {
        long ana = new AccountRepository(db).create("ana@example.org", "h", NOW).orElseThrow().id();
        Session run = new SessionRepository(db).add(ana,
                Session.of("x", Activity.RUN, NOW.atZone(ZoneId.of("Europe/London")), 30, 4), Optional.empty(), NOW);
        CheckIn morning = new CheckIn("x", Optional.of(run.id()), CheckInWindow.NEXT_MORNING,
                Optional.of(LocalDate.of(2026, 3, 2)), Optional.of(Instant.parse("2026-03-02T07:30:00Z")),
                new Pain(6), true, Optional.of(Region.LOW), Optional.of(Minutes.of(20)),
                Set.of(Symptom.LEG_TINGLING, Symptom.NIGHT_PAIN), false);
        CheckInRepository checkIns = new CheckInRepository(db);

        CheckIn stored = checkIns.add(ana, morning, NOW).orElseThrow();

        assertThat(checkIns.listForSession(ana, Long.parseLong(run.id()))).containsExactly(stored);
        assertThat(stored.symptoms()).containsExactlyInAnyOrder(Symptom.LEG_TINGLING, Symptom.NIGHT_PAIN);
        assertThat(stored.recordedAt()).contains(Instant.parse("2026-03-02T07:30:00Z"));
    }

    @OnBothDatabases
    void aCheckInOnAnotherPersonsSessionIsRefusedAndNothingIsWritten(Database db) {
        AccountRepository accounts = new AccountRepository(db);
        long ana = accounts.create("ana@example.org", "h", NOW).orElseThrow().id();
        long ben = accounts.create("ben@example.org", "h", NOW).orElseThrow().id();
        Session anasRun = new SessionRepository(db).add(ana,
                Session.of("x", Activity.RUN, NOW.atZone(ZoneId.of("UTC")), 30, 4), Optional.empty(), NOW);
        CheckInRepository checkIns = new CheckInRepository(db);

        assertThat(checkIns.add(ben, CheckIn.forSession("x", anasRun.id(), CheckInWindow.DURING, 3), NOW)).isEmpty();

        assertThat(checkIns.list(ana)).isEmpty();
        assertThat(checkIns.list(ben)).isEmpty();
    }

    @OnBothDatabases
    void deletingASessionDeletesItsCheckInsButNotDailyOnes(Database db) {
        long ana = new AccountRepository(db).create("ana@example.org", "h", NOW).orElseThrow().id();
        SessionRepository sessions = new SessionRepository(db);
        Session run = sessions.add(ana, Session.of("x", Activity.RUN, NOW.atZone(ZoneId.of("UTC")), 30, 4),
                Optional.empty(), NOW);
        CheckInRepository checkIns = new CheckInRepository(db);
        checkIns.add(ana, CheckIn.forSession("x", run.id(), CheckInWindow.AFTER_1H, 3), NOW);
        checkIns.add(ana, CheckIn.daily("y", LocalDate.of(2026, 3, 3), 2), NOW);

        sessions.delete(ana, Long.parseLong(run.id()));

        assertThat(checkIns.list(ana)).extracting(CheckIn::window).containsExactly(CheckInWindow.DAILY);
    }
}
