package org.plimsoll.engine.today;

import java.time.LocalDate;
import java.util.NavigableSet;
import java.util.Optional;
import org.plimsoll.engine.care.CareDecision;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.reason.TodayReason;
import org.plimsoll.engine.response.MorningBaseline;
import org.plimsoll.engine.response.Responses;
import org.plimsoll.engine.unit.MeanPain;
import org.plimsoll.engine.unit.Pain;

/**
 * The pain of one day as section 8 of ENGINE.md weighs it: the latest pain of the day (by the
 * moment it describes, any window), the usual pain B it is measured against (the mornings up to the
 * day before, leaving out mornings after a red session), and whether a clinician has set a level.
 * From these follow the PAIN_TODAY cut, "too much pain to train today" and "usual pain 5 or more:
 * walks and mobility only", which the safety envelope enforces.
 */
public record DayPain(Optional<Pain> latest, Optional<MeanPain> usual, boolean levelSetByClinician) {
    /** Pain from which the live guide stops and no session is offered beyond an easy walk (seed 003). */
    public static final int HIGH = Responses.STOP_PAIN;
    /** The easy walk still offered on a day of high pain: up to this many minutes ... */
    public static final int EASY_WALK_MINUTES = 20;
    /** ... at up to this effort. */
    public static final int EASY_WALK_EFFORT = 3;

    /** Nothing known: a later day of the week plan, or a day without any pain entered. */
    public static final DayPain UNKNOWN = new DayPain(Optional.empty(), Optional.empty(), false);

    /**
     * The pain of {@code day} as seen at the end of the history's day. {@code redDays} are the days
     * of red sessions, whose next mornings the usual pain leaves out.
     */
    public static DayPain on(AsOf asOf, LocalDate day, NavigableSet<LocalDate> redDays) {
        return new DayPain(PainToday.latest(asOf, day), usualBefore(asOf, day, redDays),
                asOf.history().care(CareDecision.LevelSet.class).stream().anyMatch(d -> !d.date().isAfter(day)));
    }

    /** B for a day: the mornings up to the day before, so that today's own pain does not move it. */
    static Optional<MeanPain> usualBefore(AsOf asOf, LocalDate day, NavigableSet<LocalDate> redDays) {
        return MorningBaseline.on(asOf, day.minusDays(1), MorningBaseline.morningsAfter(redDays));
    }

    /** The person's usual pain B is 5 or more. */
    public boolean usualHigh() {
        return usual.isPresent() && usual.get().value() >= HIGH;
    }

    /**
     * Walks and mobility only (section 8): usual pain of 5 or more, and no level set by a clinician
     * yet; the first reason is {@link #usualHighReason()}.
     */
    public boolean walksAndMobilityOnly() {
        return usualHigh() && !levelSetByClinician;
    }

    /**
     * The pain from which today counts as too much to train: 5, or B + 2 for someone whose usual pain
     * is 5 or more once a clinician has set their level.
     */
    public double highFrom() {
        return usualHigh() && levelSetByClinician ? usual.get().value() + Responses.MEANINGFUL_CHANGE : HIGH;
    }

    /**
     * Today's pain is too much to train: nothing beyond an optional easy walk (up to 20 minutes at
     * effort 3 or less) and the warm-up routine, with {@link #tooHighReason()}.
     */
    public boolean tooHighToTrain() {
        return latest.isPresent() && latest.get().value() >= highFrom();
    }

    /** Today's pain is 2 or more above the usual (5 or more while the usual is not known): the 15% cut. */
    public boolean wellAboveUsual() {
        if (latest.isEmpty()) {
            return false;
        }
        int pain = latest.get().value();
        return usual.isPresent() ? pain >= usual.get().value() + Responses.MEANINGFUL_CHANGE : pain >= HIGH;
    }

    /**
     * Why there is no training today, with what is still offered; only when {@link #tooHighToTrain()}.
     * {@code flareOffered}: whether to offer to record a flare (not while one is in force).
     */
    public Reason tooHighReason(boolean flareOffered) {
        if (!tooHighToTrain()) {
            throw new IllegalStateException("today's pain is not too high to train: " + this);
        }
        return new TodayReason.PainTooHighToTrain(latest.get().value(), highFrom(), EASY_WALK_MINUTES,
                EASY_WALK_EFFORT, flareOffered);
    }

    /** Why only walks and mobility are offered; only when {@link #walksAndMobilityOnly()}. */
    public Reason usualHighReason() {
        if (!walksAndMobilityOnly()) {
            throw new IllegalStateException("usual pain is not 5 or more without a clinician's level: " + this);
        }
        return new TodayReason.UsualPainHigh(usual.get().value(), HIGH);
    }
}
