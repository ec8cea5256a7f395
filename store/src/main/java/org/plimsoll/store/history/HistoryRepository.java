package org.plimsoll.store.history;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.plimsoll.engine.baseline.BaselineTest;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.history.DeclaredFlare;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.dose.Level;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.session.Session;
import org.plimsoll.store.Database;
import org.plimsoll.store.shown.ShownLevelRepository;
import org.plimsoll.store.StoreException;
import org.plimsoll.store.baseline.BaselineTestRepository;
import org.plimsoll.store.care.CareDecisionRepository;
import org.plimsoll.store.checkin.CheckInRepository;
import org.plimsoll.store.context.DailyContextRepository;
import org.plimsoll.store.flare.DeclaredFlareRepository;
import org.plimsoll.store.idempotency.Answer;
import org.plimsoll.store.idempotency.IdempotencyKey;
import org.plimsoll.store.idempotency.IdempotencyRepository;
import org.plimsoll.store.idempotency.Outcome;
import org.plimsoll.store.idempotency.StoredResponse;
import org.plimsoll.store.level.LevelRepository;
import org.plimsoll.store.outcome.CheckUpRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.store.settings.CoachingSettingsRepository;

/** A person's whole history, read for the engine or written in one transaction. */
public final class HistoryRepository {
    private final Database database;

    public HistoryRepository(Database database) {
        this.database = database;
    }

    /** The name the person chose for their report, if any: part of their record, not of the engine's history. */
    public java.util.Optional<String> displayName(long accountId) {
        return database.withHandle(handle -> ProfileRepository.displayName(handle, accountId));
    }

    /**
     * A person's history as one state of the data: the revision it is at, the name they chose, and
     * the levels last shown to them (derived, not part of the record: docs/engine.md, I6).
     */
    public record Loaded(long revision, History history, Optional<String> displayName,
                         java.util.List<org.plimsoll.engine.safety.ShownLevel> shown) {
    }

    /**
     * The whole history, its revision and display name, read in one read transaction on one
     * connection: the revision is the one of exactly this data, so a write that lands while it is
     * read cannot be cached under it.
     */
    public Loaded loadWithRevision(long accountId) {
        return database.inReadTransaction(handle -> {
            long revision = handle.createQuery("SELECT revision FROM accounts WHERE id = :id").bind("id", accountId)
                    .mapTo(Long.class).findOne().orElse(0L);
            return new Loaded(revision, read(accountId), ProfileRepository.displayName(handle, accountId),
                    new ShownLevelRepository(database).list(accountId));
        });
    }

    /**
     * Keeps the levels an answer showed, where they differ from those {@code loaded} read; nothing is
     * written when they are the same, so a read that shows what was shown before stays a read. A change
     * rides on the next shared commit with the check-ins and sessions (never a commit of its own beside
     * the group's), and returns once it is on disk, so the level held in a flare survives a crash
     * (docs/engine.md, I6). Inside a write's transaction it joins that transaction, and goes if it does.
     */
    public void keepShown(long accountId, Loaded loaded, java.util.List<org.plimsoll.engine.safety.ShownLevel> shown) {
        java.util.List<org.plimsoll.engine.safety.ShownLevel> changed = ShownLevelRepository.changed(shown, loaded.shown());
        if (!changed.isEmpty()) {
            database.inGroupCommit(handle -> {
                ShownLevelRepository.write(handle, accountId, changed);
                return null;
            });
        }
    }

    /**
     * Tells {@code listener} of each unit of work ({@link #write}) that only added check-ins and sessions,
     * once it is committed, on the committing thread: it must be quick. One listener per database; a
     * later one replaces it. Every other change is announced only as a new revision.
     */
    public void afterWrites(java.util.function.Consumer<CommittedWrite> listener) {
        database.jdbi().getConfig(CommittedWrites.class).listen(listener);
    }

    /**
     * The levels last shown to the person (derived, docs/engine.md, I6), as {@link #loadWithRevision}
     * reads them with the history: for assessing a history held in memory again.
     */
    public Loaded reassessing(long accountId, long revision, History history, Optional<String> displayName) {
        return new Loaded(revision, history, displayName, new ShownLevelRepository(database).list(accountId));
    }

    /** Whether this thread is inside a write's transaction, whose data may still be rolled back. */
    public boolean insideTransaction() {
        return database.inTransactionHere();
    }

    /** The whole history, with the activity demands as this person set them, in one read transaction. */
    public History load(long accountId) {
        return database.inReadTransaction(handle -> read(accountId));
    }

