package org.plimsoll.store.account;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * Who hears that a person's data changed, once the change is committed: never inside the write's
 * transaction, so that what a listener does (the caseload's refresh, issue 31) neither holds the
 * write up nor sees it before it is on disk. {@link AccountRepository#touch} is where every write
 * of a person's data passes, so it is where the change is announced, through the handle's
 * after-commit callbacks: a rolled-back write announces nothing. Kept in the Jdbi configuration so
 * that the static {@code touch} reaches the listener of its own database; copies share it.
 */
public final class CommittedChanges implements JdbiConfig<CommittedChanges> {
    private final AtomicReference<LongConsumer> listener;

    public CommittedChanges() {
        this(new AtomicReference<>(accountId -> { }));
    }

    private CommittedChanges(AtomicReference<LongConsumer> listener) {
        this.listener = listener;
    }

    /** Replaces the listener; it runs on the committing thread, so it must only hand the id on. */
    public void listen(LongConsumer listener) {
        this.listener.set(listener);
    }

    LongConsumer listener() {
        return listener.get();
    }

    @Override
    public CommittedChanges createCopy() {
        return new CommittedChanges(listener);
    }
}
