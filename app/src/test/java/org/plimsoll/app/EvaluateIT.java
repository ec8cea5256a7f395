package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The scenario files of the engine's test resources, run through the packaged {@code plimsoll evaluate}. */
class EvaluateIT {
    private static final Path SCENARIOS = Path.of(System.getProperty("plimsoll.scenarios"));

    private record Run(int exit, String out, String err) {
    }

    private static Run evaluate(Path file, String stdin) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("plimsoll.jar"), "evaluate", file == null ? "-" : file.toString());
        Process p = builder.start();
        if (stdin != null) {
            p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, err);
    }

    @TestFactory
    Stream<DynamicTest> badInputExitsWith2AndPrintsOneLinePerProblemOnStandardError() throws IOException {
        List<Path> bad;
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            bad = files.filter(f -> f.getFileName().toString().startsWith("bad-") && f.toString().endsWith(".json"))
                    .sorted().toList();
        }
        assertThat(bad).isNotEmpty();
        return bad.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Run run = evaluate(file, null);
            String expected = Files.readString(Path.of(file.toString().replace(".json", ".stderr")));
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo(expected);
        }));
    }

    @Test
    void theScenarioMdExampleIsAnsweredWithEveryKeyAndTheSameBytesEveryTime() throws Exception {
        Path example = SCENARIOS.resolve("scenario-md-example.json");
        Run first = evaluate(example, null);
        assertThat(first.exit()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).contains("\"asOf\" : \"2026-03-15\"", "\"responses\"", "\"activities\"",
                "\"baselines\"", "\"flare\"", "\"referral\"", "\"boomBust\"", "\"today\"", "\"load\"", "\"plan\"");
        assertThat(first.out()).contains("\"baselineKm\" : 3.4", "\"level\" : \"SOON\"", "\"state\" : \"REFER\"");
        assertThat(evaluate(example, null).out()).isEqualTo(first.out());
        assertThat(evaluate(null, Files.readString(example)).out()).isEqualTo(first.out());
    }

    @Test
    void aFileWithAClinicianLevelAndAClearanceEvaluatesWithBothHonouredAndTheOutcomes() throws Exception {
        Run run = evaluate(SCENARIOS.resolve("clinician-level-and-clearance.json"), null);
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("\"level\" : \"NONE\"",
                "Level set by your physiotherapist on Tue 10 Mar: Two short easy runs a week while the leg settles.",
                "Seen and cleared by your physiotherapist on Tue 10 Mar",
                "\"currentLevel\" : {\n      \"sessionsPerWeek\" : 2,\n      \"minutes\" : 25,\n      \"rpeCap\" : 3",
                "\"outcomes\"", "2 points better since the first check-up (4 → 2): a change that matters.");
    }

    @Test
    void aMissingFileIsAClearError() throws Exception {
        Run run = evaluate(SCENARIOS.resolve("no-such-file.json"), null);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no such file");
    }
}
