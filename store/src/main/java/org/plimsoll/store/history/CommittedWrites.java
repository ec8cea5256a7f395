package org.plimsoll.store.history;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * Who hears of each {@link CommittedWrite}, once it is committed: through the handle's after-commit
 * callbacks, so that a rolled-back write is never heard of. Kept in the Jdbi configuration, like
 * the account's committed changes, so that a unit of work on any handle reaches the listener; copies
 * share it.
 */
public final class CommittedWrites implements JdbiConfig<CommittedWrites> {
    private static final Consumer<CommittedWrite> NOBODY = write -> { };

    private final AtomicReference<Consumer<CommittedWrite>> listener;

    public CommittedWrites() {
        this(new AtomicReference<>(NOBODY));
    }

    private CommittedWrites(AtomicReference<Consumer<CommittedWrite>> listener) {
        this.listener = listener;
    }

    void listen(Consumer<CommittedWrite> listener) {
        this.listener.set(listener);
    }

    /** Whether anyone listens: if not, a unit of work announces nothing. */
    boolean heard() {
        return listener.get() != NOBODY;
    }

    Consumer<CommittedWrite> listener() {
        return listener.get();
    }

    @Override
    public CommittedWrites createCopy() {
        return new CommittedWrites(listener);
    }
}
