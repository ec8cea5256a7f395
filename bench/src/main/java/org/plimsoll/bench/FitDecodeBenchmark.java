package org.plimsoll.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
import org.openjdk.jmh.annotations.Warmup;
import org.plimsoll.formats.fit.FitDecoder;
import org.plimsoll.formats.fit.FitFileBuilder;
import org.plimsoll.formats.fit.FitFormatException;

/**
 * FIT decoding speed: every message of a file decoded from memory (so the disk is not measured).
 * MB/s = file size ÷ time per decode; the sizes are printed at setup and in docs/benchmarks.md.
 * The fixture files are read from ../shared/fixtures/activities (run from the checkout).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1", "-Xmx1g"})
public class FitDecodeBenchmark {
    @Param({"generated-100MB", "python-fitparse/activity-large-fenxi2-multisport.fit",
            "python-fitparse/2019-02-17-062644-ELEMNT-297E-195-0.fit"})
    public String file;

    private byte[] bytes;

    @Setup
    public void load() throws IOException {
        if (file.equals("generated-100MB")) {
            // 12 bytes per one-second record: 8.4 million records is about 100 MB.
            bytes = new FitFileBuilder().run(Instant.parse("2026-03-01T07:00:00Z"), 8_400_000);
        } else {
            bytes = Files.readAllBytes(fixtures().resolve(file));
        }
        System.out.printf("%n%s: %,d bytes%n", file, bytes.length);
    }

    static Path fixtures() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/fixtures/activities");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("../shared/fixtures/activities not found: run from the checkout");
    }

    @Benchmark
    public long decode() throws FitFormatException {
        long[] messages = new long[1];
        FitDecoder.decode(new ByteArrayInputStream(bytes), m -> messages[0]++);
        return messages[0];
    }
}
