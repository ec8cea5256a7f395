package org.plimsoll.words;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.experiment.ExperimentStatus;

/**
 * The short list of questions people ask of their back (issue 30), each offered only for the
 * activities it makes sense for, with its two conditions (the usual way first) and a one-line how for
 * each; and the other words of the experiment page. A condition of the person's own has no how.
 */
public final class ExperimentQuestions {
    /** The choice on the start form for two conditions in the person's own words. */
    public static final String OWN = "own";

    /** One question: its code on the form, what it asks, where it is offered, and its two conditions. */
    public record Question(String code, String asked, Set<Activity> activities, String first, String firstHow,
                           String second, String secondHow) {
        public boolean offeredFor(Activity a) {
            return activities.contains(a);
        }
    }

    private static final Set<Activity> ENDURANCE = EnumSet.of(Activity.RUN, Activity.WALK, Activity.INCLINE_WALK,
            Activity.HIKE, Activity.CYCLE, Activity.ELLIPTICAL, Activity.SWIM, Activity.ROW, Activity.GOLF,
            Activity.TENNIS, Activity.STRENGTH, Activity.YOGA, Activity.BACK_EXERCISES);

    public static final List<Question> ALL = List.of(
            new Question("cadence", "Does a slightly quicker step help my back when I run?", EnumSet.of(Activity.RUN),
                    "usual cadence", "run as you usually do",
                    "cadence +5%", "shorten your stride a little, same pace"),
            new Question("time-of-day", "Is my back happier when I train in the morning or in the evening?", ENDURANCE,
                    "morning", "do it before midday",
                    "evening", "do it after 5 in the afternoon"),
            new Question("warm-up", "Does the warm-up routine before help?", EnumSet.of(Activity.RUN,
                            Activity.CYCLE, Activity.ROW, Activity.GOLF, Activity.TENNIS, Activity.STRENGTH,
                            Activity.HIKE, Activity.SWIM, Activity.ELLIPTICAL),
                    "no warm-up", "start gently, without the routine",
                    "warm-up first", "do your back warm-up routine for about 5 minutes before"),
            new Question("rotation", "Does turning less in my swing spare my back?", EnumSet.of(Activity.GOLF,
                            Activity.TENNIS),
                    "full swing", "swing as you usually do",
                    "reduced rotation", "a three-quarter swing: turn your shoulders less"),
            new Question("walking-breaks", "Do walking breaks help when I sit for long?", EnumSet.of(Activity.SITTING),
                    "sitting as usual", "sit as you usually do",
                    "walking breaks", "stand up and walk for 2 to 3 minutes every half hour"),
            new Question("lumbar-support", "Does a lumbar support help when I cycle?", EnumSet.of(Activity.CYCLE),
                    "no lumbar support", "ride as you usually do",
                    "lumbar support", "wear your lumbar support for the whole ride"));

    /** What the page is for, in two sentences. */
    public static final String INTRO = "Change one thing and see what your back says the next morning. Your plan "
            + "picks which way to do each session, in a fair random order, and keeps the same minutes and effort.";
    public static final String NONE_YET = "No experiment yet. Start one below.";
    public static final String CHART_LABEL = "Next morning compared with your usual morning (points)";
    public static final String CHART_AXIS = "next morning: below 0 better, above 0 worse";
    public static final String OWN_CONDITIONS = "Or compare two ways of your own";

    private ExperimentQuestions() {
    }

