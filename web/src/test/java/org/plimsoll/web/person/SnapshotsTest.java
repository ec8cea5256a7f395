package org.plimsoll.web.person;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.history.DeclaredFlare;
import org.plimsoll.engine.safety.ShownLevel;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.flare.DeclaredFlareRepository;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.store.shown.ShownLevelRepository;
import org.plimsoll.store.testing.OnBothDatabases;

/** The cached assessment: never older than the data, computed once per change, and within its memory budget. */
class SnapshotsTest {
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static Account person(Database db, String email, int weeks) {
        AccountRepository accounts = new AccountRepository(db);
        long id = accounts.create(email, "hash", NOW).orElseThrow().id();
        new HistoryRepository(db).append(id, DemoHistory.generate(TODAY.minusDays(1), weeks, LONDON), NOW);
        return accounts.findById(id).orElseThrow();
    }

    private static Account reread(Database db, Account account) {
        return new AccountRepository(db).findById(account.id()).orElseThrow();
    }

    private static double computations(MeterRegistry metrics) {
        return metrics.get("plimsoll.assessment.computations").counter().count();
    }

    @OnBothDatabases
    void aReadAfterACheckInSeesTheCheckIn(Database db) {
        Account ana = person(db, "ana@example.org", 4);
        Snapshots snapshots = new Snapshots(new HistoryRepository(db), CLOCK);
        Snapshot before = snapshots.of(ana);
        int checkIns = before.history().checkIns().size();

        new HistoryRepository(db).write(ana.id(), NOW, writes -> writes.addCheckIn(CheckIn.daily("new", TODAY, 8)));
        Snapshot after = snapshots.of(reread(db, ana));

        assertThat(after.history().checkIns()).hasSize(checkIns + 1);
        assertThat(after.history().checkIns()).anySatisfy(c -> {
            assertThat(c.date()).contains(TODAY);
            assertThat(c.pain().value()).isEqualTo(8);
        });
        assertThat(after.assessment()).isNotSameAs(before.assessment());
    }

    /**
     * Sections 7 and 9 (docs/engine.md, I6): in a flare, what the person was shown yesterday is today's
     * ceiling, and what today's answer shows is kept for tomorrow's.
     */
    @OnBothDatabases
    void inAFlareTheLevelsShownYesterdayAreTodaysCeilingAndTodaysAreKept(Database db) {
        Account ana = person(db, "ana@example.org", 8);
        new DeclaredFlareRepository(db).add(ana.id(), new DeclaredFlare(TODAY.minusDays(1), Optional.empty()));
        ana = reread(db, ana);
        Dose small = new Dose(1, Optional.of(Minutes.of(10)), Optional.empty(), 2, Optional.empty());
        List<ShownLevel> yesterday = new Snapshots(new HistoryRepository(db), Clock.fixed(NOW.minusSeconds(86_400),
                ZoneOffset.UTC)).of(ana).assessment().shownLevels().stream()
                .map(s -> new ShownLevel(TODAY.minusDays(1), s.activity(), small)).toList();
        assertThat(yesterday).as("activities with a level").isNotEmpty();
        ShownLevelRepository shown = new ShownLevelRepository(db);
        shown.keep(ana.id(), yesterday, shown.list(ana.id()));

        Snapshot today = new Snapshots(new HistoryRepository(db), CLOCK).of(ana);

        assertThat(today.assessment().flare()).isPresent();
        assertThat(today.assessment().activities()).allSatisfy(a -> a.currentLevel().ifPresent(level -> {
            assertThat(level.sessionsPerWeek()).isEqualTo(1);
            assertThat(level.rpeCap()).isLessThanOrEqualTo(2);
            level.minutes().ifPresent(m -> assertThat(m.value()).isLessThanOrEqualTo(10));
        }));
        assertThat(shown.list(ana.id())).filteredOn(s -> s.date().equals(TODAY))
                .containsExactlyInAnyOrderElementsOf(today.assessment().shownLevels());
    }

    private static double loads(MeterRegistry metrics) {
        return metrics.get("plimsoll.assessment.history.loads").counter().count();
    }

    private static double applied(MeterRegistry metrics) {
        return metrics.get("plimsoll.assessment.cache.applied").counter().count();
    }

