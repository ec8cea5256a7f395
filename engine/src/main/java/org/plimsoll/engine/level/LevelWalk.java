package org.plimsoll.engine.level;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.dose.Variable;
import org.plimsoll.engine.flare.FlareEpisode;
import org.plimsoll.engine.flare.Flares;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.profile.Goal;
import org.plimsoll.engine.reason.FlareReason;
import org.plimsoll.engine.reason.LevelReason;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.response.SessionResponse;
import org.plimsoll.engine.settings.CoachingSettings;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.unit.Ratio;

/**
 * One activity's level walked from its starting day to the day assessed (ENGINE.md sections 6, 7): each
 * day its flare, break, sessions and end-of-day verdict, in that order.
 */
final class LevelWalk {
    private final Activity activity;
    private final AsOf asOf;
    private final CoachingSettings settings;
    private final Optional<Goal> goal;
    private final Predicate<LocalDate> paused;
    private final List<FlareEpisode> flares;
    /** This activity's responses, oldest first, walked once alongside the days. */
    private final List<SessionResponse> own;
    private final Map<String, Dose> levelAtSession = new HashMap<>();

    private LevelState state = LevelState.HOLD;
    private Dose current;
    private Optional<Dose> confirmed = Optional.empty();
    private Hold hold;
    private int stepBacks;
    /** The variable raised last, the one that failed at its last try, and how many rises so far. */
    private Optional<Variable> changed = Optional.empty();
    private Optional<Variable> lastTried = Optional.empty();
    private Optional<Variable> failed = Optional.empty();
    private int progressions;
    private Optional<FlareEpisode> flare = Optional.empty();
    private Dose beforeFlare;
    private Optional<LocalDate> lastFlareEnded = Optional.empty();
    private List<Reason> reasons = new ArrayList<>();
    /** The last day of this walk: the day assessed, or the day before the activity started again. */
    private final LocalDate until;
    /** The day of the latest session, or the level's first day before any. */
    private LocalDate lastSeen;
    /** Away for longer than the break: the lighter level waits for the first session back to begin its hold. */
    private boolean onBreak;

    LevelWalk(Activity activity, AsOf asOf, List<SessionResponse> own, List<FlareEpisode> flares,
         Predicate<LocalDate> paused, StartingLevel start, LocalDate until) {
        this.activity = activity;
        this.asOf = asOf;
        this.settings = asOf.history().settings();
        this.goal = asOf.history().profile().goals().stream().filter(g -> g.activity() == activity).findFirst();
        this.paused = paused;
        this.flares = flares;
        this.own = own;
        this.until = until;
        this.current = start.dose();
        this.hold = new Hold(start.since(), settings.holdDays(), false);
        this.lastSeen = start.since();
        this.reasons.add(start.reason());
    }

    Calibration.Outcome toEnd() {
        int next = 0;
        while (next < own.size() && own.get(next).date().isBefore(hold.start)) {
            next++;
        }
        int nextFlare = 0;
        for (LocalDate day = hold.start; !day.isAfter(until); day = day.plusDays(1)) {
            // Episodes are in order and never overlap: skip those that ended on or before this day.
            LocalDate today = day;
            while (nextFlare < flares.size() && flares.get(nextFlare).ended().filter(e -> !today.isBefore(e)).isPresent()) {
                nextFlare++;
            }
            flareOn(day, nextFlare < flares.size() && flares.get(nextFlare).activeOn(day)
                    ? Optional.of(flares.get(nextFlare)) : Optional.empty());
            if (flare.isEmpty() && !onBreak && ChronoUnit.DAYS.between(lastSeen, day) > settings.breakDays()) {
                takeBreak(day);
            }
            while (next < own.size() && own.get(next).date().equals(day)) {
                SessionResponse r = own.get(next++);
                // The session that starts a flare was done under the level before it, not the flare's dose.
                boolean startsFlare = flare.filter(f -> f.since().equals(today)).isPresent();
                levelAtSession.put(r.session().id(), startsFlare ? current : inForce());
                if (onBreak) {
                    backFromBreak(day);
                }
                lastSeen = day;
                if (flare.isEmpty() && r.response().isFinal()) {
                    session(day, r);
                } else if (flare.isEmpty() && state == LevelState.HOLD) {
                    hold.awaiting(r, current);
                }
            }
            if (flare.isEmpty() && state == LevelState.HOLD && !onBreak) {
                endOfDay(day);
            }
        }
        return outcome();
    }

