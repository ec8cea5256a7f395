package org.plimsoll.engine.reason;

import java.util.Locale;

/**
 * Why the engine decided something, as a value: one record per reason, with its numbers, dates,
 * doses and activities as typed fields, never a sentence. The wording layer (module {@code words})
 * turns each into the words a person reads, on every page, in the report, the calendar and the API,
 * so the words change (or are translated) in one place.
 *
 * <p>The records are grouped by ENGINE.md's sections ({@link LevelReason}, {@link FlareReason},
 * ...). Java 17 has no exhaustive switch over a sealed interface, so a {@link Visitor} stands in for
 * it: whoever words the reasons implements it, and the compiler refuses a reason left unworded.
 */
public sealed interface Reason permits LevelReason, FlareReason, ResponseReason, TodayReason, CareReason,
        PlanReason, InsightReason, ExperimentReason {

    <T> T accept(Visitor<T> v);

    /** This reason's stable name, as tests and logs write it: the record HoldDay is HOLD_DAY. */
    default Code code() {
        return Codes.OF.get(getClass());
    }

    /** Every kind of reason at once: what a wording of all the engine's reasons implements. */
    interface Visitor<T> extends LevelReason.Visitor<T>, FlareReason.Visitor<T>, ResponseReason.Visitor<T>,
            TodayReason.Visitor<T>, CareReason.Visitor<T>, PlanReason.Visitor<T>, InsightReason.Visitor<T>,
            ExperimentReason.Visitor<T> {
    }

    /** A reason that comes with a referral's urgency: the pages lead with the action it asks for. */
    interface Referral {
        org.plimsoll.engine.checkin.Urgency urgency();
    }

    /** The name of every reason the engine gives, one per record. */
    enum Code {
        // Levels (ENGINE.md section 6)
        NO_LEVEL_YET,
        STARTING_LEVEL_SET,
        LEVEL_SET_BY_CLINICIAN,
        STARTING_LEVEL_FROM_TEST,
        STARTING_LEVEL_FROM_FIRST_WEEK,
        HOLDING,
        HOLD_DAY,
        HOLD_NEEDS_SESSIONS,
        HOLD_AWAITS_GREEN,
        CONFIRMED,
        CONFIRMED_AS_DONE,
        CONFIRMED_BUT_PAUSED,
        AT_GOAL,
        NEXT_CHANGE,
        RED_AT_NEW_LEVEL,
        TWO_AMBERS_AT_NEW_LEVEL,
        TWO_AMBERS_BELOW_LEVEL,
        TOO_FEW_GREEN_AT_NEW_LEVEL,
        NOT_CONFIRMED_BY_DEADLINE,
        STEPPED_BACK,
        STRENGTH_RED,
        STRENGTH_WORK_UP,
        STRENGTH_VOLUME_UP,
        BREAK_LEVEL_DOWN,
        BACK_AFTER_BREAK,
        BREAK_START_AGAIN,
        // Flares (section 7)
        FLARE_DOSE,
        FLARE_SETTLED_HOLDING,
        FLARE_FROM_REDS,
        FLARE_FROM_MORNING,
        FLARE_DECLARED,
        FLARE_DECLARED_BY_CLINICIAN,
        FLARE_ENDED_BY_CLINICIAN,
        FLARE_FREQUENCY_CUT,
        FLARE_FURTHER_CUT,
        FLARE_SETTLED,
        // Responses (section 3)
        NO_START_PAIN_USED_USUAL,
        NO_START_PAIN_AT_ALL,
        SHARP_PAIN,
        PAIN_ROSE_TO_STOP,
        MORNING_RULE_MET,
        RED_FLAG_WITH_SESSION,
        PAIN_ROSE_TO_MODIFY,
        PAIN_HIGH_EVEN_IF_USUAL,
        HOUR_AFTER_UP,
        NO_MORNING_CHECK_IN,
        AWAITING_CHECK_INS,
        AWAITING_MORNING_NO_TROUBLE,
        AWAITING_MORNING_AT_EDGE,
        WITHIN_THRESHOLD,
        // Today (section 8)
        SHORT_SLEEP,
        POOR_SLEEP,
        HIGH_STRESS,
        LONG_SITTING,
        RECENT_RED,
        HRV_BELOW_USUAL,
        RESTING_HEART_RATE_UP,
        PAIN_UP_TODAY,
        PAIN_HIGH_TODAY,
        PAIN_TOO_HIGH_TO_TRAIN,
        USUAL_PAIN_HIGH,
        YOUR_OWN_CUT,
        TODAY_CUT,
        TODAY_LEVEL,
        // Referrals (section 9)
        // A clinician's caseload: why a person needs attention (issue 18)
        CARE_REFERRAL,
        SETTING_CHANGED_BY_CLINICIAN,
        IRRITABILITY_SET_BY_CLINICIAN,
        CLEARED_BY_CLINICIAN,
        CARE_MORNING_PAIN_RISING,
        CARE_RED_RECENTLY,
        CARE_FLARE,
        CARE_MORNINGS_MISSING,
        CARE_OUTCOME_WORSE,
        SYMPTOM_REPORTED,
        MORNING_PAIN_RISING,
        HIGH_PAIN_ON_TWO_DAYS,
        STEP_BACKS_WITHOUT_CONFIRMATION,
        LONG_FLARE,
        NO_TRAINING_UNTIL_SEEN,
        PROGRESSION_PAUSED_UNTIL_SEEN,
        // Boom and bust (section 10)
        BOOM_AND_BUST,
        // The week plan (section 12)
        OPTIONAL_WALK,
        WARM_UP,
        RUN_FORM_IN_FLARE,
        EASY_RUN,
        HARDER_RUN,
        ARM_SWING,
        UPPER_BACK_CARE,
        POSTURE_BREAKS,
        SPIKE_GUARD,
        FLARE_EASY_SESSION,
        PAUSED_AT_CONFIRMED,
        PAUSED_NOTHING_RAISED,
        LIGHTER_TODAY,
        LIGHTER_AFTER_RED,
        ONE_CHANGE,
        CONFIRMED_LEVEL,
        HELD_LEVEL,
        FLARE_SPORT,
        RETURN_PHASE,
        CAREFUL_FOR_NOW,
        FLARE_SWAP,
        // The safety envelope: what it trimmed, and why (issue 25)
        HELD_UNTIL_SEEN,
        HELD_IN_FLARE,
        WITHIN_YOUR_LEVEL,
        WEEKLY_GUARD,
        NO_HARD_DAYS_BACK_TO_BACK,
        NO_HARD_DAY_IN_FLARE,
        // Insights (section 11)
        INSIGHTS_NEED_SESSIONS,
        INSIGHT,
        INSIGHTS_NOTHING_CLEAR,
        // Live guide (section 4)
        LIVE_SHARP,
        LIVE_STOP,
        LIVE_RISING,
        LIVE_CARRY_ON,
        LIVE_MODIFY,
        // Experiments (section 15)
        EXPERIMENT_NEEDS_SESSIONS,
        CONDITION_BETTER,
        CONDITION_WORSE,
        NO_CLEAR_DIFFERENCE,
        STOPPED_FOR_REDS,
        EXPERIMENT_PAUSED_WHILE_SETTLING,
        EXPERIMENT_PAUSED_BY_YOU,
        LEVEL_HELD_FOR_EXPERIMENT,
        EXPERIMENT_CONDITION;
    }

    /** Each record's code, from its name, worked out once per record. */
    final class Codes {
        static final ClassValue<Code> OF = new ClassValue<>() {
            @Override
            protected Code computeValue(Class<?> type) {
                return Code.valueOf(type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
            }
        };

        private Codes() {
        }
    }
}
