package org.plimsoll.engine.level;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.plan.PlannedSession;

/**
 * ENGINE.md section 6 (a stretch that ended more than 8 weeks ago is history, not a level) and issue 28
 * item 6: an activity whose only sessions are older than 8 weeks gets no row and no plan entry.
 */
class OldSessionsAreHistoryTest {
    private static boolean calibrates(Assessment a, Activity activity) {
        return a.activities().stream().anyMatch(x -> x.activity() == activity);
    }

    @Test
    void sessionsOlderThanEightWeeksPutNoActivityOnToday() {
        Story story = Story.of();
        story.session(Activity.CYCLE, 1, 45, 4);
        story.session(Activity.OTHER, 1, 90, 3);

        assertThat(calibrates(story.asOf(57), Activity.CYCLE)).as("56 days after: still recent").isTrue();
        Assessment later = story.asOf(58);
        assertThat(calibrates(later, Activity.CYCLE)).as("57 days after: history").isFalse();
        assertThat(calibrates(later, Activity.OTHER)).isFalse();
        assertThat(later.plan()).extracting(PlannedSession::activity).doesNotContain(Activity.CYCLE, Activity.OTHER);
        assertThat(story.history().sessions()).as("kept in the history").hasSize(2);
    }

    @Test
    void aLevelSetStillCalibratesAnActivityWhoseSessionsAreOld() {
        Story story = Story.of().level(Activity.WALK, 1, 3, 30, 3);
        story.session(Activity.WALK, 1, 30, 3);

        assertThat(calibrates(story.asOf(100), Activity.WALK)).isTrue();
    }

    @Test
    void aBackExerciseSessionIsPlannedWithGentleMovesForTheBack() {
        Story story = Story.of().level(Activity.BACK_EXERCISES, 1, 3, 10, 3);

        var planned = story.asOf(1).plan().stream().filter(p -> p.activity() == Activity.BACK_EXERCISES).toList();

        assertThat(planned).hasSize(3);
        assertThat(planned.get(0).minutes()).hasValueSatisfying(m -> assertThat(m.value()).isEqualTo(10));
        assertThat(planned.get(0).exercises()).isNotEmpty().allSatisfy(e -> assertThat(e.toString())
                .doesNotContain("DEADLIFT", "SQUAT", "ROW"));
        assertThat(Activity.BACK_EXERCISES.defaultDemands().impact()).isZero();
    }
}
