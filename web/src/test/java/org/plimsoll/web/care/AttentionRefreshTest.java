package org.plimsoll.web.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The background refresh of caseload attention (docs/care.md, "The caseload"): a worker killed by a
 * JVM error is replaced by the next write, the queue's cap leaves people out until a caseload
 * opening that finds their row behind queues them again, a red-flag write goes ahead of the line
 * (bounded), and the rest after a batch follows the worker's CPU time (an injected clock).
 */
class AttentionRefreshTest {
    /** The people each batch computed, in order; guarded by itself, as is {@link #batches}. */
    private final List<Long> computed = new ArrayList<>();
    private final List<List<Long>> batches = new ArrayList<>();

    private void compute(List<Long> batch) {
        synchronized (computed) {
            computed.addAll(batch);
            batches.add(List.copyOf(batch));
        }
    }

    private List<List<Long>> batches() {
        synchronized (computed) {
            return List.copyOf(batches);
        }
    }

    private Set<Long> computedPeople() {
        synchronized (computed) {
            return new HashSet<>(computed);
        }
    }

    @Test
    void aWorkerKilledByAnErrorIsReplacedByTheNextQueuedWrite() {
        AtomicBoolean thrown = new AtomicBoolean();
        Thread.UncaughtExceptionHandler quiet = (t, e) -> { };
        try (AttentionRefresh refresh = new AttentionRefresh(batch -> {
            if (thrown.compareAndSet(false, true)) {
                Thread.currentThread().setUncaughtExceptionHandler(quiet); // the Error is expected: no stack trace
                throw new StackOverflowError("once");
            }
            compute(batch);
        }, AttentionRefresh.Pacing.NONE)) {
            refresh.queue(1);
            assertThat(refresh.awaitSettled(Duration.ofSeconds(10))).as("the dead worker's batch is over").isTrue();
            assertThat(thrown).isTrue();
            assertThat(computedPeople()).as("person 1's batch died with its worker").isEmpty();

            refresh.queue(2);
            assertThat(refresh.awaitSettled(Duration.ofSeconds(10))).isTrue();
            assertThat(computedPeople()).as("a new worker took the next write").containsExactly(2L);
            refresh.queue(1);
            assertThat(refresh.awaitSettled(Duration.ofSeconds(10))).isTrue();
            assertThat(computedPeople()).as("and person 1, queued again by a caseload").containsExactly(1L, 2L);
        }
    }

    @Test
    void pastTheCapOf20000WaitingPeopleAChangeIsNotQueuedUntilACaseloadFindsItsRowBehind() throws Exception {
        try (AttentionRefresh refresh = new AttentionRefresh(this::compute, AttentionRefresh.Pacing.NONE)) {
            try (AutoCloseable held = refresh.hold()) {
                for (long person = 1; person <= 20_005; person++) {
                    refresh.queue(person);
                }
                refresh.queue(7); // already waiting: still one computation
                assertThat(refresh.queued()).as("the cap").isEqualTo(20_000).isEqualTo(AttentionRefresh.MOST_QUEUED);
            }
            assertThat(refresh.awaitSettled(Duration.ofSeconds(30))).isTrue();
            Set<Long> people = computedPeople();
            assertThat(people).hasSize(20_000).contains(1L, 20_000L).doesNotContain(20_001L, 20_005L);
            assertThat(computed).as("each person once").hasSize(20_000);

            refresh.queue(20_003); // a caseload opening that finds this person's row behind their data
            assertThat(refresh.awaitSettled(Duration.ofSeconds(10))).isTrue();
            assertThat(computedPeople()).contains(20_003L).doesNotContain(20_001L);
        }
    }

    @Test
    void aRedFlagWriteBehind20000QueuedPeopleIsRefreshedInTheNextBatch() throws Exception {
        long redFlag = 99_999;
        List<List<Long>> examined = new ArrayList<>();
        try (AttentionRefresh refresh = new AttentionRefresh(this::compute, people -> {
            examined.add(List.copyOf(people));
            return people.contains(redFlag) ? Set.of(redFlag) : Set.of();
        }, AttentionRefresh.Pacing.NONE)) {
            try (AutoCloseable held = refresh.hold()) {
                for (long person = 1; person <= 20_000; person++) {
                    refresh.queue(person);
                }
                refresh.queue(redFlag); // the line is full: past the cap, only a red flag gets in
                assertThat(refresh.queued()).isEqualTo(20_000);
            }
            assertThat(refresh.awaitSettled(Duration.ofSeconds(30))).isTrue();
            assertThat(examined.get(0)).as("every write since the worker last looked").hasSize(20_000)
                    .contains(redFlag, 20_000L).doesNotContain(1L);
            assertThat(batches().get(0)).as("the red flag first, then the line in order")
                    .startsWith(redFlag, 1L, 2L).hasSize(AttentionRefresh.MOST_PER_BATCH);
            assertThat(computedPeople()).hasSize(20_001);
        }
    }