    /** The line in force: in a flare, the flare's reduced dose of the level it started from. */
    private Dose inForce() {
        return flare.isPresent() ? Flares.dose(beforeFlare, flare.get(), settings) : current;
    }

    private Calibration.Outcome outcome() {
        int heldFor = state == LevelState.HOLD && flare.isEmpty() && !onBreak ? (int) hold.daysHeld(asOf.date()) : 0;
        Dose shown = inForce();
        List<Reason> why = new ArrayList<>(onBreak && flare.isEmpty()
                ? List.of(new LevelReason.BreakLevelDown(activity,
                        ChronoUnit.DAYS.between(lastSeen, asOf.date()) / 7, Break.VOLUME_PERCENT, current))
                : reasons);
        flare.ifPresent(f -> why.add(0, new FlareReason.FlareDose(f.since(), shown.rpeCap(),
                Flares.volumePercent(f, settings), f.frequencyCut())));
        boolean raisedLevel = state == LevelState.PROGRESS || state == LevelState.HOLD && hold.newLevel;
        return new Calibration.Outcome(activity, flare.isPresent() ? LevelState.FLARE : state, confirmed, Optional.of(shown),
                raisedLevel ? changed : Optional.empty(), heldFor, stepBacks, flare, why, levelAtSession);
    }

    /**
     * A flare starting takes the level it started from (the last confirmed one, or the dose that
     * just failed when it follows soon after another flare); a flare settling leaves its reduced
     * dose to be held until it is confirmed (section 7).
     */
    private void flareOn(LocalDate day, Optional<FlareEpisode> now) {
        if (now.isPresent() && flare.isEmpty()) {
            boolean soonAfterLast = lastFlareEnded.filter(end -> ChronoUnit.DAYS.between(end, now.get().since())
                    <= Flares.RESTART_WITHIN_DAYS).isPresent();
            beforeFlare = soonAfterLast ? current : confirmed.orElse(current);
        } else if (now.isEmpty() && flare.isPresent()) {
            current = Flares.dose(beforeFlare, flare.get(), settings);
            lastFlareEnded = Optional.of(day);
            hold(day, false, settings.holdDays());
            reasons = new ArrayList<>(List.of(flare.get().endedByClinician()
                    .orElse(new FlareReason.FlareSettledHolding(day))));
        }
        flare = now;
    }

    private void session(LocalDate day, SessionResponse r) {
        if (state == LevelState.PROGRESS || state == LevelState.STEP_BACK) {
            // The first session at a new or stepped-back level begins its hold.
            hold(day, hold.newLevel, hold.length);
            reasons = new ArrayList<>(List.of(new LevelReason.Holding(current, day)));
        }
        hold.session(day, r, current, confirmed.isPresent()).ifPresent(why -> stepBack(day, why));
    }

    private void endOfDay(LocalDate day) {
        if (activity == Activity.STRENGTH) {
            strengthWeek(day);
            return;
        }
        Hold.Verdict verdict = hold.endOfDay(day, confirmed.isPresent(), day.equals(asOf.date()));
        if (verdict instanceof Hold.Verdict.Confirmed c) {
            if (paused.test(day)) {
                reasons = new ArrayList<>(List.of(new LevelReason.ConfirmedButPaused()));
            } else {
                confirm(day, c.green(), c.sessions());
            }
        } else if (verdict instanceof Hold.Verdict.StepBack s) {
            stepBack(day, s.why());
        } else if (verdict instanceof Hold.Verdict.Standing s) {
            reasons = new ArrayList<>(reasons.subList(0, Math.min(1, reasons.size())));
            reasons.add(s.where());
        }
    }

    private void strengthWeek(LocalDate day) {
        long elapsed = hold.daysHeld(day);
        if (elapsed < StrengthWeek.JUDGED_AFTER_DAYS && !day.equals(asOf.date())) {
            return;
        }
        if (hold.anyRed() && confirmed.isPresent()) {
            stepBack(day, new LevelReason.StrengthRed());
            return;
        }
        if (elapsed < StrengthWeek.JUDGED_AFTER_DAYS) {
            return;
        }
        if (hold.sessions() > 0 && hold.greens() == hold.sessions() && !paused.test(day)) {
            confirmed = Optional.of(current);
            StrengthWeek next = StrengthWeek.after(current);
            current = next.dose();
            changed = next.changed();
            hold(day.plusDays(1), true, StrengthWeek.WEEK_DAYS);
            reasons = new ArrayList<>(List.of(next.why()));
        } else {
            hold(day.plusDays(1), hold.newLevel, StrengthWeek.WEEK_DAYS);
        }
    }

