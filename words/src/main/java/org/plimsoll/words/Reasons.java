package org.plimsoll.words;

import java.util.List;
import org.plimsoll.engine.profile.Units;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.reason.TodayReason;
import org.plimsoll.engine.today.Adjustment;
import org.plimsoll.engine.unit.Minutes;

/**
 * The engine's reasons as sentences: the one place their words live, for the pages, the report,
 * the calendar and the API. Plain words, effort for RPE, no code names, no sources; a change of
 * wording (or a translation) happens here and nowhere else.
 */
public final class Reasons {
    private Reasons() {
    }

    public static List<String> of(List<Reason> reasons, Units units) {
        return reasons.stream().map(r -> of(r, units)).toList();
    }

    /** In kilometres: for the scenario files and the API, whose numbers are metric. */
    public static List<String> of(List<Reason> reasons) {
        return of(reasons, Units.KM);
    }

    public static String of(Reason r) {
        return of(r, Units.KM);
    }

    public static String of(Reason r, Units units) {
        return r.accept(new Sentence(units));
    }

    /** One of today's adjustments: "10% lighter today. Short sleep last night (5.5 hours, under 6)." */
    public static String adjustment(Adjustment a, Units units) {
        return of(new TodayReason.TodayCut(a.percent(), a.reason()), units);
    }

    /** A level's reasons on a page that lists today's adjustments once, above the levels. */
    public static List<String> besideAdjustments(List<Reason> reasons, Units units) {
        return of(reasons.stream().filter(r -> !(r instanceof TodayReason.TodayCut)).toList(), units);
    }

    /**
     * A referral's reasons under a heading that already says what to do: each without the action
     * it would otherwise start with, so the page says it once.
     */
    public static List<String> underAction(List<Reason> reasons, Units units) {
        return reasons.stream().map(r -> {
            String words = of(r, units);
            if (r instanceof Reason.Referral referral) {
                String action = Wording.urgency(referral.urgency()) + ". ";
                return words.startsWith(action) ? words.substring(action.length()) : words;
            }
            return words;
        }).toList();
    }

    /** Every reason in words: each kind's sentences live in its own file, by ENGINE.md section. */
    private record Sentence(Units units) implements Reason.Visitor<String>, LevelWords, FlareWords, ResponseWords,
            TodayWords, CareWords, PlanWords, InsightWords, ExperimentWords {
    }
}
