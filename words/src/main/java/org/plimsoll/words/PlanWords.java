package org.plimsoll.words;

import java.util.stream.Collectors;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.reason.PlanReason;

/** The words of the week plan's notes and the safety envelope (ENGINE.md sections 10 and 12, issue 25). */
interface PlanWords extends PlanReason.Visitor<String>, Phrases {
    @Override
    default String visit(PlanReason.BoomAndBust r) {
        return Wording.count(r.cycles(), "boom-and-bust cycle", "boom-and-bust cycles")
                + " in the last " + r.weeks() + " weeks: big days followed by a flare-up or days off. Steadier, "
                + "smaller sessions usually get further.";
    }

    @Override
    default String visit(PlanReason.OptionalWalk r) {
        return "If you like: a walk of " + r.fromMinutes() + "–" + r.toMinutes()
                + " minutes at an easy pace keeps you moving.";
    }

    @Override
    default String visit(PlanReason.WarmUp r) {
        return "Warm up " + r.fromMinutes() + "–" + r.toMinutes() + " minutes first: "
                + String.join(", ", Exercises.WARM_UP) + ".";
    }

    @Override
    default String visit(PlanReason.RunFormInFlare r) {
        return "Form: a slightly shorter stride, cadence up 3–5%, extra care downhill.";
    }

    @Override
    default String visit(PlanReason.EasyRun r) {
        return "An easy run, at a pace you can talk at.";
    }

    @Override
    default String visit(PlanReason.HarderRun r) {
        return "The week's harder run: your level's usual length at effort up to " + r.effort()
                + ", with no hard day either side.";
    }

    @Override
    default String visit(PlanReason.ArmSwing r) {
        return "Arms swing forward and back, not across the body; shoulders down and relaxed.";
    }

    @Override
    default String visit(PlanReason.UpperBackCare r) {
        return "Add breathing drills and upper-back mobility.";
    }

    @Override
    default String visit(PlanReason.PostureBreaks r) {
        return "You have been sitting up to " + number(r.sittingHours()) + " hours a day: stand up "
                + "and move at least every " + r.everyMinutes() + " minutes.";
    }

    @Override
    default String visit(PlanReason.SpikeGuard r) {
        return "Kept to " + r.percent() + "% of your longest " + activity(r.activity())
                + " in the last " + r.days() + " days (" + r.longestMinutes()
                + " minutes): one big jump is what tends to hurt.";
    }

    @Override
    default String visit(PlanReason.FlareEasySession r) {
        return "Flare: an easy, shorter session; keeping the habit of moving matters more "
                + "than the load.";
    }

    @Override
    default String visit(PlanReason.PausedAtConfirmed r) {
        return "Nothing is raised until a clinician has seen you: this is your last "
                + "confirmed level.";
    }

    @Override
    default String visit(PlanReason.PausedNothingRaised r) {
        return "Nothing is raised until a clinician has seen you.";
    }

    @Override
    default String visit(PlanReason.LighterToday r) {
        return "Lighter today: " + r.causes().stream()
                .map(c -> of(c)).collect(Collectors.joining(" "));
    }

    @Override
    default String visit(PlanReason.LighterAfterRed r) {
        return "Lighter while a recent red session settles.";
    }

    @Override
    default String visit(PlanReason.OneChange r) {
        return "One change from last week: " + Wording.variable(r.variable()) + ".";
    }

    @Override
    default String visit(PlanReason.ConfirmedLevel r) {
        return "Your level, confirmed.";
    }

    @Override
    default String visit(PlanReason.HeldLevel r) {
        return "Your level, held until it is confirmed.";
    }

    @Override
    default String visit(PlanReason.FlareSport r) {
        return flareWords(r.activity());
    }

    @Override
    default String visit(PlanReason.ReturnPhase r) {
        return "Phase " + r.phase() + " of the return to training: short and controlled.";
    }

    @Override
    default String visit(PlanReason.CarefulForNow r) {
        return "Careful for now: " + String.join("; ", Exercises.CAREFUL_FOR_NOW) + ".";
    }

    @Override
    default String visit(PlanReason.FlareSwap r) {
        return "Flare swap: low-impact cardio (cycle, incline walk, elliptical or deep-water "
                + "running), " + r.fromMinutes() + "–" + r.toMinutes() + " minutes, easy.";
    }

    @Override
    default String visit(PlanReason.HeldUntilSeen r) {
        return "Until a clinician has seen you, " + activity(r.activity())
                + " stays at most at your last confirmed level: " + dose(r.level()) + ".";
    }

    @Override
    default String visit(PlanReason.HeldInFlare r) {
        return "While your back is flaring, " + activity(r.activity())
                + " goes no higher than the flare's lighter dose: " + dose(r.level()) + ".";
    }

    @Override
    default String visit(PlanReason.WithinYourLevel r) {
        return "Kept within your " + activity(r.activity()) + " level.";
    }

    @Override
    default String visit(PlanReason.WeeklyGuard r) {
        return "Shortened so this week's " + activity(r.activity()) + " stays within "
                + r.allowedMinutes() + " minutes: at most " + r.percent() + "% of the most you did in any of "
                + "the last 4 weeks (" + r.mostMinutes() + " minutes).";
    }

    @Override
    default String visit(PlanReason.NoHardDaysBackToBack r) {
        return "Kept at effort " + r.effort() + " or less: no two hard days back "
                + "to back, and one hard session a day at most.";
    }

    @Override
    default String visit(PlanReason.NoHardDayInFlare r) {
        return "No hard sessions while your back is flaring: keep it easy.";
    }

    /** What a flare means for each kind of sport (ENGINE.md section 7), in its own words. */
    private static String flareWords(Activity activity) {
        return switch (activity) {
            case RUN -> "Flare: easy, conversational pace only; no intervals, tempo, hills or long runs.";
            case GOLF -> "Flare: half swings at a slower tempo; putting and chipping rather than full drives.";
            case SWIM -> "Flare: easy strokes, with kick sets and a pull buoy; no hard intervals.";
            case TENNIS -> "Flare: gentle rallies at half pace; no serves or overheads.";
            case ROW -> "Flare: easy strokes at a low rate; no hard pieces.";
            case BACK_EXERCISES -> "Flare: the gentlest moves only, slowly and in a range that stays comfortable.";
            case STRENGTH -> "Flare: heavy deadlifts and high-volume hinging paused; stable lower-body work and "
                    + "stability builders only.";
            default -> "Flare: an easy pace only, at a reduced range and speed.";
        };
    }
}
