package org.plimsoll.engine.level;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.dose.RotationRange;
import org.plimsoll.engine.dose.Variable;
import org.plimsoll.engine.profile.Goal;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.unit.ZeroToTen;

/**
 * Progression after a confirmed level (ENGINE.md section 6): which one variable rises, and how
 * far. Frequency first while below 3 a week; then the variable furthest below its goal; without
 * goals, duration and intensity in turn. A variable that just failed is not tried again at once,
 * and duration or distance after a step back rises by half a step.
 */
public final class Progression {
    /** Without a goal, intensity rises no higher than this. */
    public static final int RPE_CAP_WITHOUT_GOAL = 7;

    private Progression() {
    }

    /** The variable to raise next, or none when every one is at its goal. */
    public static Optional<Variable> next(Dose current, Optional<Goal> goal, Optional<Variable> failed,
                                         int progressionsSoFar) {
        boolean frequencyWanted = goal.flatMap(g -> g.sessionsPerWeek().isPresent()
                ? Optional.of(current.sessionsPerWeek() < g.sessionsPerWeek().get().value()) : Optional.empty())
                .orElse(true);
        if (current.sessionsPerWeek() < StartingLevel.FREQUENCY_AIM && frequencyWanted
                && !failed.equals(Optional.of(Variable.SESSIONS_PER_WEEK))) {
            return Optional.of(Variable.SESSIONS_PER_WEEK);
        }
        Variable volume = current.minutes().isPresent() ? Variable.MINUTES : Variable.DISTANCE_KM;
        if (goal.isEmpty() || noTargets(goal.get())) {
            List<Variable> order = new ArrayList<>(List.of(volume, Variable.RPE_CAP));
            if (progressionsSoFar % 2 == 1) {
                Collections.reverse(order);
            }
            return Optional.of(order.stream()
                    .filter(v -> v != Variable.RPE_CAP
                            || current.rpeCap() < RPE_CAP_WITHOUT_GOAL && !failed.equals(Optional.of(v)))
                    .findFirst().orElse(volume));
        }
        Goal g = goal.get();
        List<Map.Entry<Variable, Double>> ratios = new ArrayList<>();
        if (volume == Variable.MINUTES && g.minutes().isPresent() && current.minutes().isPresent()) {
            ratios.add(Map.entry(Variable.MINUTES, current.minutes().get().shareOf(g.minutes().get())));
        } else if (g.distance().isPresent() && current.distance().isPresent()) {
            ratios.add(Map.entry(Variable.DISTANCE_KM, current.distance().get().shareOf(g.distance().get())));
        }
        if (g.rpeCap().isPresent()) {
            ratios.add(Map.entry(Variable.RPE_CAP, current.rpeCap() / (double) g.rpeCap().get().value()));
        }
        if (current.rotation().isPresent()) {
            ratios.add(Map.entry(Variable.ROTATION, (current.rotation().get().ordinal() + 1) / 3.0));
        }
        if (g.sessionsPerWeek().isPresent()) {
            ratios.add(Map.entry(Variable.SESSIONS_PER_WEEK,
                    current.sessionsPerWeek() / (double) g.sessionsPerWeek().get().value()));
        }
        // Stable sort keeps the tie order: duration/distance, intensity, rotation, then frequency.
        return ratios.stream()
                .filter(e -> e.getValue() < 1 - 1e-9)
                .filter(e -> !(failed.equals(Optional.of(e.getKey())) && !isVolume(e.getKey())))
                .min(Comparator.comparingDouble(e -> Math.round(e.getValue() * 1000) / 1000.0))
                .map(Map.Entry::getKey);
    }

    /** Whether a step back on this variable makes its next try half a step. */
    public static boolean isVolume(Variable v) {
        return v == Variable.MINUTES || v == Variable.DISTANCE_KM;
    }

    /** The dose with one variable raised by one step (the person's step, 10% by default). */
    public static Dose raise(Dose d, Variable v, double step) {
        switch (v) {
            case SESSIONS_PER_WEEK:
                return d.withSessionsPerWeek(Math.min(Dose.MOST_SESSIONS_PER_WEEK, d.sessionsPerWeek() + 1));
            case RPE_CAP:
                return d.withRpeCap(ZeroToTen.clamp(d.rpeCap() + 1));
            case ROTATION:
                return d.withRotation(d.rotation().orElse(RotationRange.REDUCED).wider());
            case DISTANCE_KM:
                return d.withDistance(d.distance().orElse(Distance.ofKm(0)).times(1 + step));
            default:
                Minutes m = d.minutes().orElse(Minutes.ZERO);
                return d.withMinutes(new Minutes(Math.max(m.value() + 1, m.times(1 + step).value())));
        }
    }

    private static boolean noTargets(Goal g) {
        return g.minutes().isEmpty() && g.distance().isEmpty() && g.rpeCap().isEmpty()
                && g.sessionsPerWeek().isEmpty();
    }
}
