package org.plimsoll.engine.experiment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.engine.reason.Reason;

/**
 * One experiment as it stands: its status, the sessions counted per condition (those with a next
 * morning, in the order of its conditions), the tipped-over sessions per condition, the difference
 * once there is enough, the verdict, the first day it no longer runs (later by each day a flare or
 * referral paused it, earlier when stopped), and the sessions so far in the design's order (the next one planned takes the next number).
 */
public record ExperimentAnswer(Experiment experiment, ExperimentStatus status, Map<String, Integer> sessions,
                               Map<String, Integer> reds, Optional<Comparison.Difference> difference,
                               Verdict verdict, LocalDate ends, int sessionsSoFar, List<Reason> reasons) {
    public ExperimentAnswer {
        sessions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sessions));
        reds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reds));
        reasons = List.copyOf(reasons);
    }

    /** Whether the plan names the condition of this activity's sessions today. */
    public boolean names() {
        return status == ExperimentStatus.RUNNING;
    }
}
