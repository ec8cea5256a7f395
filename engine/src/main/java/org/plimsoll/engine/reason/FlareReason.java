package org.plimsoll.engine.reason;

import java.time.LocalDate;
import java.util.Optional;

/** Flares (ENGINE.md section 7): why a flare began, what it changes, and how it ended. */
public sealed interface FlareReason extends Reason {

    /** One sentence-maker per reason of this kind: the compiler holds that each is worded. */
    interface Visitor<T> {
        T visit(FlareDose r);

        T visit(FlareSettledHolding r);

        T visit(FlareFromReds r);

        T visit(FlareFromMorning r);

        T visit(FlareDeclared r);

        T visit(FlareDeclaredByClinician r);

        T visit(FlareEndedByClinician r);

        T visit(FlareFrequencyCut r);

        T visit(FlareFurtherCut r);

        T visit(FlareSettled r);
    }

    record FlareDose(LocalDate since, int effortCap, int volumePercent, boolean frequencyCut) implements FlareReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record FlareSettledHolding(LocalDate date) implements FlareReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record FlareFromReds(int days, LocalDate first, LocalDate second) implements FlareReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record FlareFromMorning(LocalDate date) implements FlareReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record FlareDeclared(Optional<String> note) implements FlareReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record FlareDeclaredByClinician(LocalDate date, String why) implements FlareReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record FlareEndedByClinician(LocalDate date, String why) implements FlareReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record FlareFrequencyCut(int days) implements FlareReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record FlareFurtherCut(int days, LocalDate date, int percent) implements FlareReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record FlareSettled(LocalDate date, int days, double usual, int withinPoints) implements FlareReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }
}
