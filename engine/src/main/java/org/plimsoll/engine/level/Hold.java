package org.plimsoll.engine.level;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.dose.Work;
import org.plimsoll.engine.reason.LevelReason;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.response.Response;
import org.plimsoll.engine.response.SessionResponse;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.unit.Ratio;
import org.plimsoll.engine.session.Session;

/**
 * One hold of a level (ENGINE.md section 6): the sessions done at it, counted from its first day,
 * and what they decide. Confirmed after the hold's days with at least 4 sessions at the level, 75%
 * of them green and none red; stepped back after two ambers in a row (at the new level, or below
 * the level), a red at a new level, too few greens at a new level by the hold's end, or no
 * confirmation 7 days past it.
 */
final class Hold {
    /** ... over at least this many sessions with a final response. */
    static final int HOLD_SESSIONS = 4;
    static final double CONFIRM_GREEN_SHARE = 0.75;
    /** Not confirmed 7 days after the hold should have ended (day 21 by default): step back. */
    static final int DEADLINE_EXTRA_DAYS = 7;
    /** After a step back the level is held half as long again. */
    static final double STEP_BACK_HOLD_FACTOR = 1.5;
    /** A session counts toward a hold when done at 90% or more of the level. */
    static final double COUNTS_FROM_SHARE = 0.90;
    static final int AMBERS_IN_A_ROW = 2;
    /** A hold confirms the frequency of its last two weeks. */
    static final int CONFIRMING_WEEKS = 2;

    final LocalDate start;
    final int length;
    /** A level just raised (not one stepped back to or settled at): a red or two ambers step it back at once. */
    final boolean newLevel;
    /** The sessions that count toward the hold: those at the level, and any red. */
    private final List<SessionResponse> counted = new ArrayList<>();
    /** Sessions done at the level whose next morning is not in yet: done, but not yet counted. */
    private int awaitingMorning;
    private int ambersInARow;
    /** The smallest dose of the amber sessions in the current row, as a share of the level's volume. */
    private double lowestAmberShare = 1;
    /** The highest effort of the amber sessions in the current row, where they gave one. */
    private Optional<Effort> highestAmberEffort = Optional.empty();

    Hold(LocalDate start, int length, boolean newLevel) {
        this.start = start;
        this.length = length;
        this.newLevel = newLevel;
    }

    /** What the hold decides: nothing yet, confirmed, a step back and why, or where it stands today. */
    sealed interface Verdict {
        record Undecided() implements Verdict {
        }

        record Confirmed(long green, int sessions) implements Verdict {
        }

        record StepBack(Reason why) implements Verdict {
        }

        record Standing(Reason where) implements Verdict {
        }
    }

    /**
     * A session's final response at {@code level}: it counts toward the hold when done at the level,
     * and its colour toward "two ambers in a row" even below it. A step back when it decides one.
     */
    Optional<Reason> session(LocalDate day, SessionResponse r, Dose level, boolean hasConfirmed) {
        if (r.response() == Response.RED) {
            if (newLevel && hasConfirmed) {
                return Optional.of(new LevelReason.RedAtNewLevel(day));
            }
            counted.add(r);
            return Optional.empty();
        }
        ambersInARow = r.response() == Response.AMBER ? ambersInARow + 1 : 0;
        Optional<Ratio> share = shareOf(r.session(), level);
        if (r.response() == Response.AMBER) {
            lowestAmberShare = Math.min(ambersInARow == 1 ? 1 : lowestAmberShare, share.map(Ratio::value).orElse(1.0));
            Optional<Effort> effort = r.session().rpe();
            Optional<Effort> before = ambersInARow == 1 ? Optional.empty() : highestAmberEffort;
            highestAmberEffort = effort.isEmpty() ? before
                    : before.filter(b -> b.compareTo(effort.get()) > 0).or(() -> effort);
        }
        if (countsToward(r.session(), level)) {
            counted.add(r);
        }
        if (ambersInARow >= AMBERS_IN_A_ROW && newLevel && hasConfirmed) {
            return Optional.of(new LevelReason.TwoAmbersAtNewLevel());
        }
        if (ambersInARow >= AMBERS_IN_A_ROW && lowestAmberShare < COUNTS_FROM_SHARE) {
            return Optional.of(new LevelReason.TwoAmbersBelowLevel(Math.round(lowestAmberShare * 100)));
        }
        return Optional.empty();
    }

    /** A session at the level still waiting for its next morning: said beside the count, never counted. */
    void awaiting(SessionResponse r, Dose level) {
        if (countsToward(r.session(), level)) {
            awaitingMorning++;
        }
    }

