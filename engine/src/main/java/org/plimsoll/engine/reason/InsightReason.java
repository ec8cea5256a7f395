package org.plimsoll.engine.reason;

/** Insights (ENGINE.md section 11) and the live guide during a session (section 4). */
public sealed interface InsightReason extends Reason {

    /** One sentence-maker per reason of this kind: the compiler holds that each is worded. */
    interface Visitor<T> {
        T visit(InsightsNeedSessions r);

        T visit(Insight r);

        T visit(InsightsNothingClear r);

        T visit(LiveSharp r);

        T visit(LiveStop r);

        T visit(LiveRising r);

        T visit(LiveCarryOn r);

        T visit(LiveModify r);
    }

    record InsightsNeedSessions(int moreSessions) implements InsightReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record Insight(String factor, double effect, double low, double high) implements InsightReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record InsightsNothingClear(int sessions) implements InsightReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record LiveSharp() implements InsightReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record LiveStop(int pain) implements InsightReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record LiveRising(int earlier, int pain) implements InsightReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record LiveCarryOn(int pain) implements InsightReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }

    record LiveModify(int pain) implements InsightReason {
        @Override
        public <T> T accept(Reason.Visitor<T> v) {
            return v.visit(this);
        }
    }
}
