package org.plimsoll.engine.level;

import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.dose.Variable;
import org.plimsoll.engine.reason.Reason;

/** Where one activity stands today: its state, the confirmed, current and today's level, and why. */
public record ActivityAssessment(Activity activity, LevelState state, Optional<Dose> confirmedLevel,
                                 Optional<Dose> currentLevel, Optional<Dose> todayLevel,
                                 Optional<Variable> changedVariable, int holdDays, List<Reason> reasons) {
    public ActivityAssessment {
        reasons = List.copyOf(reasons);
    }
}
