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

    HistoryWrites(Handle handle, long accountId, Instant now) {
        this.handle = handle;
        this.accountId = accountId;
        this.now = now;
    }

    /** Stores a new session (its id is ignored) and returns it with the id it was given. */
    public Session addSession(Session session) {
        return SessionRepository.insert(handle, accountId, session, Optional.empty(), now);
    }

    /** Stores a new check-in; a session it names must be the person's own (the caller checked). */
    public CheckIn addCheckIn(CheckIn checkIn) {
        return CheckInRepository.insert(handle, accountId, checkIn, now);
    }

    /** A day's sleep, stress and sitting; a second entry for the day replaces the first. */
    public void saveContext(DailyContext context) {
        DailyContextRepository.upsert(handle, accountId, context);
    }

    public void saveProfile(Profile profile) {
        ProfileRepository.upsert(handle, accountId, profile, now);
    }

    public void addLevel(Level level) {
        LevelRepository.insert(handle, accountId, level, now);
    }

    public void addBaselineTest(BaselineTest test) {
        BaselineTestRepository.insert(handle, accountId, test);
    }

    /** The person finished (or skipped) the first visit's questions. */
    public void markOnboarded() {
        ProfileRepository.setOnboarded(handle, accountId, true);
    }
}
