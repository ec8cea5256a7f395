package org.plimsoll.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.checkin.Urgency;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.level.LevelState;
import org.plimsoll.engine.dose.Variable;
import org.plimsoll.engine.profile.Units;
import org.plimsoll.engine.response.Response;
import java.util.Optional;
import org.plimsoll.engine.unit.Distance;

/** How the engine's values read on a page, in the person's units. One place, so every page says it the same way. */
public final class Wording {
    public static final double KM_PER_MILE = 1.609344;

    private Wording() {
    }

    /** Fields whose names say too little when split into words. */
    private static final java.util.Map<String, String> FIELD_WORDS = java.util.Map.ofEntries(java.util.Map.entry(
            "sessionId", "Which session"), java.util.Map.entry("rpe", "Effort"), java.util.Map.entry("distanceKm", "Distance"),
            java.util.Map.entry("window", "When"), java.util.Map.entry("sittingHours", "Hours sitting"),
            java.util.Map.entry("sleepHours", "Hours slept"), java.util.Map.entry("stiffnessMinutes", "Morning stiffness (minutes)"),
            java.util.Map.entry("symptoms", "Warning signs"),
            java.util.Map.entry("clearedByClinician", "Seen and cleared by a clinician"),
            java.util.Map.entry("hrvMs", MeasuresWords.HRV + " (ms)"), java.util.Map.entry("hrvKind", "How your watch measures it"),
            java.util.Map.entry("restingHeartRate", MeasuresWords.RESTING_HEART_RATE + " (beats a minute)"));

    /**
     * A field of a form in words, for error messages: "sleepHours" and "/strength/0/sets" become
     * "Hours slept" and "Strength 1, sets". People never read code names.
     */
    public static String field(String pointer) {
        String[] parts = pointer.replaceFirst("^[$]?[/.]", "").split("[/.]");
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                out.append(' ').append(Integer.parseInt(part) + 1).append(',');
                continue;
            }
            String words = FIELD_WORDS.getOrDefault(part, part.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
            out.append(out.length() == 0 ? "" : " ").append(words);
        }
        String text = out.toString().trim().replaceAll(",$", "");
        return text.isEmpty() ? pointer : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "1 session", "2 sessions": a count with its noun in the right number. */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    public static String activity(Activity a) {
        if (a == Activity.BACK_EXERCISES) {
            return "Back exercises / mobility";
        }
        String code = a.code().replace('-', ' ');
        return Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }

    public static String distance(double km, Units units) {
        return units == Units.MI
                ? String.format(Locale.ROOT, "%.1f mi", km / KM_PER_MILE)
                : String.format(Locale.ROOT, "%.1f km", km);
    }

    public static String distance(OptionalDouble km, Units units) {
        return km.isPresent() ? distance(km.getAsDouble(), units) : "";
    }

    public static String distance(Distance d, Units units) {
        return distance(d.km(), units);
    }

    public static String distance(Optional<Distance> d, Units units) {
        return d.isPresent() ? distance(d.get().km(), units) : "";
    }

    /** A distance typed in the person's units, as kilometres. */
    public static double toKm(double value, Units units) {
        return units == Units.MI ? value * KM_PER_MILE : value;
    }

    public static String unitName(Units units) {
        return units == Units.MI ? "mi" : "km";
    }

    /** "3 a week · 30 min · effort up to 4": effort is the 0–10 scale the person rates sessions on (RPE). */
    public static String dose(Dose d, Units units) {
        List<String> parts = new ArrayList<>();
        parts.add(d.sessionsPerWeek() + " a week");
        d.minutes().ifPresent(m -> parts.add(m + " min"));
        d.distance().ifPresent(km -> parts.add(distance(km, units)));
        parts.add("effort up to " + d.rpeCap());
        d.rotation().ifPresent(r -> parts.add("rotation " + r.toString().toLowerCase(Locale.ROOT).replace('_', ' ')));
        return String.join(" · ", parts);
    }

    public static String window(CheckInWindow w) {
        return switch (w) {
            case BEFORE -> "Before the session";
            case DURING -> "Worst during the session";
            case AFTER_1H -> "An hour after";
            case NEXT_MORNING -> "Next morning";
            case DAILY -> "Today, no session";
        };
    }

    public static String state(LevelState s) {
        return switch (s) {
            case NEW -> "Finding your level";
            case HOLD -> "Staying at this level";
            case PROGRESS -> "Ready to progress";
            case STEP_BACK -> "Stepped back";
            case FLARE -> "Flare: eased off";
            case REFER -> "Paused: see a clinician";
        };
    }

