package org.plimsoll.engine.reason;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Why the engine decided something, as a value: a code and its numbers, never a sentence. The
 * wording layer (module {@code words}) turns each code into the words a person reads, on every
 * page, in the report, the calendar and the API, so the words change (or are translated) in one
 * place. Values are numbers, dates, doses, activities, variables, symptoms, flags, or other reasons.
 */
public record Reason(Code code, List<Object> values) {

    /** Every reason the engine gives, with the names of its values in order. */
    public enum Code {
        // Levels (ENGINE.md section 6)
        NO_LEVEL_YET("activity"),
        STARTING_LEVEL_SET("date"),
        LEVEL_SET_BY_CLINICIAN("date", "why"),
        STARTING_LEVEL_FROM_TEST("date"),
        STARTING_LEVEL_FROM_FIRST_WEEK("activity", "sessions"),
        HOLDING("level", "since"),
        HOLD_DAY("day", "holdDays", "sessionsAtLevel", "sessionsNeeded", "green"),
        HOLD_NEEDS_SESSIONS("days", "moreSessions"),
        HOLD_AWAITS_GREEN("days", "green", "sessionsAtLevel", "anyRed", "greenPercentNeeded", "deadlineDay"),
        CONFIRMED("date", "green", "sessionsAtLevel", "days"),
        CONFIRMED_AS_DONE("level", "done"),
        CONFIRMED_BUT_PAUSED(),
        AT_GOAL(),
        NEXT_CHANGE("variable", "from", "to", "halfStep"),
        RED_AT_NEW_LEVEL("date"),
        TWO_AMBERS_AT_NEW_LEVEL(),
        TWO_AMBERS_BELOW_LEVEL("percentOfLevel"),
        TOO_FEW_GREEN_AT_NEW_LEVEL("green", "sessionsAtLevel", "day", "greenPercentNeeded"),
        NOT_CONFIRMED_BY_DEADLINE("deadlineDay", "green", "sessionsAtLevel", "anyRed"),
        STEPPED_BACK("from", "to", "holdDays"),
        STRENGTH_RED(),
        STRENGTH_WORK_UP("percent", "workBefore", "workAfter"),
        STRENGTH_VOLUME_UP("percent"),
        BREAK_LEVEL_DOWN("activity", "weeks", "percent", "level"),
        BACK_AFTER_BREAK("activity", "weeks", "level"),
        BREAK_START_AGAIN("activity", "weeks"),
        // Flares (section 7)
        FLARE_DOSE("since", "effortCap", "volumePercent", "frequencyCut"),
        FLARE_SETTLED_HOLDING("date"),
        FLARE_FROM_REDS("days", "first", "second"),
        FLARE_FROM_MORNING("date"),
        FLARE_DECLARED("note"),
        FLARE_DECLARED_BY_CLINICIAN("date", "why"),
        FLARE_ENDED_BY_CLINICIAN("date", "why"),
        FLARE_FREQUENCY_CUT("days"),
        FLARE_FURTHER_CUT("days", "date", "percent"),
        FLARE_SETTLED("date", "days", "usual", "withinPoints"),
        // Responses (section 3)
        NO_START_PAIN_USED_USUAL("usual"),
        NO_START_PAIN_AT_ALL(),
        SHARP_PAIN(),
        PAIN_ROSE_TO_STOP("during", "start", "stopFrom"),
        MORNING_RULE_MET("morning", "points", "usual"),
        RED_FLAG_WITH_SESSION("symptoms"),
        PAIN_ROSE_TO_MODIFY("during", "start", "modifyFrom", "modifyTo"),
        PAIN_HIGH_EVEN_IF_USUAL("during", "stopFrom"),
        HOUR_AFTER_UP("after", "points", "start", "settledByMorning"),
        NO_MORNING_CHECK_IN("hours"),
        AWAITING_CHECK_INS(),
        AWAITING_MORNING_NO_TROUBLE(),
        AWAITING_MORNING_AT_EDGE(),
        WITHIN_THRESHOLD("morning", "usual"),
        // Today (section 8)
        SHORT_SLEEP("hours", "under"),
        POOR_SLEEP("quality"),
        HIGH_STRESS("stress"),
        LONG_SITTING("hours", "fromHours"),
        RECENT_RED("days", "date"),
        PAIN_UP_TODAY("pain", "usual"),
        PAIN_HIGH_TODAY("pain", "painFrom"),
        PAIN_TOO_HIGH_TO_TRAIN("pain", "painFrom", "walkMinutes", "walkEffort", "flareOffered"),
        USUAL_PAIN_HIGH("usual", "painFrom"),
        YOUR_OWN_CUT("cause", "pointsWorse", "withCause", "without", "percent", "usualPercent"),
        TODAY_CUT("percent", "cause"),
        TODAY_LEVEL("effortCap", "minutes"),
        // Referrals (section 9)
        // A clinician's caseload: why a person needs attention (issue 18)
        CARE_REFERRAL("urgency"),
        SETTING_CHANGED_BY_CLINICIAN("setting", "value", "on", "why"),
        IRRITABILITY_SET_BY_CLINICIAN("irritability", "on", "why"),
        CLEARED_BY_CLINICIAN("on", "why"),
        CARE_MORNING_PAIN_RISING("weeks"),
        CARE_RED_RECENTLY("date", "activity"),
        CARE_FLARE("since", "days"),
        CARE_MORNINGS_MISSING("days"),
        CARE_OUTCOME_WORSE("measure", "named", "from", "to"),
        SYMPTOM_REPORTED("urgency", "symptom"),
        MORNING_PAIN_RISING("urgency", "weeks", "weeklyMeans"),
        HIGH_PAIN_ON_TWO_DAYS("urgency", "painFrom", "first", "second"),
        STEP_BACKS_WITHOUT_CONFIRMATION("urgency", "activity", "stepBacks"),
        LONG_FLARE("urgency", "since", "weeks"),
        NO_TRAINING_UNTIL_SEEN(),
        PROGRESSION_PAUSED_UNTIL_SEEN(),
        // Boom and bust (section 10)
        BOOM_AND_BUST("cycles", "weeks"),
        // The week plan (section 12)
        OPTIONAL_WALK("fromMinutes", "toMinutes"),
        WARM_UP("fromMinutes", "toMinutes", "moves"),
        RUN_FORM_IN_FLARE(),
        EASY_RUN(),
        HARDER_RUN("effort"),
        ARM_SWING(),
        UPPER_BACK_CARE(),
        POSTURE_BREAKS("everyMinutes", "sittingHours"),
        SPIKE_GUARD("percent", "activity", "days", "longestMinutes"),
        FLARE_EASY_SESSION(),
        PAUSED_AT_CONFIRMED(),
        PAUSED_NOTHING_RAISED(),
        LIGHTER_TODAY("causes"),
        LIGHTER_AFTER_RED(),
        ONE_CHANGE("variable"),
        CONFIRMED_LEVEL(),
        HELD_LEVEL(),
        FLARE_SPORT("activity"),
        RETURN_PHASE("phase"),
        CAREFUL_FOR_NOW("moves"),
        FLARE_SWAP("fromMinutes", "toMinutes"),
        // The safety envelope: what it trimmed, and why (issue 25)
        HELD_UNTIL_SEEN("activity", "level"),
        HELD_IN_FLARE("activity", "level"),
        WITHIN_YOUR_LEVEL("activity"),
        WEEKLY_GUARD("activity", "percent", "mostMinutes", "allowedMinutes"),
        NO_HARD_DAYS_BACK_TO_BACK("effort"),
        NO_HARD_DAY_IN_FLARE(),
        // Insights (section 11)
        INSIGHTS_NEED_SESSIONS("moreSessions"),
        INSIGHT("factor", "effect", "low", "high"),
        INSIGHTS_NOTHING_CLEAR("sessions"),
        // Live guide (section 4)
        LIVE_SHARP(),
        LIVE_STOP("pain"),
        LIVE_RISING("earlier", "pain"),
        LIVE_CARRY_ON("pain"),
        LIVE_MODIFY("pain");