    // Each repository's read runs on the caller's handle: Jdbi hands a nested read the thread's open one.
    private History read(long accountId) {
        ProfileRepository profiles = new ProfileRepository(database);
        Profile profile = profiles.find(accountId).orElse(Profile.defaultFor(ZoneOffset.UTC));
        return new History(profile,
                new LevelRepository(database).list(accountId),
                new SessionRepository(database).list(accountId),
                new CheckInRepository(database).list(accountId),
                new DailyContextRepository(database).list(accountId),
                new BaselineTestRepository(database).list(accountId),
                new DeclaredFlareRepository(database).list(accountId),
                profiles.catalogue(accountId),
                new CoachingSettingsRepository(database).get(accountId),
                new CareDecisionRepository(database).list(accountId),
                new CheckUpRepository(database).list(accountId))
                .withExperiments(new org.plimsoll.store.experiment.ExperimentRepository(database).list(accountId));
    }

    /**
     * Adds a whole history to an account in one transaction: all of it lands or none. Check-ins
     * refer to sessions by the ids in {@code history}; they are rewritten to the stored ids.
     */
    public void append(long accountId, History history, Instant now) {
        database.inTransaction(handle -> {
            ProfileRepository.upsert(handle, accountId, history.profile(), now);
            for (Level level : history.levels()) {
                LevelRepository.insert(handle, accountId, level, now);
            }
            Map<String, String> storedIds = new HashMap<>();
            for (Session session : history.sessions()) {
                Session stored = SessionRepository.insert(handle, accountId, session, Optional.empty(), now);
                storedIds.put(session.id(), stored.id());
            }
            for (CheckIn c : history.checkIns()) {
                Optional<String> sessionId = c.sessionId().map(id -> {
                    String stored = storedIds.get(id);
                    if (stored == null) {
                        throw new IllegalArgumentException("check-in " + c.id() + " names unknown session " + id);
                    }
                    return stored;
                });
                CheckInRepository.insert(handle, accountId, new CheckIn(c.id(), sessionId, c.window(), c.date(),
                        c.recordedAt(), c.pain(), c.sharp(), c.region(), c.stiffnessMinutes(), c.symptoms(),
                        c.clearedByClinician()), now);
            }
            for (DailyContext context : history.context()) {
                DailyContextRepository.upsert(handle, accountId, context);
            }
            for (BaselineTest test : history.baselineTests()) {
                BaselineTestRepository.insert(handle, accountId, test);
            }
            for (DeclaredFlare flare : history.declaredFlares()) {
                DeclaredFlareRepository.insert(handle, accountId, flare);
            }
            for (org.plimsoll.engine.history.Experiment e : history.experiments()) {
                org.plimsoll.store.experiment.ExperimentRepository.insert(handle, accountId, e, now);
            }
            for (org.plimsoll.engine.history.CheckUp checkUp : history.checkUps()) {
                CheckUpRepository.insert(handle, accountId, checkUp, now);
            }
            return null;
        });
    }

    /**
     * One unit of work on a person's history, in one transaction: all of its writes land or none. It
     * shares its commit with the writes that arrive with it and returns once that commit is on disk.
     */
    public <T> T write(long accountId, Instant now, Function<HistoryWrites, T> work) {
        return database.inGroupCommit(handle -> {
            HistoryWrites writes = new HistoryWrites(handle, accountId, now);
            T result = work.apply(writes);
            writes.announce();
            return result;
        });
    }

    /**
     * A unit of work answering a creating request that may carry an idempotency key. The first
     * request with a key writes and keeps its answer in the same transaction; the same request again
     * writes nothing and gets that answer; a different request under the key writes nothing. Of two
     * concurrent requests with one key, one writes (the key is unique) and the other gets its answer.
     * The key is looked up inside the shared commit's transaction, on its connection: no connection is
     * borrowed for it, and on SQLite no other writer can come between the look and the write.
     */
    public Outcome write(long accountId, Instant now, Optional<IdempotencyKey> key, Function<HistoryWrites, Answer> work) {
        if (key.isEmpty()) {
            return new Outcome.Written(write(accountId, now, work));
        }
        IdempotencyKey k = key.get();
        try {
            return database.inGroupCommit(handle -> {
                Optional<StoredResponse> earlier = IdempotencyRepository.find(handle, accountId, k.value());
                if (earlier.isPresent()) {
                    return repeated(earlier.get(), k);
                }
                HistoryWrites writes = new HistoryWrites(handle, accountId, now);
                Answer answer = work.apply(writes);
                IdempotencyRepository.save(handle, accountId, k.value(),
                        new StoredResponse(k.requestHash(), answer.status(), answer.body()), now);
                writes.announce();
                return new Outcome.Written(answer);
            });
        } catch (StoreException e) {
            // Another instance on PostgreSQL may have kept the key between the look and the save; answer as it did.
            Optional<StoredResponse> earlier = database.withHandle(
                    handle -> IdempotencyRepository.find(handle, accountId, k.value()));
            if (earlier.isEmpty()) {
                throw e;
            }
            return repeated(earlier.get(), k);
        }
    }

    private static Outcome repeated(StoredResponse stored, IdempotencyKey k) {
        return stored.requestHash().equals(k.requestHash())
                ? new Outcome.Replayed(new Answer(stored.status(), stored.body()))
                : new Outcome.KeyReused();
    }
}
