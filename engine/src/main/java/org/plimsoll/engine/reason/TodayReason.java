package org.plimsoll.engine.reason;

import java.time.LocalDate;
import java.util.Optional;
import org.plimsoll.engine.unit.Minutes;

/** Today (ENGINE.md section 8): why today's dose is lighter than the level, or no training at all. */
public sealed interface TodayReason extends Reason {

    /** One sentence-maker per reason of this kind: the compiler holds that each is worded. */
    interface Visitor<T> {
        T visit(ShortSleep r);

        T visit(PoorSleep r);

        T visit(HighStress r);

        T visit(LongSitting r);

        T visit(RecentRed r);

        T visit(HrvBelowUsual r);

        T visit(RestingHeartRateUp r);

        T visit(PainUpToday r);

        T visit(PainHighToday r);

        T visit(PainTooHighToTrain r);

        T visit(UsualPainHigh r);

        T visit(YourOwnCut r);

        T visit(TodayCut r);

        T visit(TodayLevel r);
    }

    record ShortSleep(double hours, double under) implements TodayReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record PoorSleep(int quality) implements TodayReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record HighStress(int stress) implements TodayReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record LongSitting(double hours, double fromHours) implements TodayReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record RecentRed(int days, LocalDate date) implements TodayReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    /**
     * Readiness by heart-rate variability: the mean of the last week's mornings, with the lower edge
     * of the person's usual range (60 days), both in ms of the kind measured (RMSSD or SDNN).
     */
    record HrvBelowUsual(double weekMs, double usualFromMs, org.plimsoll.engine.context.HrvKind kind) implements TodayReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    /** Readiness by resting heart rate: this morning's and yesterday's, above the usual range's top. */
    record RestingHeartRateUp(int todayBpm, int yesterdayBpm, double usualToBpm) implements TodayReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record PainUpToday(int pain, double usual) implements TodayReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record PainHighToday(int pain, double painFrom) implements TodayReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record PainTooHighToTrain(int pain, double painFrom, int walkMinutes, int walkEffort, boolean flareOffered) implements TodayReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record UsualPainHigh(double usual, double painFrom) implements TodayReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record YourOwnCut(Reason cause, double pointsWorse, int withCause, int without, int percent, int usualPercent) implements TodayReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record TodayCut(int percent, Reason cause) implements TodayReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record TodayLevel(int effortCap, Optional<Minutes> minutes) implements TodayReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }
}
