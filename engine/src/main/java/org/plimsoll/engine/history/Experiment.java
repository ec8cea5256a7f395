package org.plimsoll.engine.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;

/**
 * One experiment of one person (ENGINE.md section 15): two conditions of one activity, compared
 * over a few weeks in a random order within pairs of sessions. The first condition is the one the
 * second is measured against (usually the person's usual way). The person may pause it (from a day
 * on, until they resume it) or stop it; the rules derive the rest.
 */
public record Experiment(String id, Activity activity, List<String> conditions, LocalDate start, int weeks,
                         Optional<LocalDate> pausedOn, Optional<LocalDate> stoppedOn) {
    public static final int DEFAULT_WEEKS = 6;
    public static final int FEWEST_WEEKS = 4;
    public static final int MOST_WEEKS = 8;
    public static final int MOST_CONDITION_LENGTH = 60;

    public Experiment {
        if (id.isBlank()) {
            throw new IllegalArgumentException("an experiment needs an id");
        }
        conditions = List.copyOf(conditions);
        if (conditions.size() != 2) {
            throw new IllegalArgumentException("an experiment compares exactly two conditions");
        }
        for (String c : conditions) {
            if (c.isBlank() || c.length() > MOST_CONDITION_LENGTH) {
                throw new IllegalArgumentException("a condition is named in 1 to " + MOST_CONDITION_LENGTH
                        + " characters");
            }
        }
        if (conditions.get(0).equals(conditions.get(1))) {
            throw new IllegalArgumentException("the two conditions must differ");
        }
        if (weeks < FEWEST_WEEKS || weeks > MOST_WEEKS) {
            throw new IllegalArgumentException("an experiment runs " + FEWEST_WEEKS + " to " + MOST_WEEKS + " weeks");
        }
    }

    /** A running experiment of the default length. */
    public static Experiment of(String id, Activity activity, String first, String second, LocalDate start) {
        return new Experiment(id, activity, List.of(first, second), start, DEFAULT_WEEKS, Optional.empty(),
                Optional.empty());
    }

    public String first() {
        return conditions.get(0);
    }

    public String second() {
        return conditions.get(1);
    }

    public Experiment pausedOn(LocalDate day) {
        return new Experiment(id, activity, conditions, start, weeks, Optional.of(day), stoppedOn);
    }

    public Experiment resumed() {
        return new Experiment(id, activity, conditions, start, weeks, Optional.empty(), stoppedOn);
    }

    public Experiment stoppedOn(LocalDate day) {
        return new Experiment(id, activity, conditions, start, weeks, pausedOn, Optional.of(day));
    }
}
