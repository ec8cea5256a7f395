package org.plimsoll.engine.level;

import java.util.Optional;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.dose.Variable;
import org.plimsoll.engine.reason.LevelReason;
import org.plimsoll.engine.reason.Reason;

/**
 * Strength goes by the week (ENGINE.md section 6): a week of green strength sessions raises the
 * work (sets × reps × load) 5%, or the volume where no work is logged; a red one goes back to
 * last week's load.
 */
record StrengthWeek(Dose dose, Optional<Variable> changed, Reason why) {
    static final double WEEKLY_STEP = 0.05;
    /** The week is judged once six days have passed since it began, and the next one is held seven. */
    static final int JUDGED_AFTER_DAYS = 6;
    static final int WEEK_DAYS = 7;

    /** Next week's strength level after a green week. */
    static StrengthWeek after(Dose current) {
        long percent = Math.round(WEEKLY_STEP * 100);
        if (current.work().isPresent()) {
            Dose raised = current.withWorkScaled(1 + WEEKLY_STEP);
            // Work is not one of the scenario's variables: the reason says what changed.
            return new StrengthWeek(raised, Optional.empty(), new LevelReason.StrengthWorkUp(percent,
                    Math.round(current.work().get().value()), Math.round(raised.work().get().value())));
        }
        return new StrengthWeek(current.scaledVolume(1 + WEEKLY_STEP), Optional.of(Variable.MINUTES),
                new LevelReason.StrengthVolumeUp(percent));
    }
}
