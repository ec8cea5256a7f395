package org.plimsoll.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.plimsoll.formats.activity.ActivityImport;
import org.plimsoll.formats.activity.ImportReport;
import org.plimsoll.formats.activity.StravaExportBuilder;
import org.plimsoll.store.Database;
import org.plimsoll.store.DatabaseSettings;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.session.SessionRepository;

/**
 * Imports a 1,000-activity Strava export into a fresh SQLite database, as {@code plimsoll import}
 * does, and prints the time it took. The export is generated: six in ten activities are FIT
 * files written by our builder (30 to 90 minutes, one record a second, gzipped), the rest are
 * real fixture files (the TCX run and two GPX walks) with their times moved to a new day, and
 * one in twenty is a manual row without a file. Run from the checkout:
 * {@code java -cp bench/target/benchmarks.jar org.plimsoll.bench.StravaImportTiming [zip|folder]}.
 */
public final class StravaImportTiming {
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
    private static final int ACTIVITIES = 1000;

    private StravaImportTiming() {
    }

    public static void main(String[] args) throws Exception {
        boolean zip = args.length == 0 || args[0].equals("zip");
        Path work = Files.createTempDirectory("plimsoll-strava-timing");
        try {
            Path fixtures = FitDecodeBenchmark.fixtures();
            String tcx = Files.readString(fixtures.resolve("python-tcxparser/test.tcx"));
            String gpxA = Files.readString(fixtures.resolve("gpxpy/korita-zbevnica.gpx"));
            String gpxB = Files.readString(fixtures.resolve("gpxpy/cerknicko-jezero.gpx"));
            StravaExportBuilder export = StravaExportBuilder.wide();
            Instant first = Instant.parse("2022-01-03T06:00:00Z");
            for (int i = 0; i < ACTIVITIES; i++) {
                Instant start = first.plus(Duration.ofHours(20L * i));
                switch (i % 20) {
                    case 0 -> export.manual(start, 2400, 0, "Weight Training", "5");
                    case 1, 5, 9, 13 -> export.file(start, 1993, 4689, "Run", ".tcx.gz",
                            StravaExportBuilder.gzip(moved(tcx, start).getBytes(StandardCharsets.UTF_8)));
                    case 3, 11 -> export.file(start, 13080, 6262, "Hike", ".gpx.gz",
                            StravaExportBuilder.gzip(moved(gpxA, start).getBytes(StandardCharsets.UTF_8)));
                    case 7, 17 -> export.file(start, 4260, 4575, "Walk", ".gpx",
                            moved(gpxB, start).getBytes(StandardCharsets.UTF_8));
                    default -> export.fitRun(start, 1800 + (i * 37) % 3600, "Run");
                }
            }
            Path input = zip ? export.zipTo(work.resolve("export.zip")) : export.writeTo(work.resolve("export"));
            long size = zip ? Files.size(input) : folderSize(input);
            try (Database db = Database.open(DatabaseSettings.sqliteFile(work.resolve("plimsoll.db")),
                    new SimpleMeterRegistry())) {
                long account = new AccountRepository(db).create("bench@example.org", "x", Instant.now()).orElseThrow().id();
                SessionRepository sessions = new SessionRepository(db);
                long t0 = System.nanoTime();
                ImportReport report = new ActivityImport(ZoneId.of("Europe/Oslo"), Instant.now(),
                        ActivityImport.Limits.DEFAULT).run(List.of(input), (hash, found) -> sessions.addImported(
                        account, Optional.ofNullable(hash), found, false, Instant.now()), ActivityImport.Progress.NONE);
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%s of %,d bytes: %d imported, %d duplicates, %d skipped in %.1f s%n",
                        zip ? "zip" : "folder", size, report.imported(), report.duplicates(), report.skipped().size(),
                        seconds);
                report.skipped().stream().limit(5).forEach(s -> System.out.println("  skipped " + s.file() + ": "
                        + s.reason()));
            }
        } finally {
            try (Stream<Path> all = Files.walk(work)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The file with every timestamp moved so that its first one is {@code start}. */
    private static String moved(String text, Instant start) {
        Matcher first = INSTANT.matcher(text);
        if (!first.find()) {
            return text;
        }
        Duration shift = Duration.between(Instant.parse(first.group()), start);
        return INSTANT.matcher(text).replaceAll(m -> Instant.parse(m.group()).plus(shift).toString());
    }

    private static long folderSize(Path folder) throws java.io.IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
