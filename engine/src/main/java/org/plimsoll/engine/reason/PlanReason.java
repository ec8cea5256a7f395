package org.plimsoll.engine.reason;

import java.util.List;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.dose.Variable;

/** The week plan's notes (ENGINE.md sections 10 and 12) and what the safety envelope trimmed (issue 25). */
public sealed interface PlanReason extends Reason {

    /** One sentence-maker per reason of this kind: the compiler holds that each is worded. */
    interface Visitor<T> {
        T visit(BoomAndBust r);

        T visit(OptionalWalk r);

        T visit(WarmUp r);

        T visit(RunFormInFlare r);

        T visit(EasyRun r);

        T visit(HarderRun r);

        T visit(ArmSwing r);

        T visit(UpperBackCare r);

        T visit(PostureBreaks r);

        T visit(SpikeGuard r);

        T visit(FlareEasySession r);

        T visit(PausedAtConfirmed r);

        T visit(PausedNothingRaised r);

        T visit(LighterToday r);

        T visit(LighterAfterRed r);

        T visit(OneChange r);

        T visit(ConfirmedLevel r);

        T visit(HeldLevel r);

        T visit(FlareSport r);

        T visit(ReturnPhase r);

        T visit(CarefulForNow r);

        T visit(FlareSwap r);

        T visit(HeldUntilSeen r);

        T visit(HeldInFlare r);

        T visit(WithinYourLevel r);

        T visit(WeeklyGuard r);

        T visit(NoHardDaysBackToBack r);

        T visit(NoHardDayInFlare r);
    }

    record BoomAndBust(long cycles, int weeks) implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record OptionalWalk(int fromMinutes, int toMinutes) implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record WarmUp(int fromMinutes, int toMinutes) implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record RunFormInFlare() implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record EasyRun() implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record HarderRun(int effort) implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record ArmSwing() implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record UpperBackCare() implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record PostureBreaks(int everyMinutes, double sittingHours) implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record SpikeGuard(long percent, Activity activity, int days, long longestMinutes) implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record FlareEasySession() implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record PausedAtConfirmed() implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record PausedNothingRaised() implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record LighterToday(List<Reason> causes) implements PlanReason {
        public LighterToday {
            causes = List.copyOf(causes);
        }

        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record LighterAfterRed() implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record OneChange(Variable variable) implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record ConfirmedLevel() implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record HeldLevel() implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record FlareSport(Activity activity) implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record ReturnPhase(int phase) implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record CarefulForNow() implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record FlareSwap(int fromMinutes, int toMinutes) implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record HeldUntilSeen(Activity activity, Dose level) implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record HeldInFlare(Activity activity, Dose level) implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record WithinYourLevel(Activity activity) implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record WeeklyGuard(Activity activity, long percent, long mostMinutes, long allowedMinutes) implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record NoHardDaysBackToBack(int effort) implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record NoHardDayInFlare() implements PlanReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }
}
