package org.plimsoll.words;

import org.plimsoll.engine.reason.ExperimentReason;

/**
 * The words of experiments (ENGINE.md section 15). The conditions are the person's own words, shown as
 * they wrote them; the direction is in the word (better, worse), so the numbers are sizes, never negative.
 */
interface ExperimentWords extends ExperimentReason.Visitor<String>, Phrases {
    @Override
    default String visit(ExperimentReason.ExperimentNeedsSessions r) {
        return "Not enough yet to tell: " + r.firstSessions() + " of " + r.needed() + " sessions with a next-morning "
                + "check-in done as " + quoted(r.first()) + ", " + r.secondSessions() + " of " + r.needed() + " as "
                + quoted(r.second()) + ".";
    }

    @Override
    default String visit(ExperimentReason.ConditionBetter r) {
        return "With " + quoted(r.condition()) + " your next mornings were about " + size(r.effect())
                + " better than with " + quoted(r.other()) + " (likely between " + range(r.low(), r.high()) + ").";
    }

    @Override
    default String visit(ExperimentReason.ConditionWorse r) {
        String atLeast = Math.min(r.low(), r.high()) >= 1 ? " worse by at least 1 point:" : "";
        return "With " + quoted(r.condition()) + " your next mornings were" + atLeast + " about " + size(r.effect())
                + " worse than with " + quoted(r.other()) + " (likely between " + range(r.low(), r.high()) + ").";
    }

    @Override
    default String visit(ExperimentReason.NoClearDifference r) {
        if (r.moreEach() == 0) {
            return "No clear difference between " + quoted(r.first()) + " and " + quoted(r.second())
                    + ": your next mornings were about the same either way (within about "
                    + size(Math.max(Math.abs(r.low()), Math.abs(r.high()))) + ").";
        }
        return "No clear difference yet between " + quoted(r.first()) + " and " + quoted(r.second()) + ": about "
                + Wording.count(r.moreEach(), "more session", "more sessions") + " of each would tell.";
    }

    @Override
    default String visit(ExperimentReason.StoppedForReds r) {
        return "Stopped early: with " + quoted(r.condition()) + " your back tipped over "
                + Wording.count(r.reds(), "time", "times") + ", with " + quoted(r.other()) + " "
                + Wording.count(r.otherReds(), "time", "times") + ". Keep to " + quoted(r.other()) + " for now.";
    }

    @Override
    default String visit(ExperimentReason.ExperimentPausedWhileSettling r) {
        return "Your experiment is paused while your back settles: these days do not count, and it runs on "
                + "for as many days afterwards.";
    }

    @Override
    default String visit(ExperimentReason.ExperimentPausedByYou r) {
        return "You paused your experiment on " + Wording.day(r.since()) + ". Sessions until you carry on do not count.";
    }

    @Override
    default String visit(ExperimentReason.LevelHeldForExperiment r) {
        return "Your level stays the same during your experiment, so " + quoted(r.first()) + " and "
                + quoted(r.second()) + " get the same minutes and effort.";
    }

    @Override
    default String visit(ExperimentReason.ExperimentCondition r) {
        return "Your experiment: do this one as " + quoted(r.condition())
                + ExperimentQuestions.how(r.condition()).map(how -> ": " + how + ".").orElse(".");
    }

    /** A condition in the person's words, set apart from the sentence around it. */
    private static String quoted(String condition) {
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
        // A size that is not 0 is never shown as 0: two decimals where one would.
        String lower = low == 0 && smaller != 0 ? String.valueOf(Math.round(smaller * 100) / 100.0) : Wording.number(low);
        return lower + " and " + Wording.number(high) + (high == 1 ? " point" : " points");
    }
}
