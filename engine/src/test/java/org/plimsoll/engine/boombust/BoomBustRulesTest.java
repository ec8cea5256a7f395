package org.plimsoll.engine.boombust;

import org.plimsoll.engine.unit.Minutes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;

/** ENGINE.md section 10: boom and bust. Level 3 × 30 min, so a boom is over 39 minutes. */
class BoomBustRulesTest {

    private static Story level() {
        return Story.of().level(Activity.RUN, 1, 3, 30, 5).mornings(1, 5, 2);
    }

    @Test
    void aBoomFollowedByARedWithinFourDaysIsOneCycleAndNoWarning() {
        Story story = level();
        story.sessionWithCheckIns(Activity.RUN, 6, 45, 5, 2, 2, 2, 2);  // boom: 150% of 30
        story.sessionWithCheckIns(Activity.RUN, 9, 30, 5, 2, 6, 5, 3);  // red, 3 days later
        BoomBust bb = story.asOf(12).boomBust();
        assertThat(bb.cycles()).isEqualTo(1);
        assertThat(bb.warning()).isFalse();
        assertThat(bb.history().get(0).percentOfLevel()).isEqualTo(1.5);
    }

    @Test
    void twoCyclesInEightWeeksWarn() {
        Story story = level();
        story.sessionWithCheckIns(Activity.RUN, 6, 45, 5, 2, 2, 2, 2);
        story.sessionWithCheckIns(Activity.RUN, 8, 30, 5, 2, 6, 5, 3);
        story.sessionWithCheckIns(Activity.RUN, 30, 40, 5, 2, 2, 2, 2);  // 133%, then three idle days
        BoomBust bb = story.asOf(40).boomBust();
        assertThat(bb.cycles()).isEqualTo(2);
        assertThat(bb.warning()).isTrue();
        assertThat(bb.history().get(1).bustKind()).isEqualTo("IDLE");
    }

    @Test
    void aSessionAtOneHundredAndThirtyPercentIsNoBoom() {
        Story story = level();
        story.sessionWithCheckIns(Activity.RUN, 6, 39, 5, 2, 2, 2, 2);
        assertThat(story.asOf(20).boomBust().cycles()).isZero();
    }

    @Test
    void theSessionThatStartsAFlareIsComparedWithTheLevelBeforeItNotTheFlareDoseItCaused() {
        Story story = level();
        story.sessionWithCheckIns(Activity.RUN, 6, 30, 5, 2, 6, 5, 2);  // red: 6 during
        String second = story.sessionWithCheckIns(Activity.RUN, 9, 36, 5, 2, 6, 5, 2);  // a second red: flare from day 9
        // 36 minutes is 120% of the level of 30, no boom; it would be 171% of the flare's 21 minutes.
        assertThat(story.asOf(12).flare()).isPresent();
        assertThat(story.asOf(12).levelAtSession().get(second).minutes()).hasValue(Minutes.of(30));
        assertThat(story.asOf(12).boomBust().cycles()).isZero();
    }
}
