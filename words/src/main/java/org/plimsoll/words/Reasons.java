package org.plimsoll.words;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.checkin.Urgency;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.dose.Variable;
import org.plimsoll.engine.profile.Units;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.today.Adjustment;

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
        return new Sentence(r, units).words();
    }

    /** One of today's adjustments: "10% lighter today. Short sleep last night (5.5 hours, under 6)." */
    public static String adjustment(Adjustment a, Units units) {
        return of(Reason.of(Reason.Code.TODAY_CUT, a.percent(), a.reason()), units);
    }

    /** A level's reasons on a page that lists today's adjustments once, above the levels. */
    public static List<String> besideAdjustments(List<Reason> reasons, Units units) {
        return of(reasons.stream().filter(r -> r.code() != Reason.Code.TODAY_CUT).toList(), units);
    }

    /**
     * A referral's reasons under a heading that already says what to do: each without the action
     * it would otherwise start with, so the page says it once.
     */
    public static List<String> underAction(List<Reason> reasons, Units units) {
        return reasons.stream().map(r -> {
            String words = of(r, units);
            if (r.code().names().contains("urgency")) {
                String action = Wording.urgency(r.<Urgency>value("urgency")) + ". ";
                return words.startsWith(action) ? words.substring(action.length()) : words;
            }
            return words;
        }).toList();
    }

    /** Someone's own words as the end of a sentence: trimmed, with a full stop unless they gave one. */
    private static String sentence(String words) {
        String w = words.strip();
        return w.isEmpty() || w.endsWith(".") || w.endsWith("!") || w.endsWith("?") ? w : w + ".";
    }

    /** One reason being put into words, with its values read by name. */
    private record Sentence(Reason r, Units units) {
        int i(String name) {
            return r.integer(name);
        }

        String n(String name) {
            return Wording.number(r.number(name));
        }

        String date(String name) {
            return Wording.day(r.<LocalDate>value(name));
        }

        String dose(String name) {
            return Wording.dose(r.<Dose>value(name), units);
        }

        String activity(String name) {
            return Wording.activity(r.<Activity>value(name)).toLowerCase(java.util.Locale.ROOT);
        }

        String sessions(String name) {
            return Wording.count(i(name), "session", "sessions");
        }

        String days(String name) {
            return Wording.count(i(name), "day", "days");
        }

        String weeks(String name) {
            return Wording.count(i(name), "week", "weeks");
        }

        String urgency() {
            return Wording.urgency(r.<Urgency>value("urgency"));
        }

        String words() {
            return switch (r.code()) {
                case NO_LEVEL_YET -> "No level yet: do a baseline test or log a first week of " + activity("activity")
                        + " sessions.";
                case STARTING_LEVEL_SET -> "Starting level set on " + date("date") + ".";
                case LEVEL_SET_BY_CLINICIAN -> "Level set by your physiotherapist on " + date("date") + ": "
                        + sentence(r.<String>value("why")) + " It is held until it is confirmed.";
                case STARTING_LEVEL_FROM_TEST -> "Starting level from your baseline test on " + date("date")
                        + ", made a little easier to allow for how quickly your back reacts.";
                case STARTING_LEVEL_FROM_FIRST_WEEK -> "Starting level taken from your first week of "
                        + activity("activity") + " (" + sessions("sessions") + ").";
                case HOLDING -> "Staying at " + dose("level") + " since " + date("since") + ".";
                case HOLD_DAY -> "Day " + i("day") + " of " + i("holdDays") + " at this level: "
                        + i("sessionsAtLevel") + " of at least " + sessions("sessionsNeeded") + " done so far, "
                        + i("green") + " green.";
                case HOLD_NEEDS_SESSIONS -> "Held " + days("days") + "; " + Wording.count(i("moreSessions"),
                        "more session", "more sessions") + " at this level will confirm it.";
                case HOLD_AWAITS_GREEN -> "Held " + days("days") + ": " + i("green") + " of "
                        + sessions("sessionsAtLevel") + " green" + (r.flag("anyRed") ? ", with a red one" : "")
                        + ". " + i("greenPercentNeeded") + "% green and none red confirms it, by day "
                        + i("deadlineDay") + " at the latest.";
                case CONFIRMED -> "Confirmed on " + date("date") + ": " + i("green") + " of "
                        + sessions("sessionsAtLevel") + " green and none red over " + days("days") + ".";
                case CONFIRMED_AS_DONE -> "Confirmed at what you did: " + dose("done") + ". The level allowed "
                        + dose("level") + "; what you did not reach is not counted, so the next step starts from "
                        + "what you did.";
                case CONFIRMED_BUT_PAUSED -> "Confirmed, but nothing is raised until a clinician has seen you.";
                case AT_GOAL -> "You are at your goal in every part of it: keep it here.";
                case NEXT_CHANGE -> "Next: " + change() + (r.flag("halfStep") ? " (half a step, after a step back)"
                        : "") + ". One thing changes at a time.";
                case RED_AT_NEW_LEVEL -> "A red session at the new level on " + date("date") + ".";
                case TWO_AMBERS_AT_NEW_LEVEL -> "Two amber sessions in a row at the new level.";
                case TWO_AMBERS_BELOW_LEVEL -> "Two amber sessions in a row, one of them at " + i("percentOfLevel")
                        + "% of your level: your level now follows what your back took.";
                case TOO_FEW_GREEN_AT_NEW_LEVEL -> "Only " + i("green") + " of " + sessions("sessionsAtLevel")
                        + " green by day " + i("day") + " at the new level (" + i("greenPercentNeeded")
                        + "% needed).";
                case NOT_CONFIRMED_BY_DEADLINE -> "Not confirmed by day " + i("deadlineDay") + ": " + i("green")
                        + " of " + sessions("sessionsAtLevel") + " green" + (r.flag("anyRed") ? ", with a red one"
                        : "") + ".";
                case STEPPED_BACK -> "Stepped back from " + dose("from") + " to " + dose("to") + ". It is held "
                        + days("holdDays") + ", and the next try takes half the step or changes something else.";
                case BREAK_LEVEL_DOWN -> "You have not " + hadNot(r.value("activity")) + " for " + weeks("weeks")
                        + ": back at " + i("percent") + "% of your last confirmed level, now " + dose("level")
                        + ". It is held again before anything rises: catching up at once often brings on a flare.";
                case BACK_AFTER_BREAK -> "You had not " + hadNot(r.value("activity")) + " for " + weeks("weeks")
                        + ": holding a lighter " + dose("level") + " until it is confirmed.";
                case BREAK_START_AGAIN -> "You have not " + hadNot(r.value("activity")) + " for " + weeks("weeks")
                        + ": starting again from a baseline. Do an easy baseline test, or log a first comfortable "
                        + "week.";
                case STRENGTH_RED -> "A red strength session: back to last week's load.";
                case STRENGTH_WORK_UP -> "A week of green strength sessions: the work (sets × reps × load) goes up "
                        + i("percent") + "%, from " + i("workBefore") + " to " + i("workAfter") + ".";
                case STRENGTH_VOLUME_UP -> "A week of green strength sessions: the volume goes up " + i("percent")
                        + "%.";
                case FLARE_DOSE -> "Flare since " + date("since") + ": effort up to " + i("effortCap") + ", "
                        + i("volumePercent") + "% of your usual amount" + (r.flag("frequencyCut")
                        ? ", one session a week fewer" : "") + ". Keep moving: the habit matters more than the load.";
                case FLARE_SETTLED_HOLDING -> "The flare settled on " + date("date")
                        + "; the lighter level it left is held until it is confirmed.";
                case FLARE_FROM_REDS -> "Two red sessions within " + days("days") + " (" + date("first") + " and "
                        + date("second") + ").";
                case FLARE_FROM_MORNING -> "A red session on " + date("date")
                        + " was followed by a much worse next morning.";
                case FLARE_DECLARED -> "You said your back is flaring" + r.<Optional<String>>value("note")
                        .map(note -> ": " + note).orElse("") + ".";
                case FLARE_DECLARED_BY_CLINICIAN -> "Your physiotherapist said your back is flaring from "
                        + date("date") + ": " + sentence(r.<String>value("why"));
                case FLARE_ENDED_BY_CLINICIAN -> "Your physiotherapist ended the flare on " + date("date") + ": "
                        + sentence(r.<String>value("why")) + " The lighter level it left is held until it is confirmed.";
                case FLARE_FREQUENCY_CUT -> "Not settled after " + days("days") + ": one session a week fewer for now.";
                case FLARE_FURTHER_CUT -> "Still a red session after " + days("days") + " of flare ("
                        + date("date") + "): the amount is cut a further " + i("percent") + "%.";
                case FLARE_SETTLED -> "Settled on " + date("date") + ": " + days("days")
                        + " without a red session, and morning pain back within " + i("withinPoints") + " of your usual "
                        + n("usual") + ".";
                case NO_START_PAIN_USED_USUAL -> "No pain before the session was entered, so your usual morning pain ("
                        + n("usual") + ") is the starting point.";
                case NO_START_PAIN_AT_ALL -> "No starting pain and no morning pain yet, so the starting point is 0.";
                case SHARP_PAIN -> "Sharp pain during the session.";
                case PAIN_ROSE_TO_STOP -> "Pain reached " + i("during") + "/10 during the session, up from "
                        + n("start") + ". At " + i("stopFrom") + " or more and rising, the advice is to stop.";
                case MORNING_RULE_MET -> "Next morning " + i("morning") + "/10: " + i("points")
                        + " or more above your usual " + n("usual") + ".";
                case RED_FLAG_WITH_SESSION -> "A warning sign was reported with this session: " + r.<List<Symptom>>value(
                        "symptoms").stream().map(Wording::symptom).collect(Collectors.joining("; ")) + ".";
                case PAIN_ROSE_TO_MODIFY -> "Pain rose to " + i("during") + "/10 during the session, from "
                        + n("start") + ". At " + i("modifyFrom") + " to " + i("modifyTo") + ", the advice is to ease off.";
                case PAIN_HIGH_EVEN_IF_USUAL -> "Pain was " + i("during") + "/10 during the session. Even when that is "
                        + "your usual pain, at " + i("stopFrom") + " or more the advice is to stop that movement.";
                case HOUR_AFTER_UP -> "An hour after, pain was " + i("after") + "/10, " + i("points")
                        + " or more above the start (" + n("start") + ")" + (r.flag("settledByMorning")
                        ? ", but it settled by the next morning." : ".");
                case NO_MORNING_CHECK_IN -> "No next-morning check-in within " + i("hours") + " hours, so this "
                        + "session is left out of level decisions. Add it if you remember how you felt.";
                case AWAITING_CHECK_INS -> "Waiting for your check-ins: how it felt during, an hour after and the "
                        + "next morning.";
                case AWAITING_MORNING_NO_TROUBLE -> "Waiting for the next-morning check-in; so far no sign of trouble.";
                case AWAITING_MORNING_AT_EDGE -> "Waiting for the next-morning check-in; so far it looks like the "
                        + "edge of what your back takes.";
                case WITHIN_THRESHOLD -> "Within what your back takes: pain stayed mild and the next morning was "
                        + i("morning") + "/10" + r.<OptionalDouble>value("usual").stream()
                        .mapToObj(u -> " (usual " + Wording.number(u) + ")").findFirst().orElse("") + ".";
                case SHORT_SLEEP -> "Short sleep last night (" + n("hours") + " hours, under " + n("under") + ").";
                case POOR_SLEEP -> "Poor sleep last night (" + i("quality") + " of 5).";
                case HIGH_STRESS -> "High stress (" + i("stress") + "/10).";
                case LONG_SITTING -> "Long sitting yesterday (" + n("hours") + " hours, " + n("fromHours") + " or more).";
                case PAIN_UP_TODAY -> "Pain " + i("pain") + "/10 today, well above your usual " + n("usual") + ".";
                case PAIN_HIGH_TODAY -> "Pain " + i("pain") + "/10 today: at " + n("painFrom")
                        + " or more, take it easier.";
                case PAIN_TOO_HIGH_TO_TRAIN -> "Pain " + i("pain") + "/10 today is too much to train on (the line is "
                        + n("painFrom") + "/10): at most an easy walk of up to " + i("walkMinutes") + " minutes at effort "
                        + i("walkEffort") + " or less, and your warm-up routine." + (r.flag("flareOffered")
                        ? " If your back is flaring, you can say so and the plan eases off." : "");
                case USUAL_PAIN_HIGH -> "Your usual pain is " + n("usual") + "/10, which is " + n("painFrom")
                        + " or more: for now, walks and mobility only. Set your training plan with your "
                        + "physiotherapist; once they have set a level, Plimsoll follows it.";
                case RECENT_RED -> "A red session in the last " + days("days") + " (" + date("date") + ").";
                case YOUR_OWN_CUT -> of(r.<Reason>value("cause"), units) + " For you, the morning after such a day "
                        + "has been " + compared(r.number("pointsWorse")) + " than after other days ("
                        + sessions("withCause") + " like it and " + i("without") + " others), so "
                        + (i("percent") == i("usualPercent") ? "the usual " + i("percent") + "% stands."
                        : "today's cut is " + i("percent") + "%, not the usual " + i("usualPercent") + "%.");
                case TODAY_CUT -> Math.abs(i("percent")) + "% lighter today. " + of(r.<Reason>value("cause"), units);
                case TODAY_LEVEL -> "Today: effort up to " + i("effortCap") + r.<OptionalInt>value("minutes").stream()
                        .mapToObj(m -> ", " + m + " minutes").findFirst().orElse("") + ".";
                case SYMPTOM_REPORTED -> urgency() + ". You reported " + Wording.symptom(r.value("symptom")) + ".";
                case CARE_REFERRAL -> switch (r.<Urgency>value("urgency")) {
                    case EMERGENCY -> "Emergency referral: a red-flag symptom was reported.";
                    case SAME_DAY -> "Same-day referral: told to see a doctor today.";
                    default -> "Referral open: told to see a clinician within 1–2 weeks.";
                };
                case SETTING_CHANGED_BY_CLINICIAN -> Wording.settingChange(r.value("setting"), i("value")) + " by your "
                        + "physiotherapist on " + date("on") + ": " + sentence(r.<String>value("why"));
                case IRRITABILITY_SET_BY_CLINICIAN -> "How easily your back is stirred up set to “"
                        + Wording.irritability(r.value("irritability")) + "” by your physiotherapist on " + date("on") + ": "
                        + sentence(r.<String>value("why"));
                case CLEARED_BY_CLINICIAN -> "Seen and cleared by your physiotherapist on " + date("on") + ": "
                        + sentence(r.<String>value("why"));
                case CARE_MORNING_PAIN_RISING -> "Morning pain has risen week on week for " + i("weeks") + " weeks.";
                case CARE_RED_RECENTLY -> "A red session on " + date("date") + " (" + activity("activity") + ").";
                case CARE_FLARE -> "In a flare since " + date("since") + " (day " + i("days") + ").";
                case CARE_OUTCOME_WORSE -> Wording.outcomeMeasure(r.value("measure"), r.value("named")) + " worse: "
                        + Wording.number(r.<Double>value("from")) + " → " + Wording.number(r.<Double>value("to"))
                        + " since the first check-up.";
                case CARE_MORNINGS_MISSING -> "No morning check-in for " + days("days") + ", while training.";
                case MORNING_PAIN_RISING -> urgency() + ". Your average morning pain has gone up " + i("weeks")
                        + " weeks in a row (" + r.<List<Double>>value("weeklyMeans").stream().map(Wording::number)
                        .collect(Collectors.joining(" → ")) + ").";
                case HIGH_PAIN_ON_TWO_DAYS -> urgency() + ". Pain of " + n("painFrom") + "/10 or more on two days "
                        + "within three (" + date("first") + " and " + date("second") + ").";
                case STEP_BACKS_WITHOUT_CONFIRMATION -> urgency() + ". No confirmed " + activity("activity")
                        + " level after " + i("stepBacks") + " step-backs; a clinician can help find what you tolerate.";
                case LONG_FLARE -> urgency() + ". This flare has lasted more than " + i("weeks") + " weeks (since "
                        + date("since") + ").";
                case NO_TRAINING_UNTIL_SEEN -> "No training until a doctor has seen you.";
                case PROGRESSION_PAUSED_UNTIL_SEEN -> "Nothing is raised until a clinician has seen you.";
                case BOOM_AND_BUST -> Wording.count(i("cycles"), "boom-and-bust cycle", "boom-and-bust cycles")
                        + " in the last " + i("weeks") + " weeks: big days followed by a flare-up or days off. Steadier, "
                        + "smaller sessions usually get further.";
                case OPTIONAL_WALK -> "If you like: a walk of " + i("fromMinutes") + "–" + i("toMinutes")
                        + " minutes at an easy pace keeps you moving.";
                case WARM_UP -> "Warm up " + i("fromMinutes") + "–" + i("toMinutes") + " minutes first: "
                        + String.join(", ", r.<List<String>>value("moves")) + ".";
                case RUN_FORM_IN_FLARE -> "Form: a slightly shorter stride, cadence up 3–5%, extra care downhill.";
                case EASY_RUN -> "An easy run, at a pace you can talk at.";
                case HARDER_RUN -> "The week's harder run: your level's usual length at effort up to " + i("effort")
                        + ", with no hard day either side.";
                case ARM_SWING -> "Arms swing forward and back, not across the body; shoulders down and relaxed.";
                case UPPER_BACK_CARE -> "Add breathing drills and upper-back mobility.";
                case POSTURE_BREAKS -> "You have been sitting up to " + n("sittingHours") + " hours a day: stand up "
                        + "and move at least every " + i("everyMinutes") + " minutes.";
                case SPIKE_GUARD -> "Kept to " + i("percent") + "% of your longest " + activity("activity")
                        + " in the last " + i("days") + " days (" + i("longestMinutes")
                        + " minutes): one big jump is what tends to hurt.";
                case FLARE_EASY_SESSION -> "Flare: an easy, shorter session; keeping the habit of moving matters more "
                        + "than the load.";
                case PAUSED_AT_CONFIRMED -> "Nothing is raised until a clinician has seen you: this is your last "
                        + "confirmed level.";
                case PAUSED_NOTHING_RAISED -> "Nothing is raised until a clinician has seen you.";
                case LIGHTER_TODAY -> "Lighter today: " + r.<List<Reason>>value("causes").stream()
                        .map(c -> of(c, units)).collect(Collectors.joining(" "));
                case LIGHTER_AFTER_RED -> "Lighter while a recent red session settles.";
                case ONE_CHANGE -> "One change from last week: " + Wording.variable(r.value("variable")) + ".";
                case CONFIRMED_LEVEL -> "Your level, confirmed.";
                case HELD_LEVEL -> "Your level, held until it is confirmed.";
                case FLARE_SPORT -> flareWords(r.value("activity"));
                case RETURN_PHASE -> "Phase " + i("phase") + " of the return to training: short and controlled.";
                case CAREFUL_FOR_NOW -> "Careful for now: " + String.join("; ", r.<List<String>>value("moves")) + ".";
                case FLARE_SWAP -> "Flare swap: low-impact cardio (cycle, incline walk, elliptical or deep-water "
                        + "running), " + i("fromMinutes") + "–" + i("toMinutes") + " minutes, easy.";
                case HELD_UNTIL_SEEN -> "Until a clinician has seen you, " + activity("activity")
                        + " stays at most at your last confirmed level: " + dose("level") + ".";
                case HELD_IN_FLARE -> "While your back is flaring, " + activity("activity")
                        + " goes no higher than the flare's lighter dose: " + dose("level") + ".";
                case WITHIN_YOUR_LEVEL -> "Kept within your " + activity("activity") + " level.";
                case WEEKLY_GUARD -> "Shortened so this week's " + activity("activity") + " stays within "
                        + i("allowedMinutes") + " minutes: at most " + i("percent") + "% of the most you did in any of "
                        + "the last 4 weeks (" + i("mostMinutes") + " minutes).";
                case NO_HARD_DAYS_BACK_TO_BACK -> "Kept at effort " + i("effort") + " or less: no two hard days back "
                        + "to back, and one hard session a day at most.";
                case NO_HARD_DAY_IN_FLARE -> "No hard sessions while your back is flaring: keep it easy.";
                case INSIGHTS_NEED_SESSIONS -> "Not enough data yet: " + Wording.count(i("moreSessions"),
                        "more session", "more sessions") + " with a next-morning check-in (once your usual morning "
                        + "pain is known), and Plimsoll can show what matters most for your back.";
                case INSIGHT -> insight();
                case INSIGHTS_NOTHING_CLEAR -> "Nothing stands out clearly yet in " + sessions("sessions")
                        + ": none of the factors goes with a worse or better next morning more than chance would. "
                        + "More sessions will sharpen this.";
                case LIVE_SHARP -> "Sharp pain: stop this movement and pick a different one.";
                case LIVE_STOP -> "Pain " + i("pain") + "/10: stop this movement and pick a different one.";
                case LIVE_RISING -> "Pain is rising (" + i("earlier") + " → " + i("pain")
                        + "): stop this movement and pick a different one.";
                case LIVE_CARRY_ON -> "Pain " + i("pain") + "/10 and not rising: carry on.";
                case LIVE_MODIFY -> "Pain " + i("pain") + "/10: shorten it, keep it easy, and reduce load, range or "
                        + "tempo.";
            };
        }

        /**
         * A clear finding in plain words, with the range it likely lies in and what to do about it.
         * The direction is in the word (worse, better), so the numbers are sizes, never negative,
         * and the range runs from the smaller size to the larger.
         */
        private String insight() {
            String factor = r.value("factor");
            double effect = r.number("effect");
            double low = Math.abs(r.number("low"));
            double high = Math.abs(r.number("high"));
            boolean worse = effect > 0;
            return "For you, " + Wording.factorUnit(factor) + " goes with a next morning about "
                    + points(Math.abs(effect)) + (worse ? " worse" : " better") + " (likely between "
                    + points(Math.min(low, high)) + " and " + points(Math.max(low, high)) + ")."
                    + (worse ? advice(factor) : "");
        }

        /** "minutes per session 30 → 33": the one variable raised, before and after. */
        private String change() {
            Variable v = r.value("variable");
            Dose from = r.value("from");
            Dose to = r.value("to");
            String name = Wording.variable(v);
            return switch (v) {
                case SESSIONS_PER_WEEK -> name + " " + from.sessionsPerWeek() + " → " + to.sessionsPerWeek();
                case RPE_CAP -> "effort up to " + from.rpeCap() + " → " + to.rpeCap();
                case ROTATION -> name + " " + rotation(from) + " → " + rotation(to);
                case DISTANCE_KM -> name + " " + Wording.distance(from.distanceKm(), units) + " → "
                        + Wording.distance(to.distanceKm(), units);
                case MINUTES -> name + " " + from.minutes().orElse(0) + " → " + to.minutes().orElse(0);
            };
        }

        private static String rotation(Dose d) {
            return d.rotation().map(x -> x.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).orElse("none");
        }
    }

    private static String compared(double points) {
        if (points == 0) {
            return "no worse";
        }
        return Wording.number(Math.abs(points)) + (Math.abs(points) == 1 ? " point " : " points ")
                + (points > 0 ? "worse" : "better");
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
            default -> " Build this part up slowly.";
        };
    }

    /** "You have not ... for 4 weeks": each activity as something done. */
    static String hadNot(Activity activity) {
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
            case SITTING, STANDING, OTHER -> "done this activity";
        };
    }

    /** What a flare means for each kind of sport (ENGINE.md section 7), in its own words. */
    static String flareWords(Activity activity) {
        return switch (activity) {
            case RUN -> "Flare: easy, conversational pace only; no intervals, tempo, hills or long runs.";
            case GOLF -> "Flare: half swings at a slower tempo; putting and chipping rather than full drives.";
            case SWIM -> "Flare: easy strokes, with kick sets and a pull buoy; no hard intervals.";
            case TENNIS -> "Flare: gentle rallies at half pace; no serves or overheads.";
            case ROW -> "Flare: easy strokes at a low rate; no hard pieces.";
            case STRENGTH -> "Flare: heavy deadlifts and high-volume hinging paused; stable lower-body work and "
                    + "stability builders only.";
            default -> "Flare: an easy pace only, at a reduced range and speed.";
        };
    }
}
