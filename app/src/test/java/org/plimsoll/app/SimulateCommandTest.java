package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code plimsoll simulate} as typed: it needs no database. */
class SimulateCommandTest {
    private record Answer(int exit, String out, String err) {
    }

    private static Answer plimsoll(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new Terminal(Map.of(), Clock.systemUTC(), Path.of("").toAbsolutePath(),
                new ByteArrayOutputStream(), new PrintWriter(out), new PrintWriter(err),
                new BufferedReader(new StringReader(""))), args);
        return new Answer(exit, out.toString(), err.toString());
    }

    @Test
    void helpNamesEveryOptionWithItsBounds() {
        Answer help = plimsoll("simulate", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--people=N", "1–10000", "--weeks=N", "2–104", "--seed=N",
                "oracle", "the same options print the same table");
    }

    @Test
    void printsOneRowPerPolicyAndTheSameTableForTheSameSeed() {
        Answer once = plimsoll("simulate", "--people", "4", "--weeks", "3", "--seed", "5");
        assertThat(once.exit()).isZero();
        assertThat(once.err()).isEmpty();
        assertThat(once.out()).startsWith("4 people, 3 weeks, seed 5").contains("| Plimsoll |", "| flat |",
                "| ramp (+1 min/session) |", "| fixed progression (+10%/week) |", "| oracle (90% of true capacity) |");
        assertThat(plimsoll("simulate", "--people", "4", "--weeks", "3", "--seed", "5").out()).isEqualTo(once.out());
    }

    @Test
    void badOptionsExitWith2AndOneLinePerProblem() {
        Answer bad = plimsoll("simulate", "--people", "0", "--weeks", "many", "--seed", "1.5");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err().lines().toList()).containsExactly(
                "plimsoll simulate: --people must be a whole number 1–10000, was '0'",
                "plimsoll simulate: --weeks must be a whole number 2–104, was 'many'",
                "plimsoll simulate: --seed must be a whole number, was '1.5'");
        assertThat(plimsoll("simulate", "--weeks", "105").err())
                .isEqualTo("plimsoll simulate: --weeks must be a whole number 2–104, was '105'" + System.lineSeparator());
    }

    @Test
    void anUnknownOptionExitsWith2() {
        Answer unknown = plimsoll("simulate", "--persons", "3");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown options: '--persons'");
    }
}
