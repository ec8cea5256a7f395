package org.plimsoll.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.experiment.ExperimentAnswer;
import org.plimsoll.engine.experiment.ExperimentStatus;
import org.plimsoll.engine.experiment.Verdict;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.engine.reason.ExperimentReason;
import org.plimsoll.engine.reason.Reason;

/**
 * An experiment's answer where it stays (issue 30): the person reads "your next mornings", their
 * physiotherapist "their next mornings", with the same numbers; a pause is said elsewhere, not here.
 */
class ExperimentResultsTest {
    private static final Experiment CADENCE = new Experiment("run-1", Activity.RUN, List.of("usual", "cadence +5%"),
            LocalDate.of(2026, 2, 1), 6, Optional.empty(), Optional.empty());

    private static ExperimentAnswer answer(ExperimentStatus status, Reason... reasons) {
        Map<String, Integer> sessions = new LinkedHashMap<>();
        sessions.put("usual", 7);
        sessions.put("cadence +5%", 6);
        return new ExperimentAnswer(CADENCE, status, sessions, Map.of("usual", 0, "cadence +5%", 0), Optional.empty(),
                Verdict.NOT_ENOUGH_DATA, LocalDate.of(2026, 3, 15), 13, List.of(reasons));
    }

    @Test
    void thePersonReadsYourMorningsAndTheClinicianTheirsWithTheSameNumbers() {
        for (Reason r : List.of(new ExperimentReason.ConditionBetter("cadence +5%", "usual", 1.04, 0.41, 1.6),
                new ExperimentReason.ConditionWorse("cadence +5%", "usual", 1.5, 1.1, 1.9),
                new ExperimentReason.NoClearDifference("usual", "cadence +5%", 0.2, -0.3, 0.7, 0),
                new ExperimentReason.NoClearDifference("usual", "cadence +5%", 0.5, -0.6, 1.6, 4),
                new ExperimentReason.StoppedForReds("cadence +5%", 2, "usual", 0),
                new ExperimentReason.ExperimentNeedsSessions("usual", 3, "cadence +5%", 2, 6))) {
            ExperimentAnswer a = answer(ExperimentStatus.DONE, r);
            String yours = ExperimentResults.findings(a, Audience.PERSON).get(0);
            String theirs = ExperimentResults.findings(a, Audience.CLINICIAN).get(0);
            assertThat(yours).isEqualTo(Reasons.of(r));
            assertThat(theirs).doesNotContainIgnoringCase("your ").doesNotContain("Keep to");
            assertThat(theirs.replace("their ", "your ")).as("the same sentence in the other voice")
                    .isEqualTo(yours.replace(" Keep to “usual” for now.", ""));
        }
    }

    @Test
    void theStatusSaysUntilWhenOrSinceWhenAndTheSessionsCountedPerCondition() {
        ExperimentAnswer running = answer(ExperimentStatus.RUNNING,
                new ExperimentReason.ExperimentNeedsSessions("usual", 3, "cadence +5%", 2, 6));
        assertThat(ExperimentResults.status(running)).isEqualTo("Under way, 6 weeks until Sun 15 Mar.");
        assertThat(ExperimentResults.status(answer(ExperimentStatus.DONE))).isEqualTo("Finished on Sat 14 Mar.");
        assertThat(ExperimentResults.sessions(running))
                .isEqualTo("Sessions with a next-morning check-in: 7 as “usual”, 6 as “cadence +5%”.");
        assertThat(ExperimentResults.title(running)).isEqualTo("Run: “usual” or “cadence +5%”");
        ExperimentAnswer paused = answer(ExperimentStatus.PAUSED,
                new ExperimentReason.ExperimentPausedByYou(LocalDate.of(2026, 2, 20)),
                new ExperimentReason.ExperimentNeedsSessions("usual", 3, "cadence +5%", 2, 6));
        assertThat(ExperimentResults.findings(paused, Audience.PERSON)).hasSize(1).allMatch(f -> f.startsWith("Not enough"));
    }

    @Test
    void aListedQuestionFitsOnlyItsActivities() {
        assertThat(ExperimentResults.question("rotation").orElseThrow().fits(Activity.GOLF)).isTrue();
        assertThat(ExperimentResults.question("rotation").orElseThrow().fits(Activity.CYCLE)).isFalse();
        assertThat(ExperimentResults.question("time-of-day").orElseThrow().fits(Activity.SWIM)).isTrue();
        assertThat(ExperimentResults.questionsFor(Activity.CYCLE)).extracting(ExperimentResults.Question::key)
                .containsExactly("time-of-day", "warm-up", "lumbar-support");
        assertThat(ExperimentResults.QUESTIONS).allMatch(q -> q.first().length() <= Experiment.MOST_CONDITION_LENGTH
                && q.second().length() <= Experiment.MOST_CONDITION_LENGTH);
    }
}
