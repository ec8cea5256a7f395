package org.plimsoll.web.person;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.history.History;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.history.CommittedWrite;
import org.plimsoll.store.history.HistoryRepository;

/**
 * The person's history and assessment, recomputed only when their data changed or their day did.
 * Every history write bumps the account's revision inside the store's transaction, and the account is read
 * on every request anyway, so an instance never serves an assessment older than the data, even
 * when another instance made the write.
 *
 * <p>One assessment per person is computed at a time: readers who need the same one wait for it
 * rather than each loading the history and computing it again (after a check-in, every open page of
 * the person asks at once). The cache is bounded by an estimate of the memory its entries hold; the
 * least recently used person goes first. Its size and hit rate are in {@code /metrics}.
 *
 * <p>A check-in or a session committed by this instance is added to the cached history when that
 * history is at the revision the write started from ({@link #applied}): the next reader adds it and
 * computes the assessment without reading the history again. The committer only notes the write, so
 * that copying the history is not between the disk and the writers' answers. A new day is assessed from the cached history
 * too. Anything else (another write, another instance's, a revision that does not follow) makes the
 * next reader read the history again whole.
 */
public final class Snapshots {
    /**
     * Memory the cache may hold, estimated ({@link Weight}): a quarter of the heap. With the
     * launcher's 512 MB that is 128 MB, about 180 people with two years of history each, 650 with
     * half a year or 1,500 with two months.
     */
    public static final long BUDGET_BYTES = Runtime.getRuntime().maxMemory() / 4;

    /** Committed writes noted for one person before a reader adds them; past this the next reader reloads. */
    private static final int MOST_PENDING = 32;

    /**
     * A person's history as read at {@code revision} (or as a reload at it would read it: check-ins and
     * sessions written since are added to it) and, once computed, its assessment for a day; {@code pending}
     * are committed writes that follow it, one after another, that the next reader adds ({@link #applied}).
     */
    private record Entry(long revision, History history, Optional<String> displayName, long bytes,
                         Optional<Assessed> assessed, List<CommittedWrite> pending) {
        Entry(long revision, History history, Optional<String> displayName, Optional<Assessed> assessed) {
            this(revision, history, displayName, Weight.of(history), assessed, List.of());
        }

        /** The revision the history is at once the pending writes are added. */
        long tip() {
            return pending.isEmpty() ? revision : pending.get(pending.size() - 1).to();
        }

        Entry noting(CommittedWrite write) {
            List<CommittedWrite> more = new ArrayList<>(pending.size() + 1);
            more.addAll(pending);
            more.add(write);
            return new Entry(revision, history, displayName, bytes, assessed, List.copyOf(more));
        }

        /** This entry, with those of {@code other}'s pending writes that follow its revision still to add. */
        Entry pendingOf(Entry other) {
            for (int i = 0; i < other.pending.size(); i++) {
                if (other.pending.get(i).from() == revision) {
                    return new Entry(revision, history, displayName, bytes, assessed,
                            List.copyOf(other.pending.subList(i, other.pending.size())));
                }
            }
            return this;
        }

        Snapshot at(Account account, ZonedDateTime now) {
            Assessed a = assessed.orElseThrow();
            return new Snapshot(account, history, a.assessment(), now, a.derived(), displayName);
        }

        /** The history is the account's: at its revision or later. */
        boolean holds(Account account) {
            return revision >= account.revision();
        }

        /** Still right for this account now: its history, and an assessment made for today in the person's zone. */
        boolean servesAt(Account account, Clock clock) {
            return holds(account) && assessed.isPresent()
                    && clock.instant().atZone(history.profile().zone()).toLocalDate().equals(assessed.get().asOf());
        }
    }

    /** Values derived from the assessment (its JSON, the due-check-in source, page parts) live in {@code derived}. */
    private record Assessed(LocalDate asOf, Assessment assessment, Map<Object, Object> derived) {
    }

