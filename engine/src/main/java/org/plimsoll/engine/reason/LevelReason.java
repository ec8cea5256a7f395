package org.plimsoll.engine.reason;

import java.time.LocalDate;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.dose.Variable;

/** Levels (ENGINE.md section 6): finding, holding, confirming, raising and stepping back a level. */
public sealed interface LevelReason extends Reason {

    /** One sentence-maker per reason of this kind: the compiler holds that each is worded. */
    interface Visitor<T> {
        T visit(NoLevelYet r);

        T visit(StartingLevelSet r);

        T visit(LevelSetByClinician r);

        T visit(StartingLevelFromTest r);

        T visit(StartingLevelFromFirstWeek r);

        T visit(Holding r);

        T visit(HoldDay r);

        T visit(HoldNeedsSessions r);

        T visit(HoldAwaitsGreen r);

        T visit(Confirmed r);

        T visit(ConfirmedAsDone r);

        T visit(ConfirmedButPaused r);

        T visit(AtGoal r);

        T visit(NextChange r);

        T visit(RedAtNewLevel r);

        T visit(TwoAmbersAtNewLevel r);

        T visit(TwoAmbersBelowLevel r);

        T visit(TooFewGreenAtNewLevel r);

        T visit(NotConfirmedByDeadline r);

        T visit(SteppedBack r);

        T visit(StrengthRed r);

        T visit(StrengthWorkUp r);

        T visit(StrengthVolumeUp r);

        T visit(BreakLevelDown r);

        T visit(BackAfterBreak r);

        T visit(BreakStartAgain r);
    }

    record NoLevelYet(Activity activity) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record StartingLevelSet(LocalDate date) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record LevelSetByClinician(LocalDate date, String why) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record StartingLevelFromTest(LocalDate date) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record StartingLevelFromFirstWeek(Activity activity, int sessions) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record Holding(Dose level, LocalDate since) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    /**
     * A day of a hold: {@code sessionsAtLevel} counted (their next morning in), {@code awaitingMorning}
     * more done at the level and still waiting for their next-morning check-in.
     */
    record HoldDay(long day, int holdDays, int sessionsAtLevel, int sessionsNeeded, long green, int awaitingMorning)
            implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record HoldNeedsSessions(long days, int moreSessions) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record HoldAwaitsGreen(long days, long green, int sessionsAtLevel, boolean anyRed, long greenPercentNeeded, int deadlineDay) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record Confirmed(LocalDate date, long green, long sessionsAtLevel, int days) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record ConfirmedAsDone(Dose level, Dose done) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record ConfirmedButPaused() implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record AtGoal() implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record NextChange(Variable variable, Dose from, Dose to, boolean halfStep) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record RedAtNewLevel(LocalDate date) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record TwoAmbersAtNewLevel() implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record TwoAmbersBelowLevel(long percentOfLevel) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record TooFewGreenAtNewLevel(long green, int sessionsAtLevel, int day, long greenPercentNeeded) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record NotConfirmedByDeadline(int deadlineDay, long green, int sessionsAtLevel, boolean anyRed) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record SteppedBack(Dose from, Dose to, int holdDays) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record StrengthRed() implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record StrengthWorkUp(long percent, long workBefore, long workAfter) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record StrengthVolumeUp(long percent) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record BreakLevelDown(Activity activity, long weeks, int percent, Dose level) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record BackAfterBreak(Activity activity, long weeks, Dose level) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record BreakStartAgain(Activity activity, long weeks) implements LevelReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }
}