    /** A cache that hears of this instance's committed check-ins and sessions, as the web app wires it. */
    private static Snapshots listening(Database db, Clock clock, MeterRegistry metrics) {
        HistoryRepository histories = new HistoryRepository(db);
        Snapshots snapshots = new Snapshots(histories, clock, metrics, Long.MAX_VALUE);
        histories.afterWrites(snapshots::applied);
        return snapshots;
    }

    @OnBothDatabases
    void aCheckInAndASessionAreAddedToTheCachedHistoryAndAssessedWithoutReadingItAgain(Database db) {
        Account ana = person(db, "ana@example.org", 4);
        MeterRegistry metrics = new SimpleMeterRegistry();
        Snapshots snapshots = listening(db, CLOCK, metrics);
        snapshots.of(ana);
        HistoryRepository histories = new HistoryRepository(db);

        histories.write(ana.id(), NOW, writes -> writes.addCheckIn(CheckIn.daily("new", TODAY, 8)));
        histories.write(ana.id(), NOW, writes -> writes.addSession(org.plimsoll.engine.session.Session.of("new",
                org.plimsoll.engine.activity.Activity.WALK, NOW.minusSeconds(3_600).atZone(LONDON), 30, 3)));
        Snapshot after = snapshots.of(reread(db, ana));

        assertThat(loads(metrics)).as("histories read whole").isEqualTo(1);
        assertThat(applied(metrics)).isEqualTo(2);
        assertThat(computations(metrics)).isEqualTo(2);
        Snapshot reloaded = new Snapshots(new HistoryRepository(db), CLOCK).of(reread(db, ana));
        assertThat(after.history()).isEqualTo(reloaded.history());
        assertThat(after.json()).as("the answer a reload gives").isEqualTo(reloaded.json());
        assertThat(after.history().checkIns()).anySatisfy(c -> assertThat(c.pain().value()).isEqualTo(8));
    }

    /**
     * The committer only notes a write for the next reader to add, after the writers are answered: a
     * reader signed in after the answer is never served the assessment from before the write.
     */
    @OnBothDatabases
    void aReaderAfterTheWriterWasAnsweredSeesTheNewCheckInAtOnce(Database db) {
        Account ana = person(db, "ana@example.org", 4);
        MeterRegistry metrics = new SimpleMeterRegistry();
        Snapshots snapshots = listening(db, CLOCK, metrics);
        int checkIns = snapshots.of(ana).history().checkIns().size();
        HistoryRepository histories = new HistoryRepository(db);

        for (int pain = 1; pain <= 3; pain++) {
            int p = pain;
            CheckIn stored = histories.write(ana.id(), NOW, writes -> writes.addCheckIn(CheckIn.daily("new", TODAY, p)));
            Snapshot after = snapshots.of(reread(db, ana));

            assertThat(after.history().checkIns()).as("after check-in %d", p).hasSize(checkIns + p).contains(stored);
            assertThat(after.json()).isEqualTo(new Snapshots(new HistoryRepository(db), CLOCK).of(reread(db, ana)).json());
        }
        assertThat(loads(metrics)).as("histories read whole").isEqualTo(1);
        assertThat(applied(metrics)).isEqualTo(3);
    }

    @OnBothDatabases
    void aWriteTheCacheDidNotHearOfMakesTheNextReaderReadTheHistoryAgain(Database db) {
        Account ana = person(db, "ana@example.org", 4);
        MeterRegistry metrics = new SimpleMeterRegistry();
        Snapshots snapshots = listening(db, CLOCK, metrics);
        int sessions = snapshots.of(ana).history().sessions().size();

        // Another instance's write, or one this cache cannot add by itself: the revision moves on unheard.
        new org.plimsoll.store.session.SessionRepository(db).add(ana.id(), org.plimsoll.engine.session.Session.of(
                "new", org.plimsoll.engine.activity.Activity.RUN, NOW.atZone(LONDON), 20, 4), Optional.empty(), NOW);
        new HistoryRepository(db).write(ana.id(), NOW, writes -> writes.addCheckIn(CheckIn.daily("new", TODAY, 2)));
        Snapshot after = snapshots.of(reread(db, ana));

        assertThat(applied(metrics)).isZero();
        assertThat(loads(metrics)).isEqualTo(2);
        assertThat(after.history().sessions()).hasSize(sessions + 1);
        assertThat(after.history()).isEqualTo(new HistoryRepository(db).load(ana.id()));
    }

