package org.plimsoll.engine.reason;

import java.time.LocalDate;
import java.util.List;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.checkin.Urgency;
import org.plimsoll.engine.outcome.Outcomes;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.settings.CoachingSettings;

/** Referrals (ENGINE.md section 9), a clinician's decisions, and why a person needs a clinician's attention (issue 18). */
public sealed interface CareReason extends Reason {

    /** One sentence-maker per reason of this kind: the compiler holds that each is worded. */
    interface Visitor<T> {
        T visit(CareReferral r);

        T visit(SettingChangedByClinician r);

        T visit(IrritabilitySetByClinician r);

        T visit(ClearedByClinician r);

        T visit(CareMorningPainRising r);

        T visit(CareRedRecently r);

        T visit(CareFlare r);

        T visit(CareMorningsMissing r);

        T visit(CareOutcomeWorse r);

        T visit(SymptomReported r);

        T visit(MorningPainRising r);

        T visit(HighPainOnTwoDays r);

        T visit(StepBacksWithoutConfirmation r);

        T visit(LongFlare r);

        T visit(NoTrainingUntilSeen r);

        T visit(ProgressionPausedUntilSeen r);
    }

    record CareReferral(Urgency urgency) implements CareReason, Referral {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record SettingChangedByClinician(CoachingSettings.Setting setting, int value, LocalDate on, String why) implements CareReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record IrritabilitySetByClinician(Irritability irritability, LocalDate on, String why) implements CareReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record ClearedByClinician(LocalDate on, String why) implements CareReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record CareMorningPainRising(int weeks) implements CareReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record CareRedRecently(LocalDate date, Activity activity) implements CareReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record CareFlare(LocalDate since, long days) implements CareReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record CareMorningsMissing(long days) implements CareReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record CareOutcomeWorse(Outcomes.Measure measure, String named, double from, double to) implements CareReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record SymptomReported(Urgency urgency, Symptom symptom) implements CareReason, Referral {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record MorningPainRising(Urgency urgency, int weeks, List<Double> weeklyMeans) implements CareReason, Referral {
        public MorningPainRising {
            weeklyMeans = List.copyOf(weeklyMeans);
        }

        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record HighPainOnTwoDays(Urgency urgency, int painFrom, LocalDate first, LocalDate second) implements CareReason, Referral {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record StepBacksWithoutConfirmation(Urgency urgency, Activity activity, int stepBacks) implements CareReason, Referral {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record LongFlare(Urgency urgency, LocalDate since, int weeks) implements CareReason, Referral {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record NoTrainingUntilSeen() implements CareReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record ProgressionPausedUntilSeen() implements CareReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }
}
