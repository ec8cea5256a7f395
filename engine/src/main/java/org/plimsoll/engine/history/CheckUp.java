package org.plimsoll.engine.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.unit.FunctionScore;
import org.plimsoll.engine.unit.Pain;

/**
 * One check-up of the outcome measures (issue 18), taken on a day: the average back pain of the
 * past 7 days (0–10), and how well the person can do each of up to 5 activities they named
 * (0 unable, 10 as well as before the back trouble: the patient-specific function scale).
 */
public record CheckUp(LocalDate date, Optional<Pain> weeklyPain, List<Ability> abilities) {
    public static final int MOST_ACTIVITIES = 5;
    public static final int MOST_NAME_LENGTH = 60;

    /** One named activity and how well the person can do it now, 0–10. */
    public record Ability(String activity, int score) {
        public Ability {
            if (activity.isBlank() || activity.length() > MOST_NAME_LENGTH) {
                throw new IllegalArgumentException("an activity is named in 1 to " + MOST_NAME_LENGTH + " characters");
            }
            if (score < 0 || score > 10) {
                throw new IllegalArgumentException("an ability is 0 to 10, was " + score);
            }
        }
    }

    public CheckUp {
        abilities = List.copyOf(abilities);
        if (abilities.size() > MOST_ACTIVITIES) {
            throw new IllegalArgumentException("at most " + MOST_ACTIVITIES + " activities, was " + abilities.size());
        }
        if (weeklyPain.isEmpty() && abilities.isEmpty()) {
            throw new IllegalArgumentException("a check-up answers at least one question");
        }
    }

    /** The function scale's score: the mean of the activities rated, if any. */
    public Optional<FunctionScore> functionScore() {
        if (abilities.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FunctionScore(abilities.stream().mapToInt(Ability::score).sum() / (double) abilities.size()));
    }
}
