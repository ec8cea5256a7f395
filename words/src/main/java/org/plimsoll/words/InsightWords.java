package org.plimsoll.words;

import org.plimsoll.engine.reason.InsightReason;

/** The words of the insights (ENGINE.md section 11) and of the live guide (section 4). */
interface InsightWords extends InsightReason.Visitor<String>, Phrases {
    @Override
    default String visit(InsightReason.InsightsNeedSessions r) {
        return "Not enough data yet: " + Wording.count(r.moreSessions(),
                "more session", "more sessions") + " with a next-morning check-in (once your usual morning "
                + "pain is known), and Plimsoll can show what matters most for your back.";
    }

    @Override
    default String visit(InsightReason.Insight r) {
        return insight(r);
    }

    @Override
    default String visit(InsightReason.InsightsNothingClear r) {
        return "Nothing stands out clearly yet in " + sessions(r.sessions())
                + ": none of the factors goes with a worse or better next morning more than chance would. "
                + "More sessions will sharpen this.";
    }

    @Override
    default String visit(InsightReason.LiveSharp r) {
        return "Sharp pain: stop this movement and pick a different one.";
    }

    @Override
    default String visit(InsightReason.LiveStop r) {
        return "Pain " + r.pain() + "/10: stop this movement and pick a different one.";
    }

    @Override
    default String visit(InsightReason.LiveRising r) {
        return "Pain is rising (" + r.earlier() + " → " + r.pain()
                + "): stop this movement and pick a different one.";
    }

    @Override
    default String visit(InsightReason.LiveCarryOn r) {
        return "Pain " + r.pain() + "/10 and not rising: carry on.";
    }

    @Override
    default String visit(InsightReason.LiveModify r) {
        return "Pain " + r.pain() + "/10: shorten it, keep it easy, and reduce load, range or "
                + "tempo.";
    }

    /**
     * A clear finding in plain words, with the range it likely lies in and what to do about it.
     * The direction is in the word (worse, better), so the numbers are sizes, never negative,
     * and the range runs from the smaller size to the larger.
     */
    private String insight(InsightReason.Insight r) {
        String factor = r.factor();
        double effect = r.effect();
        double low = Math.abs(r.low());
        double high = Math.abs(r.high());
        boolean worse = effect > 0;
        return "For you, " + InsightWording.factorUnit(factor) + " goes with a next morning about "
                + points(Math.abs(effect)) + (worse ? " worse" : " better") + " (likely between "
                + points(Math.min(low, high)) + " and " + points(Math.max(low, high)) + ")."
                + (worse ? advice(factor) : "");
    }

    /** A size in pain points: one decimal, or two where one would show a size that is not 0 as 0. */
    private static String points(double v) {
        double rounded = Math.round(v * 10) / 10.0;
        if (rounded == 0 && v != 0) {
            rounded = Math.round(v * 100) / 100.0;
            return String.valueOf(rounded) + " points";
        }
        return rounded == 1 ? "1 point" : Wording.number(rounded) + " points";
    }

    /** What to do with a clear finding that goes with worse mornings. */
    private static String advice(String factor) {
        return switch (factor) {
            case "duration" -> " Keep sessions at or under your level's minutes and add length slowly.";
            case "effort" -> " Keep to your effort cap; raise effort last.";
            case "sleep" -> " On days after a short night, take the lighter dose Today offers.";
            case "stress" -> " On stressful days, a shorter or easier session is the better choice.";
            case "sitting" -> " Break up long sitting with short walks or stretches.";
            case "heart-rate variability", "resting heart rate", "readiness" ->
                    " On mornings your watch or ring says you are less ready, take the lighter dose Today offers.";
            default -> " Build this part up slowly.";
        };
    }
}