    public static Optional<Question> byCode(String code) {
        return ALL.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /** The questions that make sense for this activity. */
    public static List<Question> offeredFor(Activity a) {
        return ALL.stream().filter(q -> q.offeredFor(a)).toList();
    }

    /** The activities any question is offered for, in the order the activities are listed. */
    public static List<Activity> activities() {
        return java.util.Arrays.stream(Activity.values()).filter(a -> !offeredFor(a).isEmpty()).toList();
    }

    /** The one-line how of a condition from the list; none for the person's own words. */
    public static Optional<String> how(String condition) {
        String wanted = condition.strip().toLowerCase(Locale.ROOT);
        for (Question q : ALL) {
            if (q.first().equals(wanted)) {
                return Optional.of(q.firstHow());
            }
            if (q.second().equals(wanted)) {
                return Optional.of(q.secondHow());
            }
        }
        return Optional.empty();
    }

    /** A planned session's condition with its how: "Today: “cadence +5%”. Shorten your stride a little, same pace.". */
    public static String today(String condition) {
        return "Today: “" + condition + "”" + how(condition).map(h -> ". " + capitalised(h) + ".").orElse(".");
    }

    /** A choice on the log form: the planned condition, or the other way. */
    public static String doneAs(String condition, boolean planned) {
        return planned ? "Done as planned: “" + condition + "”" : "I did it the other way: “" + condition + "”";
    }

    /** A logged session's condition, on its page. */
    public static String doneUnder(String condition) {
        return "Done as “" + condition + "”.";
    }

    /** The log form's heading for the experiment's choice. */
    public static String logLegend(Activity a) {
        return "Your " + Wording.activity(a).toLowerCase(Locale.ROOT) + " experiment";
    }

    /** What the page says after a change was saved. */
    public static String saved(String what) {
        return switch (what) {
            case "started" -> "Started. Your plan now says which way to do each session.";
            case "paused" -> "Paused. Sessions until you carry on do not count.";
            case "resumed" -> "Carrying on.";
            case "stopped" -> "Stopped. Its result stays listed here.";
            default -> "Saved.";
        };
    }

    /** A question as the start form offers it, with where it makes sense. */
    public static String offer(Question q) {
        return q.asked() + " (“" + q.first() + "” or “" + q.second() + "”; for " + where(q) + ")";
    }

    /** Where a question makes sense: "running", "golf, tennis", "most activities". */
    public static String where(Question q) {
        return q.activities().size() > 4 ? "most activities" : String.join(", ", q.activities().stream()
                .map(ExperimentQuestions::doing).toList());
    }

    private static String doing(Activity a) {
        return switch (a) {
            case RUN -> "running";
            case CYCLE -> "cycling";
            case SWIM -> "swimming";
            default -> Wording.activity(a).toLowerCase(Locale.ROOT);
        };
    }

    /** The link from Today and Progress to an experiment under way. */
    public static String link(Activity a, String first, String second) {
        return "Your " + Wording.activity(a).toLowerCase(Locale.ROOT) + " experiment, “" + first + "” or “" + second
                + "”: see how it is going";
    }

    /** Where an experiment stands, in a word or two. */
    public static String status(ExperimentStatus s) {
        return switch (s) {
            case RUNNING -> "Running";
            case PAUSED -> "Paused";
            case DONE -> "Finished";
            case STOPPED -> "Stopped";
        };
    }

    /** How long an experiment runs. */
    public static String span(java.time.LocalDate start, int weeks, java.time.LocalDate ends) {
        return "From " + Wording.day(start) + ", " + weeks + " weeks, until " + Wording.day(ends.minusDays(1)) + ".";
    }

    /** A condition's average next-morning change against the usual morning, as the chart's text says it. */
    public static String change(String condition, java.util.OptionalDouble mean, int sessions) {
        if (sessions == 0 || mean.isEmpty()) {
            return "“" + condition + "”: no session with a next-morning check-in yet.";
        }
        double v = Math.round(mean.getAsDouble() * 10) / 10.0;
        String how = v == 0 ? "the same as your usual morning" : Wording.number(Math.abs(v))
                + (Math.abs(v) == 1 ? " point " : " points ") + (v > 0 ? "worse" : "better") + " than your usual morning";
        return "“" + condition + "”: " + Wording.count(sessions, "session", "sessions")
                + " with a next-morning check-in; the next morning was on average " + how + ".";
    }

    /** A one-line how for the sentence it ends. */
    private static String capitalised(String how) {
        return how.isEmpty() ? how : Character.toUpperCase(how.charAt(0)) + how.substring(1);
    }
}
