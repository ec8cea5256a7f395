package org.plimsoll.engine.insight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.reason.Reason.Code;
import org.plimsoll.engine.reason.Reason;

/** ENGINE.md section 11: personal insights, only when the data can support them. */
class InsightRulesTest {

    @Test
    void belowTwentySessionsItSaysHowManyMoreWouldHelp() {
        Story story = Story.of();
        for (int i = 0; i < 12; i++) {
            story.sessionWithCheckIns(Activity.RUN, 1 + 2 * i, 30, 4, 2, 2, 2, 2);
        }
        Insights insights = story.asOf(30).insights();
        assertThat(insights.enoughData()).isFalse();
        // The first session has no earlier morning to compare its next morning with: 11 count.
        assertThat(insights.sessionsUsed()).isEqualTo(11);
        assertThat(insights.sessionsNeeded()).isEqualTo(9);
        assertThat(insights.statements()).containsExactly(Reason.of(Code.INSIGHTS_NEED_SESSIONS, 9));
    }

    @Test
    void whenHardSessionsAloneWorsenMorningsItSaysSoPerEffortPointAndWhatToDo() {
        Story story = Story.of();
        int[] minutes = {25, 35, 30};
        for (int i = 0; i < 36; i++) {
            int rpe = i % 2 == 0 ? 3 : 6;
            int morning = rpe == 6 ? 3 : 2;
            story.sessionWithCheckIns(Activity.RUN, 1 + 2 * i, minutes[i % 3], rpe, 2, 2, 2, morning);
        }
        Insights insights = story.asOf(75).insights();
        assertThat(insights.enoughData()).isTrue();
        Insights.Factor effort = insights.nextMorning().stream().filter(f -> f.name().equals("effort"))
                .findFirst().orElseThrow();
        assertThat(effort.effect()).isBetween(0.2, 1.0);
        assertThat(effort.low()).isPositive();
        assertThat(insights.statements()).contains(Reason.of(Code.INSIGHT, "effort", effort.effect(), effort.low(),
                effort.high()));
    }
}
