package org.plimsoll.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.history.History;

/**
 * The whole engine for one person on one day, with 1, 2, 5 and 10 years of history (the demo
 * generator: 3–5 sessions a week, four check-ins per session, most days a daily check-in and
 * daily context). The budget: under 5 ms for 5 years on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1"})
@Threads(1)
public class EvaluateBenchmark {
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 15);

    @Param({"1", "2", "5", "10"})
    public int years;

    private History history;

    @Setup
    public void generate() {
        history = DemoHistory.generate(AS_OF, years * 52, ZoneId.of("Europe/London"));
    }

    @Benchmark
    public Assessment evaluate() {
        return Assessment.derivedFrom(history, AS_OF);
    }
}
