package org.plimsoll.engine.level;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.baseline.Pacing;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.dose.Variable;
import org.plimsoll.engine.flare.FlareEpisode;
import org.plimsoll.engine.flare.Flares;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.reason.LevelReason;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.response.SessionResponse;

/**
 * The threshold of one activity, found day by day (ENGINE.md section 6), in its named steps: the
 * starting level ({@link StartingLevel}); holds that confirm or step back ({@link Hold}); after a
 * confirmation, one variable raised by one step ({@link Progression}); strength by the week
 * ({@link StrengthWeek}); the days between, walked by {@link LevelWalk}. While a flare runs its dose stands in (section 7, {@link Flares#dose}).
 */
public final class Calibration {
    private Calibration() {
    }

    /** Where one activity stands, with the level in force at each of its sessions. */
    public record Outcome(Activity activity, LevelState state, Optional<Dose> confirmed, Optional<Dose> current,
                          Optional<Variable> changed, int holdDays, int stepBacksSinceConfirmed,
                          Optional<FlareEpisode> flare, List<Reason> reasons, Map<String, Dose> levelAtSession) {
        public Outcome {
            reasons = List.copyOf(reasons);
            // Handed over by a finished walk and never changed again, so it is wrapped, not copied.
            levelAtSession = Collections.unmodifiableMap(levelAtSession);
        }

        Outcome withLevelAtSession(Map<String, Dose> all) {
            return new Outcome(activity, state, confirmed, current, changed, holdDays, stepBacksSinceConfirmed, flare,
                    reasons, all);
        }
    }

    /**
     * The activities calibrated: those with a level, a baseline test or a session in the last 8 weeks,
     * postures aside. Sessions older than that are history (an old file imported, a sport given up):
     * they stay in the history but no longer put an activity on today's page, the plan or the report.
     */
    public static List<Activity> activities(AsOf asOf) {
        return Arrays.stream(Activity.values()).filter(a -> !a.isPosture())
                .filter(a -> asOf.history().levels().stream().anyMatch(l -> l.activity() == a && !l.since().isAfter(asOf.date()))
                        || asOf.history().baselineTests().stream().anyMatch(t -> t.activity() == a && !t.date().isAfter(asOf.date()))
                        || asOf.sessionsOf(a).stream().anyMatch(s -> ChronoUnit.DAYS.between(asOf.localDate(s), asOf.date())
                                <= StartingLevel.STRETCH_GAP_DAYS))
                .toList();
    }

    public static Outcome of(Activity activity, AsOf asOf, List<SessionResponse> responses,
                             List<FlareEpisode> flares, Map<Activity, Pacing.Baseline> baselines,
                             Predicate<LocalDate> progressionPaused) {
        Optional<Pacing.Baseline> baseline = Optional.ofNullable(baselines.get(activity));
        Optional<StartingLevel> start = StartingLevel.of(activity, asOf, baseline);
        if (start.isEmpty()) {
            return new Outcome(activity, LevelState.NEW, Optional.empty(), Optional.empty(), Optional.empty(), 0,
                    0, Optional.empty(), List.of(new LevelReason.NoLevelYet(activity)), Map.of());
        }
        List<SessionResponse> own = responses.stream().filter(r -> r.session().activity() == activity).toList();
        Map<String, Dose> earlier = new HashMap<>();
        // A level walks until more than 8 weeks pass without a session; then it starts again from a
        // baseline: a level set or a test done since, else the first week back (section 6, after a break).
        for (int stretch = 0; stretch <= own.size(); stretch++) {
            LocalDate seen = start.get().since();
            Optional<LocalDate> back = Optional.empty();
            for (SessionResponse r : own) {
                if (r.date().isBefore(seen)) {
                    continue;
                }
                if (ChronoUnit.DAYS.between(seen, r.date()) > Break.START_AGAIN_AFTER_DAYS) {
                    back = Optional.of(r.date());
                    break;
                }
                seen = r.date();
            }
            LocalDate lastSeen = seen;
            LevelWalk walk = new LevelWalk(activity, asOf, own, flares, progressionPaused, start.get(),
                    back.map(d -> d.minusDays(1)).orElse(asOf.date()));
            Outcome walked = walk.toEnd();
            earlier.putAll(walked.levelAtSession());
            long away = ChronoUnit.DAYS.between(lastSeen, asOf.date());
            if (back.isEmpty() && (away <= Break.START_AGAIN_AFTER_DAYS || walked.flare().isPresent())) {
                return walked.withLevelAtSession(earlier);
            }
            Optional<StartingLevel> again = back.isEmpty() ? Optional.empty()
                    : StartingLevel.of(activity, asOf, baseline, lastSeen.plusDays(1));
            if (again.isEmpty()) {
                LocalDate last = own.isEmpty() ? lastSeen : own.get(own.size() - 1).date();
                return new Outcome(activity, LevelState.NEW, Optional.empty(), Optional.empty(), Optional.empty(), 0,
                        0, Optional.empty(), List.of(new LevelReason.BreakStartAgain(activity,
                        ChronoUnit.DAYS.between(last, asOf.date()) / 7)), earlier);
            }
            start = again;
        }
        throw new IllegalStateException("a level of " + activity + " that starts again without end");
    }
}