    @Test
    void aPersonInLineWhoseNextWriteIsARedFlagMovesToTheFront() throws Exception {
        Set<Long> flagged = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (AttentionRefresh refresh = new AttentionRefresh(this::compute,
                people -> people.stream().filter(flagged::contains).collect(java.util.stream.Collectors.toSet()),
                AttentionRefresh.Pacing.NONE)) {
            try (AutoCloseable held = refresh.hold()) {
                for (long person = 1; person <= 200; person++) {
                    refresh.queue(person);
                }
                flagged.add(150L);
                refresh.queue(150); // the same person writes again, a red flag this time
            }
            assertThat(refresh.awaitSettled(Duration.ofSeconds(30))).isTrue();
            assertThat(batches().get(0)).startsWith(150L, 1L);
            assertThat(computed).as("still once").hasSize(200);
        }
    }

    @Test
    void aFloodOfRedFlagsTakesAtMostHalfOfEachBatchWhileOthersWaitInLine() throws Exception {
        try (AttentionRefresh refresh = new AttentionRefresh(this::compute,
                people -> people.stream().filter(p -> p > 1_000).collect(java.util.stream.Collectors.toSet()),
                AttentionRefresh.Pacing.NONE)) {
            try (AutoCloseable held = refresh.hold()) {
                for (long person = 1; person <= 100; person++) {
                    refresh.queue(person);
                }
                for (long person = 1_001; person <= 1_200; person++) {
                    refresh.queue(person); // 200 red flags
                }
            }
            assertThat(refresh.awaitSettled(Duration.ofSeconds(30))).isTrue();
            List<List<Long>> batches = batches();
            assertThat(batches.get(0)).as("32 red flags, then 32 of the line").hasSize(64)
                    .filteredOn(p -> p > 1_000).hasSize(AttentionRefresh.MOST_URGENT_PER_BATCH);
            assertThat(batches.get(0).subList(0, 32)).as("the lane in the order they wrote").containsExactlyElementsOf(
                    java.util.stream.LongStream.rangeClosed(1_001, 1_032).boxed().toList());
            assertThat(batches.get(0).subList(32, 64)).containsExactlyElementsOf(
                    java.util.stream.LongStream.rangeClosed(1, 32).boxed().toList());
            assertThat(batches.get(3)).as("the line's last 4, and the lane fills the places left").hasSize(64)
                    .filteredOn(p -> p <= 1_000).containsExactly(97L, 98L, 99L, 100L);
            assertThat(batches.get(4)).as("then the lane's last 44").hasSize(44).allMatch(p -> p > 1_000);
            assertThat(computed).hasSize(300);
        }
    }

    @Test
    void theRestAfterABatchIsTheWorkersCpuTimeNotTheTimeItWaitedForACore() throws Exception {
        java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
        AttentionRefresh.Pacing pacing = new AttentionRefresh.Pacing(Duration.ZERO, Duration.ZERO, 1, () -> false,
                cpu::get);
        assertThat(pacing.restAfter(40_000_000)).as("40 ms of CPU, at half a core: 40 ms of rest")
                .isEqualTo(Duration.ofMillis(40));
        assertThat(new AttentionRefresh.Pacing(Duration.ZERO, Duration.ZERO, 3, () -> false, cpu::get)
                .restAfter(40_000_000)).as("a quarter of a core").isEqualTo(Duration.ofMillis(120));

        try (AttentionRefresh refresh = new AttentionRefresh(batch -> {
            cpu.addAndGet(Duration.ofHours(1).toNanos()); // a batch that used an hour of CPU, in no time at all
            compute(batch);
        }, pacing)) {
            refresh.queue(1);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!computedPeople().contains(1L) && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            refresh.queue(2);
            Thread.sleep(200);
            assertThat(computedPeople()).as("resting for the batch's hour of CPU").containsExactly(1L);
            assertThat(refresh.awaitSettled(Duration.ofSeconds(30))).as("a test waiting cuts the rest short").isTrue();
            assertThat(computedPeople()).containsExactly(1L, 2L);
        }
    }
}
