package org.plimsoll.engine.live;

import java.util.OptionalInt;
import org.plimsoll.engine.reason.InsightReason;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.response.Responses;

/**
 * The decision guide for pain reported in the middle of a session (ENGINE.md section 4, seeds 002
 * and 003).
 */
public final class LiveGuide {
    private LiveGuide() {
    }

    public enum Decision { CARRY_ON, MODIFY, STOP }

    /** What to do now, and why. */
    public record Advice(Decision decision, Reason reason) {
    }

    /**
     * @param pain the pain now, 0–10
     * @param earlier the pain reported earlier in this session, to tell rising from stable
     * @param sharp whether the pain is sharp
     */
    public static Advice decide(int pain, OptionalInt earlier, boolean sharp) {
        if (pain < 0 || pain > 10) {
            throw new IllegalArgumentException("pain must be 0–10, was " + pain);
        }
        boolean rising = earlier.isPresent() && pain > earlier.getAsInt();
        if (sharp) {
            return new Advice(Decision.STOP, new InsightReason.LiveSharp());
        }
        if (pain >= Responses.STOP_PAIN) {
            return new Advice(Decision.STOP, new InsightReason.LiveStop(pain));
        }
        if (rising && pain >= Responses.MODIFY_PAIN) {
            return new Advice(Decision.STOP, new InsightReason.LiveRising(earlier.getAsInt(), pain));
        }
        if (pain < Responses.MODIFY_PAIN || (pain == Responses.MODIFY_PAIN && !rising)) {
            return new Advice(Decision.CARRY_ON, new InsightReason.LiveCarryOn(pain));
        }
        return new Advice(Decision.MODIFY, new InsightReason.LiveModify(pain));
    }
}