    /** The CSS class of a response colour; the word is always shown too, colour is never the only cue. */
    public static String responseClass(Response r) {
        return "response-" + r.name().toLowerCase(Locale.ROOT);
    }

    public static String response(Response r) {
        return switch (r) {
            case GREEN -> "Green: within your threshold";
            case AMBER -> "Amber: at the edge";
            case RED -> "Red: tipped over";
            case PENDING -> "Waiting for the next morning";
            case INCOMPLETE -> "Incomplete: no next-morning check-in";
        };
    }

    /** What to do, for a referral, in one phrase: the action comes first and is unmistakable. */
    public static String urgency(Urgency u) {
        return switch (u) {
            case EMERGENCY -> "Get emergency care now: call your local emergency number or go to an emergency department";
            case SAME_DAY -> "See a doctor today";
            case SOON -> "See a clinician within 1–2 weeks";
            case NONE -> "";
        };
    }

    /** The referral's action as the pages lead with it. */
    public static String urgencyAction(Urgency u) {
        return u == Urgency.NONE ? "" : urgency(u) + "." + (u == Urgency.SOON ? " Nothing is raised until then." : "");
    }

    public static String decision(org.plimsoll.engine.live.LiveGuide.Decision d) {
        return switch (d) {
            case CARRY_ON -> "Carry on.";
            case MODIFY -> "Modify:";
            case STOP -> "Stop.";
        };
    }

    /** A red-flag symptom in words a person recognises. */
    public static String symptom(Symptom s) {
        return switch (s) {
            case SADDLE_NUMBNESS -> "numbness or tingling in the saddle area";
            case BLADDER_CHANGE -> "new trouble starting or stopping urine, or leaking";
            case BOWEL_INCONTINENCE -> "loss of bowel control or of its sensation";
            case SEXUAL_FUNCTION_CHANGE -> "new change in sexual function or genital sensation";
            case LEG_WEAKNESS -> "severe or progressive weakness or numbness in a leg";
            case BOTH_LEGS -> "pain or pins and needles in both legs";
            case CHEST_SYMPTOMS -> "upper-back pain with chest tightness, breathlessness or sweating";
            case FEVER -> "fever, chills or feeling unwell with the back pain";
            case TRAUMA -> "pain after a fall or blow (or minor trauma with osteoporosis or steroids)";
            case LEG_TINGLING -> "symptoms travelling down one leg, with tingling or numbness";
            case WEIGHT_LOSS -> "unexplained weight loss";
            case CANCER_HISTORY -> "history of cancer, with new back pain";
            case NIGHT_PAIN -> "constant or night pain not eased by changing position";
        };
    }

    /** A variable of a dose, as a person names it. */
    public static String variable(Variable v) {
        return switch (v) {
            case SESSIONS_PER_WEEK -> "sessions a week";
            case MINUTES -> "minutes per session";
            case DISTANCE_KM -> "distance per session";
            case RPE_CAP -> "how hard (effort)";
            case ROTATION -> "the range of turning";
        };
    }

    /** A planned run's type, as the plan names it. */
    public static String runType(org.plimsoll.engine.session.RunType t) {
        return switch (t) {
            case EASY -> "easy";
            case LONG -> "long run";
            case TEMPO -> "tempo";
            case INTERVALS -> "intervals";
            case HILLS -> "hills";
        };
    }

    /** "Tue 3 Nov": a day as the pages show it. */
    /**
     * Words joined on as the end of a sentence: one full stop, never two, when they already end with
     * one (a clinician's reason, "treat as a flare.", inside "… flaring from Mon 2 Mar: treat as a flare.").
     */
    static String closed(String words) {
        String w = words.strip();
        return w.endsWith(".") || w.endsWith("!") || w.endsWith("?") ? w : w + ".";
    }

    public static String day(java.time.LocalDate d) {
        return d.format(DAY);
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** A pain or other 0–10 figure: whole numbers plainly, others to one decimal. */
    public static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.valueOf(Math.round(value * 10) / 10.0);
    }

    /** A reminder's title, for a check-in window that has one (an hour after, the next morning). */
    public static String reminderTitle(CheckInWindow window) {
        return switch (window) {
            case AFTER_1H -> "An hour on: how is your back?";
            case NEXT_MORNING -> "Good morning: how is your back?";
            default -> "Time to check in";
        };
    }

