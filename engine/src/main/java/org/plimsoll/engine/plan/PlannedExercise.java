package org.plimsoll.engine.plan;

import org.plimsoll.engine.library.Exercise;

/**
 * An exercise of a planned strength session: one of the library's, by its code (module {@code
 * words} names it), or one the person named in their own strength log, in their words.
 */
public sealed interface PlannedExercise {

    static PlannedExercise of(Exercise e) {
        return new Library(e.move());
    }

    record Library(Exercise.Move move) implements PlannedExercise {
    }

    record Own(String name) implements PlannedExercise {
    }
}
