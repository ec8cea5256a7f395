package org.plimsoll.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.experiment.ExperimentAnswer;
import org.plimsoll.engine.reason.ExperimentReason;
import org.plimsoll.engine.reason.Reason;

/**
 * An experiment as the pages that keep its result show it (Progress, the clinician's page, the report,
 * the share page), and a clinician's suggestion of one (issue 30). The person reads "your next mornings",
 * the clinician "their next mornings" ({@link Audience}); the conditions are shown as they were written.
 */
public final class ExperimentResults {
    private ExperimentResults() {
    }

    /** A question people ask of one activity, or of any ({@code activities} empty), with its two conditions. */
    public record Question(String key, String label, String first, String second, List<Activity> activities) {
        public Question {
            activities = List.copyOf(activities);
        }

        public boolean fits(Activity a) {
            return activities.isEmpty() || activities.contains(a);
        }
    }

    /** The questions a clinician can suggest from a list; the first condition is the usual way. */
    public static final List<Question> QUESTIONS = List.of(
            new Question("cadence", "Running cadence 5% higher", "usual cadence", "cadence +5%", List.of(Activity.RUN)),
            new Question("time-of-day", "Morning or evening", "morning", "evening", List.of()),
            new Question("warm-up", "The warm-up routine before, or not", "no warm-up", "warm-up routine first", List.of()),
            new Question("rotation", "Reduced rotation range", "full rotation", "reduced rotation",
                    List.of(Activity.GOLF, Activity.TENNIS)),
            new Question("walking-breaks", "Walking breaks in long sitting", "sitting as usual", "walking breaks",
                    List.of(Activity.SITTING)),
            new Question("lumbar-support", "A lumbar support when cycling", "no lumbar support", "lumbar support",
                    List.of(Activity.CYCLE)));

    public static Optional<Question> question(String key) {
        return QUESTIONS.stream().filter(q -> q.key().equals(key)).findFirst();
    }

    /** "Running: “usual cadence” or “cadence +5%”". */
    public static String title(Activity activity, List<String> conditions) {
        return Wording.activity(activity) + ": " + quoted(conditions.get(0)) + " or " + quoted(conditions.get(1));
    }

    public static String title(ExperimentAnswer a) {
        return title(a.experiment().activity(), a.experiment().conditions());
    }

    /** Where it stands: under way until a day, paused, finished or stopped on a day. */
    public static String status(ExperimentAnswer a) {
        return switch (a.status()) {
            case RUNNING -> "Under way, " + Wording.count(a.experiment().weeks(), "week", "weeks") + " until "
                    + Wording.day(a.ends()) + ".";
            case PAUSED -> "Paused.";
            case DONE -> "Finished on " + Wording.day(a.ends().minusDays(1)) + ".";
            case STOPPED -> "Stopped on " + Wording.day(a.ends().minusDays(1)) + ".";
        };
    }

    /** "Sessions with a next-morning check-in: 6 as “usual”, 7 as “cadence +5%”." */
    public static String sessions(ExperimentAnswer a) {
        List<String> each = new ArrayList<>();
        a.sessions().forEach((condition, n) -> each.add(n + " as " + quoted(condition)));
        return "Sessions with a next-morning check-in: " + String.join(", ", each) + ".";
    }

    /** What it found, in the reader's voice: stopped early for tipped-over sessions, the answer, or how far it is. */
    public static List<String> findings(ExperimentAnswer a, Audience who) {
        List<String> out = new ArrayList<>();
        for (Reason r : a.reasons()) {
            if (r instanceof ExperimentReason.ExperimentPausedByYou || r instanceof ExperimentReason.ExperimentPausedWhileSettling) {
                continue;
            }
            out.add(who == Audience.PERSON ? Reasons.of(r) : theirs(r));
        }
        return out;
    }

