package org.plimsoll.store.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.unit.Demand;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.session.RunType;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.session.Source;
import org.plimsoll.engine.session.StrengthSet;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.testing.OnBothDatabases;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.unit.Kilograms;

class SessionRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final ZonedDateTime MORNING_IN_SYDNEY =
            ZonedDateTime.of(2026, 3, 1, 7, 0, 0, 0, ZoneId.of("Australia/Sydney"));

    private static long account(Database db, String email) {
        return new AccountRepository(db).create(email, "hash", NOW).orElseThrow().id();
    }

    @OnBothDatabases
    void everyFieldOfASessionReadsBackAsStoredWithThePersonsZone(Database db) {
        long ana = account(db, "ana@example.org");
        Session run = new Session("ignored", Activity.RUN, MORNING_IN_SYDNEY, Minutes.of(42), Optional.of(Distance.ofKm(7.25)),
                Optional.of(new Effort(5)), true, Optional.of(RunType.TEMPO), true, Optional.of(Demand.of(2)),
                Optional.of(Demand.of(0)), List.of(), Source.IMPORT);
        Session lift = new Session("ignored", Activity.STRENGTH, MORNING_IN_SYDNEY.plusDays(1), Minutes.of(35),
                Optional.empty(), Optional.of(new Effort(6)), false, Optional.empty(), false, Optional.empty(),
                Optional.empty(), List.of(new StrengthSet("goblet squat", 3, 10, Optional.of(Kilograms.of(16))),
                new StrengthSet("side plank", 2, 1, Optional.empty())), Source.MANUAL);
        SessionRepository sessions = new SessionRepository(db);

        Session storedRun = sessions.add(ana, run, Optional.of("abc123"), NOW);
        Session storedLift = sessions.add(ana, lift, Optional.empty(), NOW);

        assertThat(sessions.list(ana)).containsExactly(storedRun, storedLift);
        Session read = sessions.find(ana, Long.parseLong(storedRun.id())).orElseThrow();
        assertThat(read.start()).isEqualTo(MORNING_IN_SYDNEY);
        assertThat(read.start().getZone()).isEqualTo(ZoneId.of("Australia/Sydney"));
        assertThat(read.distance()).hasValue(Distance.ofKm(7.25));
        assertThat(read.runType()).contains(RunType.TEMPO);
        assertThat(sessions.find(ana, Long.parseLong(storedLift.id())).orElseThrow().strengthSets())
                .extracting(StrengthSet::exercise).containsExactly("goblet squat", "side plank");
    }

    @OnBothDatabases
    void anotherPersonCannotReadEditOrDeleteTheSession(Database db) {
        long ana = account(db, "ana@example.org");
        long ben = account(db, "ben@example.org");
        SessionRepository sessions = new SessionRepository(db);
        Session stored = sessions.add(ana, Session.of("x", Activity.CYCLE, MORNING_IN_SYDNEY, 40, 3),
                Optional.empty(), NOW);
        long id = Long.parseLong(stored.id());

        assertThat(sessions.find(ben, id)).isEmpty();
        assertThat(sessions.list(ben)).isEmpty();
        assertThat(sessions.update(ben, Session.of(stored.id(), Activity.RUN, MORNING_IN_SYDNEY, 5, 9), NOW)).isFalse();
        assertThat(sessions.delete(ben, id)).isFalse();
        assertThat(sessions.find(ana, id)).contains(stored);
    }

    @OnBothDatabases
    void editingReplacesTheFieldsAndTheStrengthSets(Database db) {
        long ana = account(db, "ana@example.org");
        SessionRepository sessions = new SessionRepository(db);
        Session stored = sessions.add(ana, Session.of("x", Activity.STRENGTH, MORNING_IN_SYDNEY, 30, 5),
                Optional.empty(), NOW);
        Session edited = new Session(stored.id(), Activity.STRENGTH, MORNING_IN_SYDNEY, Minutes.of(25), Optional.empty(),
                Optional.of(new Effort(4)), false, Optional.empty(), false, Optional.empty(), Optional.empty(),
                List.of(new StrengthSet("bridge", 3, 12, Optional.empty())), Source.MANUAL);

        assertThat(sessions.update(ana, edited, NOW)).isTrue();

        assertThat(sessions.find(ana, Long.parseLong(stored.id()))).contains(edited);
        assertThat(sessions.delete(ana, Long.parseLong(stored.id()))).isTrue();
        assertThat(sessions.list(ana)).isEmpty();
    }

    @OnBothDatabases
    void anImportStoresOnlyWhatThePersonDoesNotHaveAlreadyAndADryRunStoresNothing(Database db) {
        long ana = account(db, "ana@example.org");
        long ben = account(db, "ben@example.org");
        SessionRepository sessions = new SessionRepository(db);
        // logged by hand after the run: 50 minutes, no distance
        sessions.add(ana, Session.of("m", Activity.RUN, MORNING_IN_SYDNEY.plusMinutes(1), 50, 4), Optional.empty(), NOW);
        Session watchRun = imported(MORNING_IN_SYDNEY, 49, 10.0);
        Session nextDay = imported(MORNING_IN_SYDNEY.plusDays(1), 30, 5.0);

        List<Session> wouldAdd = sessions.addImported(ana, Optional.of("f1"), List.of(watchRun, nextDay), true, NOW);
        assertThat(wouldAdd).containsExactly(nextDay);
        assertThat(sessions.list(ana)).hasSize(1);

        List<Session> added = sessions.addImported(ana, Optional.of("f1"), List.of(watchRun, nextDay), false, NOW);
        assertThat(added).singleElement().satisfies(s -> assertThat(s.id()).isNotNull());
        assertThat(sessions.list(ana)).hasSize(2);
        assertThat(sessions.addImported(ana, Optional.of("f1"), List.of(nextDay), false, NOW)).isEmpty();
        // another person's sessions are not theirs to be duplicates of
        assertThat(sessions.addImported(ben, Optional.empty(), List.of(watchRun), false, NOW)).hasSize(1);
    }

    private static Session imported(ZonedDateTime start, int minutes, double km) {
        return new Session(null, Activity.RUN, start, Minutes.of(minutes), Optional.of(Distance.ofKm(km)), Optional.of(new Effort(5)), true,
                Optional.empty(), false, Optional.empty(), Optional.empty(), List.of(), Source.IMPORT);
    }
}
