package org.plimsoll.store.idempotency;

/** What an idempotent write came to. */
public sealed interface Outcome {

    /** The write was made now, and its answer kept under the key, if one was given. */
    record Written(Answer answer) implements Outcome {
    }

    /** The same request came before: nothing was written, and this is what it was answered. */
    record Replayed(Answer answer) implements Outcome {
    }

    /** The key was used before for a different request: nothing was written. */
    record KeyReused() implements Outcome {
    }
}
