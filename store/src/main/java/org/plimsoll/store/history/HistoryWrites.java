package org.plimsoll.store.history;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.plimsoll.engine.baseline.BaselineTest;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.dose.Level;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.session.Session;
import org.plimsoll.store.baseline.BaselineTestRepository;
import org.plimsoll.store.checkin.CheckInRepository;
import org.plimsoll.store.context.DailyContextRepository;
import org.plimsoll.store.level.LevelRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.session.SessionRepository;

/**
 * The writes one unit of work makes to one person's history ({@link HistoryRepository#write}): they
 * are valid only inside it, and land together, with the person's revision bumped, or not at all.
 */
public final class HistoryWrites {
    private final Handle handle;
    private final long accountId;
    private final Instant now;
    /** What this unit added, for a cache to add too once it is committed ({@link #announce}). */
    private final java.util.List<HistoryChange> added = new java.util.ArrayList<>();
    /**
     * The revisions the bumps of this unit's first and last added records moved the account to, as the
     * bumps said it: no revision is read for them. Within a transaction each bump is above the last.
     */
    private long first = -1;
    private long last = -1;
    /** A write a cache cannot add by itself (a profile, a day's context, a level...): it reloads instead. */
    private boolean other;

    HistoryWrites(Handle handle, long accountId, Instant now) {
        this.handle = handle;
        this.accountId = accountId;
        this.now = now;
    }

    /** Stores a new session (its id is ignored) and returns it with the id it was given. */
    public Session addSession(Session session) {
        noting(true);
        Session stored = SessionRepository.insert(handle, accountId, session, Optional.empty(), now, this::bumped);
        added.add(new HistoryChange.SessionAdded(stored));
        return stored;
    }

    /** Stores a new check-in; a session it names must be the person's own (the caller checked). */
    public CheckIn addCheckIn(CheckIn checkIn) {
        noting(true);
        CheckIn stored = CheckInRepository.insert(handle, accountId, checkIn, now, this::bumped);
        added.add(new HistoryChange.CheckInAdded(stored));
        return stored;
    }

    /** A day's sleep, stress and sitting; a second entry for the day replaces the first. */
    public void saveContext(DailyContext context) {
        noting(false);
        DailyContextRepository.upsert(handle, accountId, context);
    }

    public void saveProfile(Profile profile) {
        noting(false);
        ProfileRepository.upsert(handle, accountId, profile, now);
    }

    public void addLevel(Level level) {
        noting(false);
        LevelRepository.insert(handle, accountId, level, now);
    }

    public void addBaselineTest(BaselineTest test) {
        noting(false);
        BaselineTestRepository.insert(handle, accountId, test);
    }

    /** The person finished (or skipped) the first visit's questions. */
    public void markOnboarded() {
        noting(false);
        ProfileRepository.setOnboarded(handle, accountId, true);
    }

    /** Before each write: any write but a check-in or a session makes the unit one to reload after. */
    private void noting(boolean addable) {
        if (!addable) {
            other = true;
        }
    }

    /** The revision an added record's bump moved the account to. */
    private void bumped(long revision) {
        if (first < 0) {
            first = revision;
        }
        last = revision;
    }

    /**
     * At the end of the unit, inside its transaction: when it only added check-ins and sessions and the
     * revision moved by exactly one for each (as their bumps returned it), whoever listens hears of them
     * once the transaction is committed (never if it is rolled back). Any doubt, such as another write in
     * the unit that was not made here, and nobody hears: caches reload. A bump after the last record
     * leaves the revision past the one announced, which no reader then holds: it too means a reload.
     */
    void announce() {
        if (other || added.isEmpty() || !handle.getConfig(CommittedWrites.class).heard()) {
            return;
        }
        // Moved by exactly one for each record, from the revision before the first: else another bump came
        // between them, a change the records do not carry.
        if (first < 1 || last - first + 1 != added.size()) {
            return;
        }
        CommittedWrite write = new CommittedWrite(accountId, first - 1, last, added);
        java.util.function.Consumer<CommittedWrite> listener = handle.getConfig(CommittedWrites.class).listener();
        handle.afterCommit(() -> listener.accept(write));
    }
}
