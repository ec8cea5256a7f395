package org.plimsoll.engine.reason;

import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.unit.MeanPain;

/** Responses (ENGINE.md section 3): why a session was green, amber, red, or is still waiting. */
public sealed interface ResponseReason extends Reason {

    /** One sentence-maker per reason of this kind: the compiler holds that each is worded. */
    interface Visitor<T> {
        T visit(NoStartPainUsedUsual r);

        T visit(NoStartPainAtAll r);

        T visit(SharpPain r);

        T visit(PainRoseToStop r);

        T visit(MorningRuleMet r);

        T visit(RedFlagWithSession r);

        T visit(PainRoseToModify r);

        T visit(PainHighEvenIfUsual r);

        T visit(HourAfterUp r);

        T visit(NoMorningCheckIn r);

        T visit(AwaitingCheckIns r);

        T visit(AwaitingMorningNoTrouble r);

        T visit(AwaitingMorningAtEdge r);

        T visit(WithinThreshold r);
    }

    record NoStartPainUsedUsual(double usual) implements ResponseReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record NoStartPainAtAll() implements ResponseReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record SharpPain() implements ResponseReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record PainRoseToStop(int during, double start, int stopFrom) implements ResponseReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record MorningRuleMet(int morning, int points, double usual) implements ResponseReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record RedFlagWithSession(List<Symptom> symptoms) implements ResponseReason {
        public RedFlagWithSession {
            symptoms = List.copyOf(symptoms);
        }

        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record PainRoseToModify(int during, double start, int modifyFrom, int modifyTo) implements ResponseReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record PainHighEvenIfUsual(int during, int stopFrom) implements ResponseReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record HourAfterUp(int after, int points, double start, boolean settledByMorning) implements ResponseReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record NoMorningCheckIn(long hours) implements ResponseReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record AwaitingCheckIns() implements ResponseReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record AwaitingMorningNoTrouble() implements ResponseReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record AwaitingMorningAtEdge() implements ResponseReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record WithinThreshold(int morning, Optional<MeanPain> usual) implements ResponseReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }
}
