package org.plimsoll.store.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.engine.session.RunType;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.session.Source;
import org.plimsoll.engine.session.StrengthSet;
import org.plimsoll.engine.unit.Demand;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.unit.Kilograms;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.checkin.CheckInRepository;
import org.plimsoll.store.idempotency.Answer;
import org.plimsoll.store.idempotency.IdempotencyKey;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * A cache that adds each announced check-in and session to the history it holds has, after every
 * write, exactly what a reload returns; what it cannot add (or what was rolled back) is never announced.
 */
class CommittedWriteTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00.123456789Z");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/London"), ZoneId.of("America/New_York"),
            ZoneId.of("UTC"), java.time.ZoneOffset.ofHours(2));

    /** What a cache holds: a history and the revision it was read at. */
    private static final class Held {
        long revision;
        History history;
        int added;
        int heard;

        void hear(CommittedWrite write) {
            heard++;
            if (write.from() == revision) {
                history = write.onto(history);
                revision = write.to();
                added++;
            }
        }

        void reload(HistoryRepository.Loaded loaded) {
            revision = loaded.revision();
            history = loaded.history();
        }
    }

    @OnBothDatabases
    void addingAnnouncedCheckInsAndSessionsToTheHeldHistoryGivesWhatAReloadReturns(Database db) {
        long ana = new AccountRepository(db).create("ana@example.org", "hash", NOW).orElseThrow().id();
        HistoryRepository histories = new HistoryRepository(db);
        Held held = new Held();
        held.reload(histories.loadWithRevision(ana));
        histories.afterWrites(held::hear);
        Random random = new Random(31);
        List<String> sessionIds = new ArrayList<>();
        List<String> checkInIds = new ArrayList<>();
        List<Instant> recorded = new ArrayList<>();
        int stale = 0;

        for (int step = 0; step < 160; step++) {
            Instant now = NOW.plusSeconds(60L * step).plusNanos(random.nextInt(1_000_000_000));
            int kind = random.nextInt(100);
            boolean addable = true;
            if (step % 20 == 19) {
                // Another bump between two records of one unit (a write made beside the unit's own, in its
                // transaction): the revision moved by three for two records, so nobody hears of them.
                addable = false;
                histories.write(ana, now, w -> {
                    w.addCheckIn(checkIn(random, sessionIds, recorded));
                    db.inTransaction(handle -> AccountRepository.touch(handle, ana));
                    return w.addCheckIn(checkIn(random, sessionIds, recorded));
                });
            } else if (step % 20 == 9) {
                // Another bump after the unit's last record: what is announced is a revision no reader holds.
                addable = false;
                histories.write(ana, now, w -> {
                    CheckIn stored = w.addCheckIn(checkIn(random, sessionIds, recorded));
                    db.inTransaction(handle -> AccountRepository.touch(handle, ana));
                    return stored;
                });
            } else if (kind < 40) {
                CheckIn stored = histories.write(ana, now, w -> w.addCheckIn(checkIn(random, sessionIds, recorded)));
                checkInIds.add(stored.id());
                recorded.add(stored.recordedAt().orElseThrow());
            } else if (kind < 70) {
                sessionIds.add(histories.write(ana, now, w -> w.addSession(session(random))).id());
            } else if (kind < 76) {
                histories.write(ana, now, w -> {
                    Session s = w.addSession(session(random));
                    sessionIds.add(s.id());
                    return w.addCheckIn(new CheckIn("new", Optional.of(s.id()), CheckInWindow.NEXT_MORNING,
                            Optional.empty(), Optional.empty(), new Pain(3), false, Optional.empty(), Optional.empty(),
                            Set.of(), false));
                });
            } else if (kind < 82) {
                Optional<IdempotencyKey> key = Optional.of(new IdempotencyKey("k" + step, "hash"));
                CheckIn c = checkIn(random, sessionIds, recorded);
                histories.write(ana, now, key, w -> new Answer(201, w.addCheckIn(c).id()));
                // The same request again writes nothing and announces nothing.
                histories.write(ana, now, key, w -> new Answer(201, w.addCheckIn(c).id()));
            } else if (kind < 86) {
                addable = false;
                assertThatThrownBy(() -> histories.write(ana, now, w -> {
                    w.addCheckIn(checkIn(random, sessionIds, recorded));
                    throw new IllegalStateException("the request fails after its write");
                })).hasMessageContaining("fails");
            } else if (kind < 89) {
                addable = false;
                assertThatThrownBy(() -> db.inTransaction(handle -> {
                    histories.write(ana, now, w -> w.addSession(session(random)));
                    throw new IllegalStateException("the surrounding transaction is rolled back");
                })).hasMessageContaining("rolled back");
            } else if (kind < 92) {
                addable = false;
                histories.write(ana, now, w -> {
                    w.addCheckIn(checkIn(random, sessionIds, recorded));
                    w.saveContext(new DailyContext(LocalDate.of(2026, 3, 1 + random.nextInt(20)), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty()));
                    return null;
                });
            } else if (kind < 95 && !checkInIds.isEmpty()) {
                addable = false;
                new CheckInRepository(db).delete(ana, Long.parseLong(checkInIds.remove(0)));
            } else if (!sessionIds.isEmpty()) {
                addable = false;
                String id = sessionIds.get(random.nextInt(sessionIds.size()));
                new SessionRepository(db).update(ana, withId(session(random), id), now);
            } else {
                addable = false;
            }
            HistoryRepository.Loaded fresh = histories.loadWithRevision(ana);
            if (held.revision == fresh.revision()) {
                assertThat(held.history).as("step %d", step).isEqualTo(fresh.history());
            } else {
                assertThat(addable).as("step %d: an addable write left the held history behind", step).isFalse();
                assertThat(held.revision).as("step %d", step).isLessThan(fresh.revision());
                stale++;
                held.reload(fresh);
            }
        }

        assertThat(held.added).as("writes added to the held history").isGreaterThan(100);
        assertThat(held.heard).isEqualTo(held.added);
        assertThat(stale).as("writes that made the holder reload").isGreaterThan(10);
    }

    @OnBothDatabases
    void aHistoryHeldAtAnotherRevisionIsNotAddedTo(Database db) {
        long ana = new AccountRepository(db).create("ana@example.org", "hash", NOW).orElseThrow().id();
        HistoryRepository histories = new HistoryRepository(db);
        Held held = new Held();
        held.reload(histories.loadWithRevision(ana));
        histories.afterWrites(held::hear);
        // A write the holder does not hear of (another instance's, say) moves the revision on.
        new SessionRepository(db).add(ana, session(new Random(1)), Optional.empty(), NOW);

        histories.write(ana, NOW, w -> w.addCheckIn(CheckIn.daily("new", LocalDate.of(2026, 3, 1), 4)));

        assertThat(held.heard).isEqualTo(1);
        assertThat(held.added).isZero();
        assertThat(held.history.checkIns()).isEmpty();
    }

    private static CheckIn checkIn(Random random, List<String> sessionIds, List<Instant> recorded) {
        boolean ofSession = !sessionIds.isEmpty() && random.nextInt(3) == 0;
        CheckInWindow window = ofSession
                ? List.of(CheckInWindow.BEFORE, CheckInWindow.DURING, CheckInWindow.NEXT_MORNING).get(random.nextInt(3))
                : CheckInWindow.DAILY;
        Optional<Instant> at = switch (random.nextInt(4)) {
            case 0 -> Optional.empty();
            // Recorded at the same moment as an earlier one: a reload lists them by id.
            case 1 -> recorded.isEmpty() ? Optional.empty() : Optional.of(recorded.get(random.nextInt(recorded.size())));
            // Sent late from a phone: recorded before check-ins already stored.
            default -> Optional.of(NOW.minusSeconds(random.nextInt(3_000_000)).plusNanos(random.nextInt(999_999_999)));
        };
        Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
        if (random.nextInt(4) == 0) {
            symptoms.add(Symptom.values()[random.nextInt(Symptom.values().length)]);
            symptoms.add(Symptom.values()[random.nextInt(Symptom.values().length)]);
        }
        return new CheckIn("new", ofSession ? Optional.of(sessionIds.get(random.nextInt(sessionIds.size())))
                : Optional.empty(), window,
                !ofSession || random.nextBoolean() ? Optional.of(LocalDate.of(2026, 2, 1 + random.nextInt(28))) : Optional.empty(), at,
                new Pain(random.nextInt(11)), random.nextInt(5) == 0,
                random.nextBoolean() ? Optional.of(Region.values()[random.nextInt(Region.values().length)])
                        : Optional.empty(),
                random.nextBoolean() ? Optional.of(new Minutes(random.nextInt(90))) : Optional.empty(), symptoms,
                random.nextInt(10) == 0);
    }

    private static Session session(Random random) {
        Activity activity = Activity.values()[random.nextInt(Activity.values().length)];
        ZonedDateTime start = NOW.minusSeconds(random.nextInt(3_000_000)).plusNanos(random.nextInt(999_999_999))
                .atZone(ZONES.get(random.nextInt(ZONES.size())));
        List<StrengthSet> sets = random.nextInt(3) == 0
                ? List.of(new StrengthSet("deadlift", 3, 5, Optional.of(Kilograms.of(40.5 + random.nextInt(20)))),
                        new StrengthSet("plank", 2, 1, Optional.empty()))
                : List.of();
        return new Session("new", activity, start, new Minutes(5 + random.nextInt(90)),
                random.nextBoolean() ? Optional.of(Distance.ofKm(random.nextDouble() * 20)) : Optional.empty(),
                random.nextBoolean() ? Optional.of(new Effort(1 + random.nextInt(10))) : Optional.empty(),
                random.nextBoolean(),
                random.nextBoolean() ? Optional.of(RunType.values()[random.nextInt(RunType.values().length)])
                        : Optional.empty(),
                random.nextBoolean(),
                random.nextInt(4) == 0 ? Optional.of(Demand.of(random.nextInt(4))) : Optional.empty(),
                random.nextInt(4) == 0 ? Optional.of(Demand.of(random.nextInt(4))) : Optional.empty(),
                sets, random.nextInt(4) == 0 ? Source.IMPORT : Source.MANUAL, Optional.empty());
    }

    private static Session withId(Session s, String id) {
        return new Session(id, s.activity(), s.start(), s.minutes(), s.distance(), s.rpe(), s.rpeEstimated(),
                s.runType(), s.hills(), s.rotationOverride(), s.armLoadOverride(), s.strengthSets(), s.source(),
                s.condition());
    }
}
