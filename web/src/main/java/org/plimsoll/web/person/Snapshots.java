package org.plimsoll.web.person;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.history.History;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.history.HistoryRepository;

/**
 * The person's history and assessment, recomputed only when their data changed or their day did.
 * Every history write bumps the account's revision inside the store's transaction, and the account is read
 * on every request anyway, so an instance never serves an assessment older than the data, even
 * when another instance made the write.
 */
public final class Snapshots {
    /** People kept in memory at once; the least recently used is dropped first. */
    static final int CAPACITY = 512;

    /** Values derived from the assessment (its JSON, the due-check-in source, page parts) live in {@code derived}. */
    private record Entry(long revision, LocalDate asOf, History history, Assessment assessment,
                         Optional<String> displayName, Map<Object, Object> derived) {
        Entry(long revision, LocalDate asOf, History history, Assessment assessment, Optional<String> displayName) {
            this(revision, asOf, history, assessment, displayName, new ConcurrentHashMap<>());
        }

        Snapshot at(Account account, ZonedDateTime now) {
            return new Snapshot(account, history, assessment, now, derived, displayName);
        }
    }

    private final HistoryRepository histories;
    private final Clock clock;
    private final Map<Long, Entry> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    public Snapshots(HistoryRepository histories, Clock clock) {
        this.histories = histories;
        this.clock = clock;
    }

    public Snapshot of(Account account) {
        Entry entry;
        synchronized (cache) {
            entry = cache.get(account.id());
        }
        if (entry != null && entry.revision() == account.revision()) {
            ZonedDateTime now = clock.instant().atZone(entry.history().profile().zone());
            if (now.toLocalDate().equals(entry.asOf())) {
                return entry.at(account, now);
            }
        }
        History history = histories.load(account.id());
        ZonedDateTime now = clock.instant().atZone(history.profile().zone());
        Assessment assessment = Assessment.derivedFrom(history, now.toLocalDate());
        Entry fresh = new Entry(account.revision(), now.toLocalDate(), history, assessment,
                histories.displayName(account.id()));
        synchronized (cache) {
            cache.put(account.id(), fresh);
        }
        return fresh.at(account, now);
    }

    /** Forgets a person, for example when their account is deleted. */
    public void forget(long accountId) {
        synchronized (cache) {
            cache.remove(accountId);
        }
    }
}
