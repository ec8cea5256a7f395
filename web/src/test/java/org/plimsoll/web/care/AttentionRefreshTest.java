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
 * JVM error is replaced by the next write, and the queue's cap leaves people out until a caseload
 * opening that finds their row behind queues them again.
 */
class AttentionRefreshTest {
    /** The people each batch computed, in order; guarded by itself. */
    private final List<Long> computed = new ArrayList<>();

    private void compute(List<Long> batch) {
        synchronized (computed) {
            computed.addAll(batch);
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
}