    /** The end of a day of the hold (not for strength, which goes by the week). */
    Verdict endOfDay(LocalDate day, boolean hasConfirmed, boolean isToday) {
        long elapsed = daysHeld(day);
        long greens = greens();
        boolean anyRed = anyRed();
        double share = counted.isEmpty() ? 1 : (double) greens / counted.size();
        if (elapsed >= length && counted.size() >= HOLD_SESSIONS && share >= CONFIRM_GREEN_SHARE && !anyRed) {
            return new Verdict.Confirmed(greens, counted.size());
        }
        if (elapsed >= length && newLevel && hasConfirmed && !counted.isEmpty() && share < CONFIRM_GREEN_SHARE) {
            return new Verdict.StepBack(new LevelReason.TooFewGreenAtNewLevel(greens, counted.size(), length,
                    Math.round(CONFIRM_GREEN_SHARE * 100)));
        }
        if (elapsed >= length + DEADLINE_EXTRA_DAYS && counted.size() >= HOLD_SESSIONS) {
            return new Verdict.StepBack(new LevelReason.NotConfirmedByDeadline(length + DEADLINE_EXTRA_DAYS,
                    greens, counted.size(), anyRed));
        }
        if (!isToday) {
            return new Verdict.Undecided();
        }
        if (elapsed < length) {
            return new Verdict.Standing(new LevelReason.HoldDay(elapsed, length, counted.size(), HOLD_SESSIONS, greens,
                    awaitingMorning));
        }
        if (counted.size() < HOLD_SESSIONS) {
            return new Verdict.Standing(new LevelReason.HoldNeedsSessions(elapsed, HOLD_SESSIONS - counted.size()));
        }
        return new Verdict.Standing(new LevelReason.HoldAwaitsGreen(elapsed, greens, counted.size(), anyRed,
                Math.round(CONFIRM_GREEN_SHARE * 100), length + DEADLINE_EXTRA_DAYS));
    }

    long daysHeld(LocalDate day) {
        return ChronoUnit.DAYS.between(start, day);
    }

    long greens() {
        return counted.stream().filter(x -> x.response() == Response.GREEN).count();
    }

    int sessions() {
        return counted.size();
    }

    boolean anyRed() {
        return counted.stream().anyMatch(x -> x.response() == Response.RED);
    }

    /**
     * What a confirmed hold confirms (section 6, confirmed at what was done): each variable only as
     * far as its sessions reached it. Frequency is the sessions a week done at the level in the hold's
     * last two weeks, to the nearest whole session (3 in two weeks is 2 a week: the 14 days end on the
     * day of the confirmation, so one session of the hold's first day may fall just outside them);
     * effort the highest effort done at the level within its cap; minutes or distance the level's,
     * since every counted session reached 90% of them. Never more than the level in any of them.
     */
    Dose confirmedAsDone(Dose level, LocalDate day) {
        long inLastTwoWeeks = counted.stream()
                .filter(x -> ChronoUnit.DAYS.between(x.date(), day) < CONFIRMING_WEEKS * 7L).count();
        int perWeek = (int) Math.max(1, Math.min(level.sessionsPerWeek(),
                Math.round(inLastTwoWeeks / (double) CONFIRMING_WEEKS)));
        int effort = counted.stream().map(x -> x.session().rpe()).filter(Optional::isPresent)
                .mapToInt(x -> x.get().value()).filter(x -> x <= level.rpeCap()).max().orElse(level.rpeCap());
        return level.withSessionsPerWeek(perWeek).withRpeCap(effort);
    }

    /** After two ambers in a row, the highest effort they were done at: a step back keeps under it. */
    Optional<Effort> amberEffort() {
        return ambersInARow >= AMBERS_IN_A_ROW ? highestAmberEffort : Optional.empty();
    }

    /**
     * After two ambers in a row below the level, the share of the level the smallest of them was:
     * the level comes down to a step below what the back took. Empty otherwise.
     */
    Optional<Ratio> amberShareBelowLevel() {
        return ambersInARow >= AMBERS_IN_A_ROW && lowestAmberShare < 1 ? Optional.of(new Ratio(lowestAmberShare))
                : Optional.empty();
    }

    /** Whether a session was done at the level: 90% or more of its minutes (or distance), within its effort cap. */
    static boolean countsToward(Session s, Dose level) {
        Optional<Ratio> share = shareOf(s, level);
        boolean bigEnough = share.isEmpty() || share.get().value() >= COUNTS_FROM_SHARE;
        boolean withinCap = s.rpe().map(Effort::value).map(r -> r <= level.rpeCap()).orElse(true);
        return bigEnough && withinCap;
    }

    /**
     * The session's dose as a share of the level's volume: work for strength with work, else
     * minutes, else distance; empty when the two cannot be compared.
     */
    static Optional<Ratio> shareOf(Session s, Dose level) {
        Optional<Work> work = level.work().isPresent() ? StrengthWork.of(s) : Optional.empty();
        if (work.isPresent() && !level.work().get().isZero()) {
            return Optional.of(work.get().shareOf(level.work().get()));
        } else if (level.minutes().isPresent() && !level.minutes().get().isZero()) {
            return Optional.of(new Ratio(s.minutes().shareOf(level.minutes().get())));
        } else if (level.distance().isPresent() && s.distance().isPresent() && level.distance().get().km() > 0) {
            return Optional.of(new Ratio(s.distance().get().shareOf(level.distance().get())));
        }
        return Optional.empty();
    }
}
