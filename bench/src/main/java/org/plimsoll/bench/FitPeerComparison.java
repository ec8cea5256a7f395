package org.plimsoll.bench;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.plimsoll.formats.fit.FitDecoder;
import org.plimsoll.formats.fit.FitFileBuilder;
import org.plimsoll.formats.fit.FitFormatException;

/**
 * Our FIT decoder against the npm package fit-file-parser on Node.js, in one run on the same
 * files: the two largest fixtures and a generated 100 MB file. Each side decodes each file from
 * memory, warms up, and reports the median of its timed decodes. MB here is 10^6 bytes.
 * Run from the checkout: {@code java -cp bench/target/benchmarks.jar org.plimsoll.bench.FitPeerComparison}
 * after {@code npm ci --prefix bench/node}.
 */
public final class FitPeerComparison {
    private static final String[] FIXTURES = {"python-fitparse/activity-large-fenxi2-multisport.fit",
            "python-fitparse/2019-02-17-062644-ELEMNT-297E-195-0.fit"};

    private FitPeerComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path generated = Files.createTempFile("plimsoll-generated-100MB", ".fit");
        try {
            Files.write(generated, new FitFileBuilder().run(Instant.parse("2026-03-01T07:00:00Z"), 8_400_000));
            List<Path> files = new ArrayList<>();
            Path fixtures = FitDecodeBenchmark.fixtures();
            for (String f : FIXTURES) {
                files.add(fixtures.resolve(f));
            }
            files.add(generated);
            List<String> peer = peer(files);
            System.out.printf(Locale.ROOT, "%-52s %12s %12s %14s %8s%n", "file", "bytes", "ours MB/s",
                    "peer MB/s", "ratio");
            for (int i = 0; i < files.size(); i++) {
                byte[] bytes = Files.readAllBytes(files.get(i));
                double ours = bytes.length / 1e6 / (oursMedianMillis(bytes) / 1000);
                double theirs = peer.size() > i ? number(peer.get(i), "mbPerSecond") : Double.NaN;
                String name = i == files.size() - 1 ? "generated-100MB" : FIXTURES[i];
                System.out.printf(Locale.ROOT, "%-52s %,12d %12.1f %14.1f %7.1fx%n", name, bytes.length, ours, theirs,
                        ours / theirs);
            }
        } finally {
            Files.deleteIfExists(generated);
        }
    }

    private static double oursMedianMillis(byte[] bytes) throws FitFormatException {
        FitDecoder.Handler ignore = new FitDecoder.Handler() {
            @Override
            public void message(org.plimsoll.formats.fit.FitMessage message) {
            }
        };
        for (int i = 0; i < 5; i++) {
            FitDecoder.decode(new ByteArrayInputStream(bytes), ignore);
        }
        double[] times = new double[9];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            FitDecoder.decode(new ByteArrayInputStream(bytes), ignore);
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    /** One JSON line per file from the Node script, in the order given. */
    private static List<String> peer(List<Path> files) throws IOException, InterruptedException {
        Path script = Path.of("bench/node/fit-peer.mjs");
        if (!Files.isDirectory(Path.of("bench/node/node_modules/fit-file-parser"))) {
            System.out.println("fit-file-parser is not installed: run 'npm ci --prefix bench/node' first.");
            return List.of();
        }
        List<String> command = new ArrayList<>(List.of("node", "--max-old-space-size=8192", script.toString()));
        files.forEach(f -> command.add(f.toString()));
        Process node = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        }
        node.waitFor();
        return lines;
    }

    private static double number(String json, String field) {
        int at = json.indexOf("\"" + field + "\":") + field.length() + 3;
        int end = at;
        while (end < json.length() && "0123456789.eE+-".indexOf(json.charAt(end)) >= 0) {
            end++;
        }
        return Double.parseDouble(json.substring(at, end));
    }
}
