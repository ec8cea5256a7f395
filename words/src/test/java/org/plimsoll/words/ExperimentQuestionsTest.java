package org.plimsoll.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.engine.reason.ExperimentReason;
import org.plimsoll.engine.profile.Units;

/** The short list of experiment questions (issue 30) and the words the person reads about them. */
class ExperimentQuestionsTest {

    @Test
    void everyQuestionHasTwoDifferentConditionsAnExperimentTakesEachWithItsHow() {
        for (ExperimentQuestions.Question q : ExperimentQuestions.ALL) {
            Experiment e = Experiment.of("x", q.activities().iterator().next(), q.first(), q.second(),
                    java.time.LocalDate.of(2026, 3, 2));
            assertThat(e.conditions()).hasSize(2);
            assertThat(ExperimentQuestions.how(q.first())).contains(q.firstHow());
            assertThat(ExperimentQuestions.how(q.second())).contains(q.secondHow());
            assertThat(q.asked()).endsWith("?");
        }
    }

    @Test
    void questionsAreOfferedOnlyWhereTheyMakeSense() {
        assertThat(ExperimentQuestions.offeredFor(Activity.RUN)).extracting(ExperimentQuestions.Question::code)
                .contains("cadence", "time-of-day", "warm-up").doesNotContain("rotation", "lumbar-support");
        assertThat(ExperimentQuestions.offeredFor(Activity.GOLF)).extracting(ExperimentQuestions.Question::code)
                .contains("rotation").doesNotContain("cadence");
        assertThat(ExperimentQuestions.offeredFor(Activity.SITTING)).extracting(ExperimentQuestions.Question::code)
                .containsExactly("walking-breaks");
        assertThat(ExperimentQuestions.offeredFor(Activity.CYCLE)).extracting(ExperimentQuestions.Question::code)
                .contains("lumbar-support").doesNotContain("cadence", "rotation");
        assertThat(ExperimentQuestions.where(ExperimentQuestions.byCode("cadence").orElseThrow())).isEqualTo("running");
    }

    @Test
    void thePlannedSessionSaysItsConditionWithTheHowAndTheOwnWordsWithout() {
        assertThat(Reasons.of(new ExperimentReason.ExperimentCondition("cadence +5%"), Units.KM))
                .isEqualTo("Your experiment: do this one as “cadence +5%”: shorten your stride a little, same pace.");
        assertThat(Reasons.of(new ExperimentReason.ExperimentCondition("seat high"), Units.KM))
                .isEqualTo("Your experiment: do this one as “seat high”.");
        assertThat(ExperimentQuestions.today("Cadence +5%"))
                .isEqualTo("Today: “Cadence +5%”. Shorten your stride a little, same pace.");
    }

    @Test
    void theChartsTextSaysEachConditionsNextMorningInWords() {
        assertThat(ExperimentQuestions.change("cadence +5%", OptionalDouble.of(-0.96), 7))
                .isEqualTo("“cadence +5%”: 7 sessions with a next-morning check-in; the next morning was on average "
                        + "1 point better than your usual morning.");
        assertThat(ExperimentQuestions.change("usual cadence", OptionalDouble.of(1.5), 1))
                .contains("1 session with", "1.5 points worse");
        assertThat(ExperimentQuestions.change("usual cadence", OptionalDouble.empty(), 0))
                .isEqualTo("“usual cadence”: no session with a next-morning check-in yet.");
    }
}