    private final HistoryRepository histories;
    private final Clock clock;
    private final long budgetBytes;
    /** Guarded by itself, with {@link #bytes}. */
    private final LinkedHashMap<Long, Entry> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    /** The one computation running per person; readers who need it wait on it. */
    private final ConcurrentHashMap<Long, CompletableFuture<Entry>> computing = new ConcurrentHashMap<>();
    private final Counter hits;
    private final Counter misses;
    private final Counter computations;
    private final Counter evictions;
    private final Counter loads;
    private final Counter applied;

    public Snapshots(HistoryRepository histories, Clock clock) {
        this(histories, clock, new SimpleMeterRegistry(), BUDGET_BYTES);
    }

    public Snapshots(HistoryRepository histories, Clock clock, MeterRegistry metrics, long budgetBytes) {
        this.histories = histories;
        this.clock = clock;
        this.budgetBytes = budgetBytes;
        this.hits = Counter.builder("plimsoll.assessment.cache.requests").tag("result", "hit")
                .description("Assessments served from the cache").register(metrics);
        this.misses = Counter.builder("plimsoll.assessment.cache.requests").tag("result", "miss")
                .description("Assessments that had to be computed (or waited for)").register(metrics);
        this.computations = Counter.builder("plimsoll.assessment.computations")
                .description("Assessments computed").register(metrics);
        this.loads = Counter.builder("plimsoll.assessment.history.loads")
                .description("Histories read whole from the database to be assessed").register(metrics);
        this.applied = Counter.builder("plimsoll.assessment.cache.applied")
                .description("Committed check-ins and sessions added to a cached history instead of reloading it")
                .register(metrics);
        this.evictions = Counter.builder("plimsoll.assessment.cache.evictions")
                .description("People dropped from the cache to keep it within its budget").register(metrics);
        Gauge.builder("plimsoll.assessment.cache.bytes", this, Snapshots::bytes).baseUnit("bytes")
                .description("Estimated memory held by cached assessments").register(metrics);
        Gauge.builder("plimsoll.assessment.cache.budget", this, s -> s.budgetBytes).baseUnit("bytes")
                .description("The most the cache may hold").register(metrics);
        Gauge.builder("plimsoll.assessment.cache.people", this, Snapshots::people)
                .description("People whose assessment is cached").register(metrics);
        Gauge.builder("plimsoll.assessment.cache.hit.ratio", this, Snapshots::hitRatio)
                .description("Share of requests served from the cache since start").register(metrics);
    }

    public Snapshot of(Account account) {
        if (histories.insideTransaction()) {
            // An answer built inside a write's transaction (an experiment started under a key) sees data that
            // may still be rolled back: it is computed for this answer alone, neither cached nor shared.
            misses.increment();
            return at(compute(account, null), account);
        }
        Entry entry = cached(account.id());
        if (entry != null && entry.servesAt(account, clock)) {
            hits.increment();
            return at(entry, account);
        }
        misses.increment();
        return at(computed(account), account);
    }

    private Entry cached(long accountId) {
        synchronized (cache) {
            return cache.get(accountId);
        }
    }

    private Snapshot at(Entry entry, Account account) {
        return entry.at(account, clock.instant().atZone(entry.history().profile().zone()));
    }

    /**
     * The person's entry computed for their revision: by this thread, or by the one already
     * computing it. A computation that started before the write this reader must see does not
     * serve it; the reader then computes (or waits for) the next.
     */
    private Entry computed(Account account) {
        while (true) {
            CompletableFuture<Entry> mine = new CompletableFuture<>();
            CompletableFuture<Entry> running = computing.putIfAbsent(account.id(), mine);
            if (running == null) {
                try {
                    Entry fresh = compute(account, caughtUp(account.id(), cached(account.id())));
                    keep(account.id(), fresh);
                    mine.complete(fresh);
                    return fresh;
                } catch (RuntimeException | Error e) {
                    mine.completeExceptionally(e);
                    throw e;
                } finally {
                    computing.remove(account.id(), mine);
                }
            }
            Entry theirs = awaited(running);
            if (theirs.servesAt(account, clock)) {
                return theirs;
            }
        }
    }