    @OnBothDatabases
    void aNewDayIsAssessedFromTheCachedHistory(Database db) {
        Account ana = person(db, "ana@example.org", 4);
        MeterRegistry metrics = new SimpleMeterRegistry();
        org.plimsoll.web.MovingClock clock = new org.plimsoll.web.MovingClock(NOW);
        Snapshots snapshots = listening(db, clock, metrics);
        Snapshot monday = snapshots.of(ana);

        clock.pass(java.time.Duration.ofDays(1));
        Snapshot tuesday = snapshots.of(reread(db, ana));

        assertThat(tuesday.today()).isEqualTo(monday.today().plusDays(1));
        assertThat(loads(metrics)).isEqualTo(1);
        assertThat(computations(metrics)).isEqualTo(2);
        assertThat(tuesday.json()).isEqualTo(new Snapshots(new HistoryRepository(db), clock).of(reread(db, ana)).json());
    }

    /**
     * An answer built inside a write's transaction (an experiment started under a key) sees the write; when
     * the transaction is rolled back, nothing computed in it may be served later from the cache.
     */
    @OnBothDatabases
    void aWriteRolledBackLeavesNoCachedAssessmentOfIt(Database db) {
        Account ana = person(db, "ana@example.org", 4);
        Snapshots snapshots = new Snapshots(new HistoryRepository(db), CLOCK);
        int checkIns = snapshots.of(ana).history().checkIns().size();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.inTransaction(handle -> {
            org.plimsoll.store.checkin.CheckInRepository.insert(handle, ana.id(), CheckIn.daily("new", TODAY, 9), NOW);
            Snapshot inside = snapshots.of(new AccountRepository(db).findById(ana.id()).orElseThrow());
            assertThat(inside.history().checkIns()).as("the answer sees its write").hasSize(checkIns + 1);
            throw new IllegalStateException("the key could not be kept");
        })).isInstanceOf(IllegalStateException.class);

        Snapshot after = snapshots.of(reread(db, ana));
        assertThat(after.history().checkIns()).hasSize(checkIns);
        assertThat(after.history().checkIns()).noneSatisfy(c -> assertThat(c.pain().value()).isEqualTo(9));
    }

    @OnBothDatabases
    void readersOfOneRevisionWhoArriveTogetherShareOneComputation(Database db) throws Exception {
        Account ana = person(db, "ana@example.org", 52);
        MeterRegistry metrics = new SimpleMeterRegistry();
        Snapshots snapshots = new Snapshots(new HistoryRepository(db), CLOCK, metrics, Snapshots.BUDGET_BYTES);
        int readers = 12;
        CyclicBarrier together = new CyclicBarrier(readers);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Future<Snapshot>> answers = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                answers.add(pool.submit(() -> {
                    together.await(20, TimeUnit.SECONDS);
                    return snapshots.of(ana);
                }));
            }
            List<Snapshot> seen = new ArrayList<>();
            for (Future<Snapshot> answer : answers) {
                seen.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(computations(metrics)).isEqualTo(1);
            assertThat(seen).allSatisfy(s -> assertThat(s.assessment()).isSameAs(seen.get(0).assessment()));
        } finally {
            pool.shutdownNow();
        }
    }

    @OnBothDatabases
    void theCacheDropsTheLeastRecentlyUsedPersonPastItsBudget(Database db) {
        Account ana = person(db, "ana@example.org", 8);
        Account ben = person(db, "ben@example.org", 8);
        Account cat = person(db, "cat@example.org", 8);
        MeterRegistry metrics = new SimpleMeterRegistry();
        long one = Weight.of(new HistoryRepository(db).load(ana.id()));
        Snapshots snapshots = new Snapshots(new HistoryRepository(db), CLOCK, metrics, one * 5 / 2);

        snapshots.of(ana);
        snapshots.of(ben);
        snapshots.of(ana);
        snapshots.of(cat);

        assertThat(snapshots.people()).isEqualTo(2);
        assertThat(snapshots.bytes()).isLessThanOrEqualTo(one * 5 / 2);
        assertThat(computations(metrics)).isEqualTo(3);
        snapshots.of(ana);
        assertThat(computations(metrics)).as("Ana was used after Ben, so Ben went").isEqualTo(3);
        snapshots.of(ben);
        assertThat(computations(metrics)).isEqualTo(4);
        assertThat(metrics.get("plimsoll.assessment.cache.evictions").counter().count()).isEqualTo(2);
    }
}