    /** A reminder's sentence: which session it is about, and why it is worth a few seconds. */
    public static String reminderBody(CheckInWindow window, Activity activity,
                                      java.time.LocalDate day) {
        String session = "your " + activity(activity).toLowerCase(Locale.ROOT) + " on " + day(day);
        return switch (window) {
            case AFTER_1H -> "A quick check-in about " + session + ": how your back answers an hour later is half of the picture.";
            case NEXT_MORNING -> "A quick check-in about " + session + ": the morning after tells Plimsoll most about your next step.";
            default -> "A quick check-in about " + session + ".";
        };
    }

    /** How easily a back is stirred up, as the person answered it: "sometimes: it can take a day or two". */
    public static String irritability(org.plimsoll.engine.profile.Irritability irritability) {
        return switch (irritability) {
            case LOW -> "rarely: it settles within hours";
            case MODERATE -> "sometimes: it can take a day or two";
            case HIGH -> "easily: small things set it off for days";
        };
    }

    /** An outcome measure's name: "Average pain of the week", "Ability, all activities", "Ability: gardening". */
    public static String outcomeMeasure(org.plimsoll.engine.outcome.Outcomes.Measure measure, String activity) {
        return outcomeMeasure(measure, activity, Audience.PERSON);
    }

    /** A measure's name as this reader reads it: "Ability, all their activities" to a clinician. */
    public static String outcomeMeasure(org.plimsoll.engine.outcome.Outcomes.Measure measure, String activity,
                                        Audience audience) {
        return switch (measure) {
            case WEEKLY_PAIN -> "Average pain of the week";
            case FUNCTION -> "Ability, all " + audience.whose() + " activities";
            case FUNCTION_ACTIVITY -> "Ability: " + activity;
        };
    }

    /**
     * An outcome measure's change since the first check-up, in words: "2 points worse since the first
     * check-up (5 → 7): a change that matters." A change too small to matter says so.
     */
    public static String outcomeChange(org.plimsoll.engine.outcome.Outcomes.Change c) {
        double by = Math.abs(c.by());
        if (by == 0) {
            return "The same as at the first check-up (" + number(c.from()) + ").";
        }
        String points = number(by) + (by == 1 ? " point " : " points ");
        return points + (c.worse() ? "worse" : "better") + " since the first check-up (" + number(c.from()) + " → "
                + number(c.to()) + ")" + (c.matters() ? ": a change that matters." : ": too small to count as a real change yet.");
    }

    /** A coaching setting's name, for forms and the audit. */
    public static String settingName(org.plimsoll.engine.settings.CoachingSettings.Setting setting) {
        return switch (setting) {
            case HOLD_DAYS -> "Days a new level is held";
            case PROGRESSION_STEP_PERCENT -> "Step up, %";
            case FLARE_VOLUME_PERCENT -> "Flare amount, % of the level";
            case FLARE_FURTHER_CUT_PERCENT -> "Further flare cut after a red, points";
            case BASELINE_DISCOUNT_PERCENT -> "Starting level below the pain-free test, %";
            case BREAK_DAYS -> "Days away before a level comes down";
            case WEEKLY_GUARD_PERCENT -> "A week at most this % of the most of the last 4 weeks";
            case READINESS_CUT_PERCENT -> "Cut on a day a watch or ring says you are less ready, % (0 turns it off)";
        };
    }

    /** A coaching setting's allowed values, for messages: "from 14 to 21". */
    public static String settingRange(org.plimsoll.engine.settings.CoachingSettings.Setting setting) {
        return "from " + setting.min() + " to " + setting.max();
    }

    /**
     * A clinician's decision as the person's log says it, after the clinician's name: "set your
     * run level to 2 a week · 20 min · effort up to 3".
     */
    public static String careDecision(org.plimsoll.engine.care.CareDecision d, Units units) {
        if (d instanceof org.plimsoll.engine.care.CareDecision.LevelSet s) {
            return "set your " + s.level().activity().code().replace('-', ' ') + " level to "
                    + dose(Dose.of(s.level(), java.util.Optional.empty()), units);
        } else if (d instanceof org.plimsoll.engine.care.CareDecision.FlareDeclared s) {
            return "said your back is flaring from " + day(s.date());
        } else if (d instanceof org.plimsoll.engine.care.CareDecision.FlareEnded s) {
            return "ended your flare on " + day(s.date());
        } else if (d instanceof org.plimsoll.engine.care.CareDecision.Cleared) {
            return "recorded that you were seen and cleared to carry on";
        }
        if (d instanceof org.plimsoll.engine.care.CareDecision.CheckUpsEvery s) {
            return "set your check-ups to every " + count(s.days(), "day", "days");
        }
        return "set how easily your back is stirred up to “"
                + irritability(((org.plimsoll.engine.care.CareDecision.IrritabilitySet) d).irritability()) + "”";
    }
}