    /** Confirmed: then one variable rises by one step, or the level stays where every goal is met. */
    private void confirm(LocalDate day, long green, int sessions) {
        Dose done = hold.confirmedAsDone(current, day);
        confirmed = Optional.of(done);
        stepBacks = 0;
        List<Reason> why = new ArrayList<>(List.of(new LevelReason.Confirmed(day, green, sessions, hold.length)));
        if (!done.equals(current)) {
            why.add(new LevelReason.ConfirmedAsDone(current, done));
        }
        Optional<Variable> next = Progression.next(done, goal, failed, progressions);
        if (next.isEmpty()) {
            hold(day, false, settings.holdDays());
            why.add(new LevelReason.AtGoal());
            reasons = why;
            return;
        }
        // Half a step on the duration or distance that failed at its last try. The rise starts from what
        // was confirmed; a level never reached stays a ceiling, not a floor to build on.
        boolean half = failed.equals(next) && Progression.isVolume(next.get());
        Dose before = done;
        current = Progression.raise(done, next.get(), half ? settings.progressionStep() / 2
                : settings.progressionStep());
        changed = next;
        lastTried = next;
        failed = Optional.empty();
        progressions++;
        state = LevelState.PROGRESS;
        hold = new Hold(day, settings.holdDays(), true);
        why.add(new LevelReason.NextChange(next.get(), before, current, half));
        reasons = why;
    }

    /**
     * Back to the last confirmed level from a new one (and that variable has failed), else one
     * step down; after ambers below the level, a step below the smallest of them. Held longer.
     */
    private void stepBack(LocalDate day, Reason why) {
        stepBacks++;
        Dose before = current;
        double step = settings.progressionStep();
        if (hold.newLevel && confirmed.isPresent()) {
            current = confirmed.get();
            failed = lastTried;
        } else {
            current = current.scaledVolume(1 - step);
            failed = Optional.empty();
        }
        Optional<Ratio> tolerated = hold.amberShareBelowLevel();
        if (tolerated.isPresent() && current.volumeAbove(tolerated.get().value() * (1 - step), before)) {
            current = current.atMost(before.scaledVolume(tolerated.get().value() * (1 - step)));
        }
        // Two ambers at an easier effort than the level allowed: the effort they were done at is the edge.
        Optional<Effort> amberEffort = hold.amberEffort();
        if (amberEffort.isPresent() && amberEffort.get().value() < current.rpeCap()) {
            current = current.withRpeCap(amberEffort.get().value());
        }
        state = LevelState.STEP_BACK;
        hold = new Hold(day, (int) Math.round(settings.holdDays() * Hold.STEP_BACK_HOLD_FACTOR), false);
        changed = Optional.empty();
        reasons = new ArrayList<>(List.of(why, new LevelReason.SteppedBack(before, current, hold.length)));
    }

    /**
     * No session for longer than the break (21 days by default): back at 70% of the last confirmed
     * level, effort up to 4, a session a week fewer, held again from the first session back.
     */
    private void takeBreak(LocalDate day) {
        Dose from = confirmed.map(c -> c.atMost(current)).orElse(current);
        current = Break.dose(from);
        onBreak = true;
        changed = Optional.empty();
        hold(day, false, settings.holdDays());
    }

    private void backFromBreak(LocalDate day) {
        onBreak = false;
        if (flare.isPresent()) {
            return; // the flare's dose stands; its end starts the hold
        }
        hold(day, false, settings.holdDays());
        reasons = new ArrayList<>(List.of(new LevelReason.BackAfterBreak(activity,
                ChronoUnit.DAYS.between(lastSeen, day) / 7, current)));
    }

    private void hold(LocalDate day, boolean newLevel, int length) {
        state = LevelState.HOLD;
        hold = new Hold(day, length, newLevel);
    }
}
