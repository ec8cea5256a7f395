package org.plimsoll.bench;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plimsoll.formats.activity.ActivityImport;
import org.plimsoll.formats.activity.ImportReport;
import org.plimsoll.formats.wearable.AppleHealthExportBuilder;
import org.plimsoll.formats.wearable.AppleHealthReader;

/**
 * Times the import of a large Apple Health export.xml against Python's
 * {@code xml.etree.ElementTree.iterparse} with {@code clear()} on the same file, in one run, so
 * that both see the same load on a shared machine. The export is generated (never committed):
 * years of a watch's days, each with about 1,200 heart-rate samples, a night's sleep stages from
 * watch and phone, the morning HRV, a resting heart rate and a workout, under iOS 16's malformed
 * DTD and with a stray {@code \x0b} in every sample's source name. Each side is run three times
 * in turn; the best of each is compared. Run from the checkout, in a 96 MB heap:
 * {@code java -Xmx96m -cp bench/target/benchmarks.jar org.plimsoll.bench.AppleHealthImportTiming [file [MB]]}.
 */
public final class AppleHealthImportTiming {
    private AppleHealthImportTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/plimsoll-apple-export.xml");
        long megabytes = args.length > 1 ? Long.parseLong(args[1]) : 443;
        if (!Files.exists(file)) {
            long days = AppleHealthExportBuilder.writeLarge(file, megabytes * 1_000_000L);
            System.out.printf(Locale.ROOT, "generated %s: %,d bytes, %,d days%n", file, Files.size(file), days);
        }
        System.out.printf(Locale.ROOT, "heap limit %d MB, %d processors%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        double bestReader = Double.MAX_VALUE;
        double bestImport = Double.MAX_VALUE;
        double bestImportCpu = Double.MAX_VALUE;
        double bestPython = Double.MAX_VALUE;
        double bestPythonCpu = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            AppleHealthReader.Export export;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                export = AppleHealthReader.read(in);
            }
            double reader = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            long cpu1 = cpu();
            List<Integer> counted = new ArrayList<>();
            ImportReport report = new ActivityImport(ZoneId.of("Europe/London"), Instant.now(),
                    ActivityImport.Limits.DEFAULT).run(List.of(file), (hash, sessions) -> {
                        counted.add(sessions.size());
                        return sessions;
                    }, ActivityImport.Progress.NONE);
            double full = (System.nanoTime() - t1) / 1e9;
            double fullCpu = (cpu() - cpu1) / 1e9;
            double[] python = python(file);
            System.out.printf(Locale.ROOT, "round %d: reader %.1f s (%d workouts, %d days of measures), "
                            + "import %.1f s, %.1f s cpu (%d sessions, %d skipped), python iterparse %.1f s, %.1f s cpu%n",
                    round + 1, reader, export.workouts().size(), export.days().size(), full, fullCpu,
                    report.imported(), report.skipped().size(), python[0], python[1]);
            bestReader = Math.min(bestReader, reader);
            bestImport = Math.min(bestImport, full);
            bestImportCpu = Math.min(bestImportCpu, fullCpu);
            bestPython = Math.min(bestPython, python[0]);
            bestPythonCpu = Math.min(bestPythonCpu, python[1]);
        }
        System.out.printf(Locale.ROOT, "best: reader %.1f s, import %.1f s (%.1f s cpu), python %.1f s (%.1f s cpu); "
                        + "python/import = %.2f wall, %.2f cpu%n", bestReader, bestImport, bestImportCpu, bestPython,
                bestPythonCpu, bestPython / bestImport, bestPythonCpu / bestImportCpu);
    }

    /** The CPU time of this whole process (every thread, the collector's included), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The Python script's own wall and CPU time for the file, as it prints them (its start-up not counted). */
    private static double[] python(Path file) throws Exception {
        Process p = new ProcessBuilder("python3", "scripts/apple-health-iterparse.py", file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("python failed: " + out);
        }
        String[] lines = out.split("\n");
        System.out.println("  python: " + lines[lines.length - 1]);
        String[] words = lines[lines.length - 1].split(" ");
        return new double[] {Double.parseDouble(words[0]), Double.parseDouble(words[2])};
    }
}