        private final List<String> names;

        Code(String... names) {
            this.names = List.of(names);
        }

        /** The names of this reason's values, in order. */
        public List<String> names() {
            return names;
        }
    }

    public Reason {
        Objects.requireNonNull(code, "code");
        // Whole numbers are kept as longs, so that a reason built from an int equals one built from a count.
        values = values.stream().map(v -> v instanceof Integer || v instanceof Short || v instanceof Byte
                ? (Object) ((Number) v).longValue() : v instanceof Float f ? (Object) f.doubleValue() : v).toList();
        if (values.size() != code.names().size()) {
            throw new IllegalArgumentException(code + " takes " + code.names() + ", got " + values);
        }
    }

    public static Reason of(Code code, Object... values) {
        return new Reason(code, Arrays.asList(values));
    }

    /** The value named {@code name}, as the type the caller knows it to be. */
    @SuppressWarnings("unchecked")
    public <T> T value(String name) {
        int i = code.names().indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(code + " has no value " + name);
        }
        return (T) values.get(i);
    }

    public int integer(String name) {
        return ((Number) value(name)).intValue();
    }

    public double number(String name) {
        return ((Number) value(name)).doubleValue();
    }

    public boolean flag(String name) {
        return (Boolean) value(name);
    }

    @Override
    public String toString() {
        return code + values.toString();
    }
}
