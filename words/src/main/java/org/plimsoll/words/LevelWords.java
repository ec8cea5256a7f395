package org.plimsoll.words;

import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.dose.Variable;
import org.plimsoll.engine.reason.LevelReason;
import org.plimsoll.engine.unit.Minutes;

/** The words of a level's reasons (ENGINE.md section 6). */
interface LevelWords extends LevelReason.Visitor<String>, Phrases {
    @Override
    default String visit(LevelReason.NoLevelYet r) {
        return "No level yet: do a baseline test or log a first week of " + activity(r.activity())
                + " sessions.";
    }

    @Override
    default String visit(LevelReason.StartingLevelSet r) {
        return "Starting level set on " + date(r.date()) + ".";
    }

    @Override
    default String visit(LevelReason.LevelSetByClinician r) {
        return "Level set by your physiotherapist on " + date(r.date()) + ": "
                + sentence(r.why()) + " It is held until it is confirmed.";
    }

    @Override
    default String visit(LevelReason.StartingLevelFromTest r) {
        return "Starting level from your baseline test on " + date(r.date())
                + ", made a little easier to allow for how quickly your back reacts.";
    }

    @Override
    default String visit(LevelReason.StartingLevelFromFirstWeek r) {
        return "Starting level taken from your first week of "
                + activity(r.activity()) + " (" + sessions(r.sessions()) + ").";
    }

    @Override
    default String visit(LevelReason.Holding r) {
        return "Staying at " + dose(r.level()) + " since " + date(r.since()) + ".";
    }

    @Override
    default String visit(LevelReason.HoldDay r) {
        return "Day " + r.day() + " of " + r.holdDays() + " at this level: "
                + r.sessionsAtLevel() + " of at least " + sessions(r.sessionsNeeded()) + " with a next-morning "
                + "check-in so far, " + r.green() + " green" + (r.awaitingMorning() == 0 ? "." : "; "
                + Wording.count(r.awaitingMorning(), "more is", "more are") + " waiting for the next morning.");
    }

    @Override
    default String visit(LevelReason.HoldNeedsSessions r) {
        return "Held " + days(r.days()) + "; " + Wording.count(r.moreSessions(),
                "more session", "more sessions") + " at this level will confirm it.";
    }

    @Override
    default String visit(LevelReason.HoldAwaitsGreen r) {
        return "Held " + days(r.days()) + ": " + r.green() + " of "
                + sessions(r.sessionsAtLevel()) + " green" + (r.anyRed() ? ", with a red one" : "")
                + ". " + r.greenPercentNeeded() + "% green and none red confirms it, by day "
                + r.deadlineDay() + " at the latest.";
    }

    @Override
    default String visit(LevelReason.Confirmed r) {
        return "Confirmed on " + date(r.date()) + ": " + r.green() + " of "
                + sessions(r.sessionsAtLevel()) + " green and none red over " + days(r.days()) + ".";
    }

    @Override
    default String visit(LevelReason.ConfirmedAsDone r) {
        return "Confirmed at what you did: " + dose(r.done()) + ". The level allowed "
                + dose(r.level()) + "; what you did not reach is not counted, so the next step starts from "
                + "what you did.";
    }

    @Override
    default String visit(LevelReason.ConfirmedButPaused r) {
        return "Confirmed, but nothing is raised until a clinician has seen you.";
    }

    @Override
    default String visit(LevelReason.AtGoal r) {
        return "You are at your goal in every part of it: keep it here.";
    }

    @Override
    default String visit(LevelReason.NextChange r) {
        return "Next: " + change(r) + (r.halfStep() ? " (half a step, after a step back)"
                : "") + ". One thing changes at a time.";
    }

    @Override
    default String visit(LevelReason.RedAtNewLevel r) {
        return "A red session at the new level on " + date(r.date()) + ".";
    }

    @Override
    default String visit(LevelReason.TwoAmbersAtNewLevel r) {
        return "Two amber sessions in a row at the new level.";
    }

    @Override
    default String visit(LevelReason.TwoAmbersBelowLevel r) {
        return "Two amber sessions in a row, one of them at " + r.percentOfLevel()
                + "% of your level: your level now follows what your back took.";
    }