    /**
     * The assessment of the history {@code held} when it is the account's (a new day, or check-ins and
     * sessions added to it since it was read), else of the history read again whole.
     */
    private Entry compute(Account account, Entry held) {
        computations.increment();
        long accountId = account.id();
        HistoryRepository.Loaded loaded;
        if (held != null && held.holds(account)) {
            loaded = histories.reassessing(accountId, held.revision(), held.history(), held.displayName());
        } else {
            loads.increment();
            loaded = histories.loadWithRevision(accountId);
        }
        History history = loaded.history();
        LocalDate today = clock.instant().atZone(history.profile().zone()).toLocalDate();
        // Held to what was shown on earlier days while a flare or referral stands, and what this answer
        // shows is kept for tomorrow's (docs/engine.md, I6).
        Assessment assessment = Assessment.derivedFrom(history, today, loaded.shown());
        histories.keepShown(accountId, loaded, assessment.shownLevels());
        return new Entry(loaded.revision(), history, loaded.displayName(),
                Optional.of(new Assessed(today, assessment, new ConcurrentHashMap<>())));
    }

    /**
     * Hears of a committed write that only added check-ins and sessions, on the committing thread before
     * its writers are answered, so it only notes it: a cached history that the write follows (at the
     * revision it started from, with the writes noted before) keeps it for the next reader, who adds the
     * records ({@link #caughtUp}) without reading the database. At any other revision nothing is noted and
     * the next reader reloads. No reader is served the older assessment once the writer is answered: the
     * account it signs in with is at the write's revision, past the one the entry was assessed at.
     */
    public void applied(CommittedWrite write) {
        synchronized (cache) {
            Entry held = cache.get(write.accountId());
            if (held == null || held.tip() != write.from()) {
                return;
            }
            if (held.pending().size() >= MOST_PENDING) {
                cache.remove(write.accountId());
                bytes -= held.bytes();
                return;
            }
            cache.put(write.accountId(), held.noting(write));
        }
    }

    /**
     * The entry with its pending writes added (by the one computing for the person), kept in the cache in
     * its place unless the cache moved on meanwhile; writes noted since stay pending.
     */
    private Entry caughtUp(long accountId, Entry held) {
        if (held == null || held.pending().isEmpty()) {
            return held;
        }
        History history = held.history();
        for (CommittedWrite write : held.pending()) {
            history = write.onto(history);
        }
        Entry moved = new Entry(held.tip(), history, held.displayName(), Optional.empty());
        synchronized (cache) {
            Entry now = cache.get(accountId);
            if (now != null && now.revision() == held.revision() && now.history() == held.history()) {
                put(accountId, now, moved.pendingOf(now));
            }
        }
        applied.increment(held.pending().size());
        return moved;
    }

    private static Entry awaited(CompletableFuture<Entry> running) {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an assessment", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("the assessment failed", e.getCause());
        }
    }

    /** Keeps the entry unless a newer one is there already, then drops the least recently used past the budget. */
    private void keep(long accountId, Entry fresh) {
        synchronized (cache) {
            Entry old = cache.get(accountId);
            if (old != null && old.revision() > fresh.revision()) {
                return;
            }
            put(accountId, old, old == null ? fresh : fresh.pendingOf(old));
        }
    }

    /** Guarded by {@link #cache}. */
    private void put(long accountId, Entry old, Entry fresh) {
        if (old != null) {
            bytes -= old.bytes();
        }
        cache.put(accountId, fresh);
        bytes += fresh.bytes();
        var eldest = cache.entrySet().iterator();
        // The entry just kept stays even when it alone is over the budget: its reader is using it.
        while (bytes > budgetBytes && cache.size() > 1) {
            Map.Entry<Long, Entry> least = eldest.next();
            bytes -= least.getValue().bytes();
            eldest.remove();
            evictions.increment();
        }
    }

    /** Forgets a person, for example when their account is deleted. */
    public void forget(long accountId) {
        synchronized (cache) {
            Entry old = cache.remove(accountId);
            if (old != null) {
                bytes -= old.bytes();
            }
        }
    }

    /** The estimated memory the cache holds now. */
    public long bytes() {
        synchronized (cache) {
            return bytes;
        }
    }

    public int people() {
        synchronized (cache) {
            return cache.size();
        }
    }

    private double hitRatio() {
        double all = hits.count() + misses.count();
        return all == 0 ? 0 : hits.count() / all;
    }
}