    /** A clinician's view of a finding: the same numbers as the person reads, of "their" mornings. */
    private static String theirs(Reason r) {
        if (r instanceof ExperimentReason.ConditionBetter b) {
            return "With " + quoted(b.condition()) + " their next mornings were about " + size(b.effect())
                    + " better than with " + quoted(b.other()) + " (likely between " + range(b.low(), b.high()) + ").";
        }
        if (r instanceof ExperimentReason.ConditionWorse w) {
            String atLeast = Math.min(w.low(), w.high()) >= 1 ? " worse by at least 1 point:" : "";
            return "With " + quoted(w.condition()) + " their next mornings were" + atLeast + " about " + size(w.effect())
                    + " worse than with " + quoted(w.other()) + " (likely between " + range(w.low(), w.high()) + ").";
        }
        if (r instanceof ExperimentReason.NoClearDifference n) {
            return n.moreEach() == 0
                    ? "No clear difference between " + quoted(n.first()) + " and " + quoted(n.second())
                            + ": their next mornings were about the same either way (within about "
                            + size(Math.max(Math.abs(n.low()), Math.abs(n.high()))) + ")."
                    : "No clear difference yet between " + quoted(n.first()) + " and " + quoted(n.second()) + ": about "
                            + Wording.count(n.moreEach(), "more session", "more sessions") + " of each would tell.";
        }
        if (r instanceof ExperimentReason.StoppedForReds s) {
            return "Stopped early: with " + quoted(s.condition()) + " their back tipped over "
                    + Wording.count(s.reds(), "time", "times") + ", with " + quoted(s.other()) + " "
                    + Wording.count(s.otherReds(), "time", "times") + ".";
        }
        if (r instanceof ExperimentReason.ExperimentNeedsSessions n) {
            return "Not enough yet to tell: " + n.firstSessions() + " of " + n.needed() + " sessions with a next-morning "
                    + "check-in done as " + quoted(n.first()) + ", " + n.secondSessions() + " of " + n.needed() + " as "
                    + quoted(n.second()) + ".";
        }
        return Reasons.of(r);
    }

    /** What the person reads of a suggestion from their physiotherapist. */
    public static String suggested(Activity activity, List<String> conditions, int weeks) {
        return "Your physiotherapist suggests a test: " + Wording.activity(activity) + " done as "
                + quoted(conditions.get(0)) + " on some days and as " + quoted(conditions.get(1))
                + " on others, in a random order, for " + Wording.count(weeks, "week", "weeks")
                + ". Your next mornings will tell which suits your back.";
    }

    /** What accepting a suggestion does, under it. */
    public static String whatAcceptingDoes() {
        return "Accept starts it today. Your level stays the same while it runs, and your plan says which way to do "
                + "each session. You can pause or stop it at any time.";
    }

    /** What the clinician reads before suggesting one. */
    public static String howSuggestionsWork() {
        return "They see your suggestion on their Today page and accept it or say not now. Once accepted, their level "
                + "for that activity holds, their plan names each session's condition in a random order, and the "
                + "answer comes from their next mornings after at least 6 sessions of each.";
    }

    /** What the clinician reads of a suggestion they made, by its answer so far. */
    public static String suggestion(Activity activity, List<String> conditions, int weeks, java.time.LocalDate on,
                                    String answer) {
        String what = title(activity, conditions) + ", " + Wording.count(weeks, "week", "weeks") + ", suggested "
                + Wording.day(on) + ": ";
        return what + switch (answer) {
            case "ACCEPTED" -> "accepted; it is under way.";
            case "DECLINED" -> "they said not now.";
            default -> "waiting for their answer.";
        };
    }

    /** The questions that fit an activity, by their labels, for a clinician's list. */
    public static List<Question> questionsFor(Activity activity) {
        return QUESTIONS.stream().filter(q -> q.fits(activity)).toList();
    }

    static String quoted(String condition) {
        return "“" + condition + "”";
    }

    /** A size in pain points, to one decimal. */
    private static String size(double v) {
        double rounded = Math.round(Math.abs(v) * 10) / 10.0;
        return rounded == 1 ? "1 point" : Wording.number(rounded) + " points";
    }

    /** Two sizes, smaller first: "0.4 and 1.6 points". */
    private static String range(double a, double b) {
        double smaller = Math.min(Math.abs(a), Math.abs(b));
        double low = Math.round(smaller * 10) / 10.0;
        double high = Math.round(Math.max(Math.abs(a), Math.abs(b)) * 10) / 10.0;
        String lower = low == 0 && smaller != 0 ? String.valueOf(Math.round(smaller * 100) / 100.0) : Wording.number(low);
        return lower + " and " + Wording.number(high) + (high == 1 ? " point" : " points");
    }
}
