package org.plimsoll.words;

import java.util.stream.Collectors;
import org.plimsoll.engine.reason.CareReason;

/** The words of a referral, a clinician's decisions and a caseload's needs (ENGINE.md section 9, issue 18). */
interface CareWords extends CareReason.Visitor<String>, Phrases {
    @Override
    default String visit(CareReason.SymptomReported r) {
        return urgency(r.urgency()) + ". You reported " + Wording.symptom(r.symptom()) + ".";
    }

    @Override
    default String visit(CareReason.CareReferral r) {
        return switch (r.urgency()) {
                    case EMERGENCY -> "Emergency referral: a red-flag symptom was reported.";
                    case SAME_DAY -> "Same-day referral: told to see a doctor today.";
                    default -> "Referral open: told to see a clinician within 1–2 weeks.";
                };
    }

    @Override
    default String visit(CareReason.SettingChangedByClinician r) {
        return settingChange(r.setting(), r.value()) + " by your "
                + "physiotherapist on " + date(r.on()) + ": " + sentence(r.why());
    }

    @Override
    default String visit(CareReason.IrritabilitySetByClinician r) {
        return "How easily your back is stirred up set to “"
                + Wording.irritability(r.irritability()) + "” by your physiotherapist on " + date(r.on()) + ": "
                + sentence(r.why());
    }

    @Override
    default String visit(CareReason.ClearedByClinician r) {
        return "Seen and cleared by your physiotherapist on " + date(r.on()) + ": "
                + sentence(r.why());
    }

    @Override
    default String visit(CareReason.CareMorningPainRising r) {
        return "Morning pain has risen week on week for " + r.weeks() + " weeks.";
    }

    @Override
    default String visit(CareReason.CareRedRecently r) {
        return "A red session on " + date(r.date()) + " (" + activity(r.activity()) + ").";
    }

    @Override
    default String visit(CareReason.CareFlare r) {
        return "In a flare since " + date(r.since()) + " (day " + r.days() + ").";
    }

    @Override
    default String visit(CareReason.CareOutcomeWorse r) {
        // A caseload's reason: the clinician reads it, of someone else's record.
        return Wording.outcomeMeasure(r.measure(), r.named(), Audience.CLINICIAN) + " worse: "
                + Wording.number(r.from()) + " → " + Wording.number(r.to())
                + " since the first check-up.";
    }

    @Override
    default String visit(CareReason.CareMorningsMissing r) {
        return "No morning check-in for " + days(r.days()) + ", while training.";
    }

    @Override
    default String visit(CareReason.MorningPainRising r) {
        return urgency(r.urgency()) + ". Your average morning pain has gone up " + r.weeks()
                + " weeks in a row (" + r.weeklyMeans().stream().map(Wording::number)
                .collect(Collectors.joining(" → ")) + ").";
    }

    @Override
    default String visit(CareReason.HighPainOnTwoDays r) {
        return urgency(r.urgency()) + ". Pain of " + number(r.painFrom()) + "/10 or more on two days "
                + "within three (" + date(r.first()) + " and " + date(r.second()) + ").";
    }

    @Override
    default String visit(CareReason.StepBacksWithoutConfirmation r) {
        return urgency(r.urgency()) + ". No confirmed " + activity(r.activity())
                + " level after " + r.stepBacks() + " step-backs; a clinician can help find what you tolerate.";
    }

    @Override
    default String visit(CareReason.LongFlare r) {
        return urgency(r.urgency()) + ". This flare has lasted more than " + r.weeks() + " weeks (since "
                + date(r.since()) + ").";
    }

    @Override
    default String visit(CareReason.NoTrainingUntilSeen r) {
        return "No training until a doctor has seen you.";
    }

    @Override
    default String visit(CareReason.ProgressionPausedUntilSeen r) {
        return "Nothing is raised until a clinician has seen you.";
    }

    /** A coaching setting at a new value, in words: "Hold set to 21 days". */
    private static String settingChange(org.plimsoll.engine.settings.CoachingSettings.Setting setting, int value) {
        return switch (setting) {
            case HOLD_DAYS -> "Each new level held for " + value + " days before it is confirmed, set";
            case PROGRESSION_STEP_PERCENT -> "Each step up " + value + "% of minutes or distance, set";
            case FLARE_VOLUME_PERCENT -> "In a flare, " + value + "% of your usual amount, set";
            case FLARE_FURTHER_CUT_PERCENT -> "A red session in a flare cuts a further " + value + " points, set";
            case BASELINE_DISCOUNT_PERCENT -> "A starting level " + value + "% below your pain-free test, set";
            case WEEKLY_GUARD_PERCENT -> "A week's plan of an activity at most " + value
                    + "% of the most done in any of the last 4 weeks, set";
            case BREAK_DAYS -> "After " + value + " days without an activity, its level comes down for the restart, set";
            case READINESS_CUT_PERCENT -> value == 0 ? "A watch or ring's readiness no longer changes the day's training, set"
                    : "A day your watch or ring says you are less ready takes " + value + "% off, set";
        };
    }
}
