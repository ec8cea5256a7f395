package org.plimsoll.engine.reason;

/**
 * Experiments (ENGINE.md section 15): how far one has got, what it found, and what it does to the
 * level and the plan. The conditions are the person's own words for them, shown as they wrote them.
 */
public sealed interface ExperimentReason extends Reason {

    /** One sentence-maker per reason of this kind: the compiler holds that each is worded. */
    interface Visitor<T> {
        T visit(ExperimentNeedsSessions r);

        T visit(ConditionBetter r);

        T visit(ConditionWorse r);

        T visit(NoClearDifference r);

        T visit(StoppedForReds r);

        T visit(ExperimentPausedWhileSettling r);

        T visit(ExperimentPausedByYou r);

        T visit(LevelHeldForExperiment r);

        T visit(ExperimentCondition r);
    }

    /** Too few sessions with a next morning yet: so many of each condition, of the {@code needed}. */
    record ExperimentNeedsSessions(String first, int firstSessions, String second, int secondSessions, int needed)
            implements ExperimentReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    /** Next mornings after the second condition were better by {@code effect} points (low to high, all above 0). */
    record ConditionBetter(String condition, String other, double effect, double low, double high)
            implements ExperimentReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    /** Next mornings after the second condition were worse by {@code effect} points (low to high, all above 0). */
    record ConditionWorse(String condition, String other, double effect, double low, double high)
            implements ExperimentReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    /**
     * The difference may be nothing: {@code moreEach} sessions more of each would likely tell (0: the
     * two are about the same, within the range given).
     */
    record NoClearDifference(String first, String second, double effect, double low, double high, int moreEach)
            implements ExperimentReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    /** Stopped early: one condition had at least 2 tipped-over sessions more than the other. */
    record StoppedForReds(String condition, int reds, String other, int otherReds) implements ExperimentReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    /** A flare or a referral pauses it: those days do not count. */
    record ExperimentPausedWhileSettling() implements ExperimentReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    /** The person paused it on this day. */
    record ExperimentPausedByYou(java.time.LocalDate since) implements ExperimentReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    /** The activity's level holds while the experiment runs, so both conditions get the same dose. */
    record LevelHeldForExperiment(String first, String second) implements ExperimentReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    /** This planned session's condition, by the experiment's random order. */
    record ExperimentCondition(String condition) implements ExperimentReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }
}
