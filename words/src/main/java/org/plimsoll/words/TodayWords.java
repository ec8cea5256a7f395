package org.plimsoll.words;

import org.plimsoll.engine.reason.TodayReason;

/** The words of today's cuts and of a day too sore to train (ENGINE.md section 8). */
interface TodayWords extends TodayReason.Visitor<String>, Phrases {
    @Override
    default String visit(TodayReason.ShortSleep r) {
        return "Short sleep last night (" + number(r.hours()) + " hours, under " + number(r.under()) + ").";
    }

    @Override
    default String visit(TodayReason.PoorSleep r) {
        return "Poor sleep last night (" + r.quality() + " of 5).";
    }

    @Override
    default String visit(TodayReason.HighStress r) {
        return "High stress (" + r.stress() + "/10).";
    }

    @Override
    default String visit(TodayReason.LongSitting r) {
        return "Long sitting yesterday (" + number(r.hours()) + " hours, " + number(r.fromHours()) + " or more).";
    }

    @Override
    default String visit(TodayReason.HrvBelowUsual r) {
        return "Your heart-rate variability has been below your usual range for a week, so your body may"
                + " be less ready for training.";
    }

    @Override
    default String visit(TodayReason.RestingHeartRateUp r) {
        return "Your resting heart rate has been above your usual range two mornings running ("
                + r.yesterdayBpm() + " and " + r.todayBpm() + " beats a minute), so your body may be less ready"
                + " for training.";
    }

    @Override
    default String visit(TodayReason.PainUpToday r) {
        return "Pain " + r.pain() + "/10 today, well above your usual " + number(r.usual()) + ".";
    }

    @Override
    default String visit(TodayReason.PainHighToday r) {
        return "Pain " + r.pain() + "/10 today: at " + number(r.painFrom())
                + " or more, take it easier.";
    }

    @Override
    default String visit(TodayReason.PainTooHighToTrain r) {
        return "Pain " + r.pain() + "/10 today is too much to train on (the line is "
                + number(r.painFrom()) + "/10): at most an easy walk of up to " + r.walkMinutes() + " minutes at effort "
                + r.walkEffort() + " or less, and your warm-up routine." + (r.flareOffered()
                ? " If your back is flaring, you can say so and the plan eases off." : "");
    }

    @Override
    default String visit(TodayReason.UsualPainHigh r) {
        return "Your usual pain is " + number(r.usual()) + "/10, which is " + number(r.painFrom())
                + " or more: for now, walks and mobility only. Set your training plan with your "
                + "physiotherapist; once they have set a level, Plimsoll follows it.";
    }

    @Override
    default String visit(TodayReason.RecentRed r) {
        return "A red session in the last " + days(r.days()) + " (" + date(r.date()) + ").";
    }

    @Override
    default String visit(TodayReason.YourOwnCut r) {
        return of(r.cause()) + " For you, the morning after such a day "
                + "has been " + compared(r.pointsWorse()) + " than after other days ("
                + sessions(r.withCause()) + " like it and " + r.without() + " others), so "
                + (r.percent() == r.usualPercent() ? "the usual " + r.percent() + "% stands."
                : "today's cut is " + r.percent() + "%, not the usual " + r.usualPercent() + "%.");
    }

    @Override
    default String visit(TodayReason.TodayCut r) {
        return Math.abs(r.percent()) + "% lighter today. " + of(r.cause());
    }

    @Override
    default String visit(TodayReason.TodayLevel r) {
        return "Today: effort up to " + r.effortCap() + r.minutes()
                .map(m -> ", " + m.value() + " minutes").orElse("") + ".";
    }

    private static String compared(double points) {
        if (points == 0) {
            return "no worse";
        }
        return Wording.number(Math.abs(points)) + (Math.abs(points) == 1 ? " point " : " points ")
                + (points > 0 ? "worse" : "better");
    }
}
