package org.plimsoll.words;

import java.time.LocalDate;
import java.util.Locale;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.session.SessionBounds;
import org.plimsoll.engine.session.SessionBounds.Field;
import org.plimsoll.engine.session.SessionBounds.Verdict;
import org.plimsoll.engine.unit.Minutes;

/**
 * What is wrong with a session's minutes or distance, said next to the field: each sentence goes on
 * from the field's name ("Minutes: must be 1 or more ..."), and an unusual one says how to keep it.
 */
public final class BoundsWords {
    /** The box a person ticks to keep a rare but real session. */
    public static final String CONFIRM = "Yes, this is right";

    private BoundsWords() {
    }

    /** The problem with the field the verdict names; empty text for a plausible session. */
    public static String problem(Verdict verdict, Minutes minutes) {
        if (verdict instanceof Verdict.Impossible i) {
            return impossible(i, minutes);
        }
        return verdict instanceof Verdict.Unusual u ? unusual(u) : "";
    }

    /** Why one record of an imported file was left out: "activity 1 (a run on 2019-02-17) was left out: ...". */
    public static String skippedRecord(int number, Activity activity, LocalDate day, Verdict.Impossible verdict,
                                       Minutes minutes) {
        String field = verdict.field() == Field.DISTANCE ? "distance" : "minutes";
        return "activity " + number + " (" + Wording.activity(activity).toLowerCase(Locale.ROOT) + " on " + day
                + ", " + Wording.count(minutes.value(), "minute", "minutes") + ") was left out: its " + field + " "
                + impossible(verdict, minutes);
    }

    private static String impossible(Verdict.Impossible i, Minutes minutes) {
        if (i.field() == Field.DISTANCE) {
            return "is more than anyone could cover in " + Wording.count(minutes.value(), "minute", "minutes")
                    + " of " + noun(i.activity()) + "; check the distance and its unit";
        }
        if (minutes.value() < SessionBounds.FEWEST_MINUTES) {
            return "must be 1 or more: a session takes at least a minute";
        }
        return "must be " + SessionBounds.MOST_MINUTES + " or less (24 hours); log a longer outing as one session a day";
    }

    private static String unusual(Verdict.Unusual u) {
        String keep = "; if it is right, tick \"" + CONFIRM + "\" and save again";
        if (u.field() == Field.DISTANCE) {
            return "is faster than almost anyone goes at " + noun(u.activity()) + keep;
        }
        int hours = u.limits().usualLongest().value() / 60;
        return "is longer than almost any " + oneSession(u.activity()) + " (most last under "
                + Wording.count(hours, "hour", "hours") + ")" + keep;
    }

    /** "run", "round of golf": one session of the activity, as people call it. */
    private static String oneSession(Activity a) {
        return switch (a) {
            case RUN, WALK, HIKE, SWIM, ROW -> a.code();
            case INCLINE_WALK -> "uphill walk";
            case CYCLE -> "ride";
            case DEEP_WATER_RUNNING -> "deep-water run";
            case GOLF -> "round of golf";
            case TENNIS -> "game of tennis";
            case STRENGTH -> "strength session";
            case YOGA -> "yoga session";
            case BACK_EXERCISES -> "back-exercise session";
            case SITTING -> "stretch of sitting";
            case STANDING -> "stretch of standing";
            case ELLIPTICAL, OTHER -> "session of " + Wording.activity(a).toLowerCase(Locale.ROOT);
        };
    }

    /** "running", "back exercises / mobility": the activity as something done. */
    private static String noun(Activity a) {
        return switch (a) {
            case RUN -> "running";
            case WALK -> "walking";
            case INCLINE_WALK -> "uphill walking";
            case HIKE -> "hiking";
            case CYCLE -> "cycling";
            case SWIM -> "swimming";
            case ROW -> "rowing";
            default -> Wording.activity(a).toLowerCase(Locale.ROOT);
        };
    }
}
