package org.plimsoll.engine.library;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.flare.FlareEpisode;
import org.plimsoll.engine.flare.Flares;
import org.plimsoll.engine.level.Calibration;

/** The phase of the return to training, which chooses the library's exercises (ENGINE.md section 13). */
public final class ReturnPhase {
    /** Phase 3 needs eight weeks without a flare. */
    static final int CALM_DAYS = 56;

    private ReturnPhase() {
    }

    /**
     * The phase of the return to training (ENGINE.md section 13): 1 until a level is confirmed or
     * while a flare runs; 2 once the main or strength level is confirmed; 3 once both are and there
     * has been no flare for 8 weeks.
     */
    public static int of(List<Calibration.Outcome> outcomes, List<FlareEpisode> flares, LocalDate asOf) {
        if (Flares.activeOn(flares, asOf).isPresent()) {
            return 1;
        }
        boolean strength = outcomes.stream().anyMatch(o -> o.activity() == Activity.STRENGTH && o.confirmed().isPresent());
        boolean other = outcomes.stream().anyMatch(o -> o.activity() != Activity.STRENGTH && o.confirmed().isPresent());
        boolean calm = flares.stream().allMatch(f -> f.ended().isPresent()
                && ChronoUnit.DAYS.between(f.ended().get(), asOf) >= CALM_DAYS);
        if (strength && other && calm) {
            return 3;
        }
        return strength || other ? 2 : 1;
    }
}
