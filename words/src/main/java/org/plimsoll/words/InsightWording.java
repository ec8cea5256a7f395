package org.plimsoll.words;

/**
 * The insights' terms in words (ENGINE.md section 11): what each factor is, one unit of it, and a
 * clear finding's size and range, never as a negative number or a statistics word.
 */
public final class InsightWording {
    private InsightWording() {
    }

    /** One unit of a factor of the insights, as a person would say it. */
    public static String factorUnit(String factor) {
        return switch (factor) {
            case "duration" -> "each extra 10 minutes";
            case "effort" -> "each extra effort point";
            case "sleep" -> "each hour less sleep";
            case "stress" -> "each extra stress point";
            case "sitting" -> "each extra hour of sitting the day before";
            case "heart-rate variability" -> "each 10 ms lower heart-rate variability that morning";
            case "resting heart rate" -> "each 5 beats a minute higher resting heart rate that morning";
            case "readiness" -> "each day your watch or ring said you were less ready";
            case "impact" -> "each extra 10 minutes of impact (running, jumping)";
            case "arm load" -> "each extra 10 minutes of sustained arm work";
            case "turning load" -> "each extra 10 minutes of turning at a moderate effort";
            case "breathing load" -> "each extra 10 minutes of hard breathing (effort 6 or more)";
            default -> factor;
        };
    }

    /**
     * Too few sessions for insights, with the engine's one count of sessions with a next-morning
     * check-in: "Not enough data yet: 1 session with a next-morning check-in; about 19 more are needed."
     */
    public static String notEnoughYet(int sessions, int more) {
        return "Not enough data yet: " + Wording.count(sessions, "session", "sessions")
                + " with a next-morning check-in; about " + more + (more == 1 ? " more is" : " more are") + " needed.";
    }

    /**
     * A clear insight's size on the next morning with its direction, never a negative number:
     * "0.4 points worse", "0.5 points better".
     */
    public static String morningChange(double effect) {
        return size(Math.abs(effect)) + (Math.abs(effect) == 1 ? " point " : " points ")
                + (effect > 0 ? "worse" : "better");
    }

    /** A clear insight's interval as sizes, the smaller first: "0.1 to 0.8 points". */
    public static String morningRange(double low, double high) {
        return size(Math.min(Math.abs(low), Math.abs(high))) + " to " + size(Math.max(Math.abs(low), Math.abs(high)))
                + " points";
    }

    /** A clear change in the chance of a red session, per 100 sessions: "12 in 100 more often". */
    public static String redChange(double effect) {
        return Math.round(Math.abs(effect) * 100) + " in 100 " + (effect > 0 ? "more" : "less") + " often";
    }

    /** Its interval per 100 sessions, the smaller first: "3 to 20 in 100". */
    public static String redRange(double low, double high) {
        long a = Math.round(Math.abs(low) * 100);
        long b = Math.round(Math.abs(high) * 100);
        return Math.min(a, b) + " to " + Math.max(a, b) + " in 100";
    }

    /** A size of one decimal, or two where one would show a size that is not 0 as 0. */
    private static String size(double v) {
        double one = Math.round(v * 10) / 10.0;
        return one == 0 && v != 0 ? String.valueOf(Math.round(v * 100) / 100.0) : Wording.number(one);
    }

    /** What a factor of the insights is, for the page that explains its terms. */
    public static String factorMeaning(String factor) {
        return switch (factor) {
            case "duration" -> "how long a session lasted";
            case "effort" -> "how hard a session felt, from 0 (rest) to 10 (flat out)";
            case "sleep" -> "hours slept the night before a session";
            case "stress" -> "stress that day, from 0 to 10";
            case "sitting" -> "hours spent sitting the day before a session";
            case "heart-rate variability" -> "the variation between heartbeats your watch or ring measured that morning;"
                    + " lower than usual can mean the body is tired";
            case "resting heart rate" -> "your heart rate at rest that morning, as your watch or ring measured it";
            case "readiness" -> "days your watch or ring said you were less ready than usual (and Today was lighter)";
            case "impact" -> "minutes of activity where the feet land hard: running, jumping, racket sports";
            case "arm load" -> "minutes of steady work with the arms: rowing, swimming, paddling";
            case "turning load" -> "minutes of twisting through the trunk (golf, tennis, swimming), weighted by effort";
            case "breathing load" -> "minutes at effort 6 or more, when breathing is hard";
            default -> factor;
        };
    }
}