    @Override
    default String visit(LevelReason.TooFewGreenAtNewLevel r) {
        return "Only " + r.green() + " of " + sessions(r.sessionsAtLevel())
                + " green by day " + r.day() + " at the new level (" + r.greenPercentNeeded()
                + "% needed).";
    }

    @Override
    default String visit(LevelReason.NotConfirmedByDeadline r) {
        return "Not confirmed by day " + r.deadlineDay() + ": " + r.green()
                + " of " + sessions(r.sessionsAtLevel()) + " green" + (r.anyRed() ? ", with a red one"
                : "") + ".";
    }

    @Override
    default String visit(LevelReason.SteppedBack r) {
        return "Stepped back from " + dose(r.from()) + " to " + dose(r.to()) + ". It is held "
                + days(r.holdDays()) + ", and the next try takes half the step or changes something else.";
    }

    @Override
    default String visit(LevelReason.BreakLevelDown r) {
        return "You have not " + hadNot(r.activity()) + " for " + weeks(r.weeks())
                + ": back at " + r.percent() + "% of your last confirmed level, now " + dose(r.level())
                + ". It is held again before anything rises: catching up at once often brings on a flare.";
    }

    @Override
    default String visit(LevelReason.BackAfterBreak r) {
        return "You had not " + hadNot(r.activity()) + " for " + weeks(r.weeks())
                + ": holding a lighter " + dose(r.level()) + " until it is confirmed.";
    }

    @Override
    default String visit(LevelReason.BreakStartAgain r) {
        return "You have not " + hadNot(r.activity()) + " for " + weeks(r.weeks())
                + ": starting again from a baseline. Do an easy baseline test, or log a first comfortable "
                + "week.";
    }

    @Override
    default String visit(LevelReason.StrengthRed r) {
        return "A red strength session: back to last week's load.";
    }

    @Override
    default String visit(LevelReason.StrengthWorkUp r) {
        return "A week of green strength sessions: the work (sets × reps × load) goes up "
                + r.percent() + "%, from " + r.workBefore() + " to " + r.workAfter() + ".";
    }

    @Override
    default String visit(LevelReason.StrengthVolumeUp r) {
        return "A week of green strength sessions: the volume goes up " + r.percent()
                + "%.";
    }

    /** "minutes per session 30 → 33": the one variable raised, before and after. */
    private String change(LevelReason.NextChange r) {
        Variable v = r.variable();
        Dose from = r.from();
        Dose to = r.to();
        String name = Wording.variable(v);
        return switch (v) {
            case SESSIONS_PER_WEEK -> name + " " + from.sessionsPerWeek() + " → " + to.sessionsPerWeek();
            case RPE_CAP -> "effort up to " + from.rpeCap() + " → " + to.rpeCap();
            case ROTATION -> name + " " + rotation(from) + " → " + rotation(to);
            case DISTANCE_KM -> name + " " + Wording.distance(from.distance(), units()) + " → "
                    + Wording.distance(to.distance(), units());
            case MINUTES -> name + " " + from.minutes().orElse(Minutes.ZERO) + " → " + to.minutes().orElse(Minutes.ZERO);
        };
    }

    private static String rotation(Dose d) {
        return d.rotation().map(x -> x.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).orElse("none");
    }

    /** "You have not ... for 4 weeks": each activity as something done. */
    private static String hadNot(Activity activity) {
        return switch (activity) {
            case RUN -> "run";
            case WALK -> "walked";
            case INCLINE_WALK -> "walked uphill";
            case HIKE -> "hiked";
            case CYCLE -> "cycled";
            case ELLIPTICAL -> "used the elliptical";
            case DEEP_WATER_RUNNING -> "run in deep water";
            case SWIM -> "swum";
            case ROW -> "rowed";
            case GOLF -> "played golf";
            case TENNIS -> "played tennis or a racket sport";
            case STRENGTH -> "done strength training";
            case YOGA -> "done yoga or mobility work";
            case BACK_EXERCISES -> "done your back exercises";
            case SITTING, STANDING, OTHER -> "done this activity";
        };
    }
}
