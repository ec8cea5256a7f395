package org.plimsoll.formats.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.session.SameActivity;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.session.Source;
import org.plimsoll.formats.fit.FitFileBuilder;
import org.plimsoll.engine.unit.Distance;

/** The import of files, folders, zips and Strava exports, on files our own test code writes. */
class ActivityImportTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final Instant MON = Instant.parse("2026-03-02T06:30:00Z");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @TempDir
    Path dir;

    /** Stores what is new by the same rule the database uses, in memory. */
    private static final class Kept implements ActivityImport.Destination {
        final List<Session> stored = new ArrayList<>();
        final List<String> hashes = new ArrayList<>();

        @Override
        public List<Session> addNew(String fileHash, List<Session> sessions) {
            List<Session> added = sessions.stream()
                    .filter(s -> stored.stream().noneMatch(old -> SameActivity.isSame(old, s))).toList();
            stored.addAll(added);
            hashes.add(fileHash);
            return added;
        }
    }

    private ImportReport run(ActivityImport.Destination to, Path... inputs) {
        return new ActivityImport(OSLO, NOW, ActivityImport.Limits.DEFAULT).run(List.of(inputs), to,
                ActivityImport.Progress.NONE);
    }

    private static StravaExportBuilder fiveActivities(StravaExportBuilder export) {
        return export.fitRun(MON, 1800, "Run")
                .gpxRide(MON.plusSeconds(86_400), 3600, "Ride")
                .tcxRun(MON.plusSeconds(2 * 86_400), 2400, "Run")
                .manual(MON.plusSeconds(3 * 86_400), 2700, 0, "Weight Training", "6")
                .missingFile(MON.plusSeconds(4 * 86_400), 1500, 4200, "Run");
    }

    @Test
    void aStravaZipInTheWideLayoutGivesEveryRowAndReportsTheMissingFile() throws IOException {
        Path zip = fiveActivities(StravaExportBuilder.wide()).zipTo(dir.resolve("export_12345.zip"));
        Kept kept = new Kept();
        ImportReport report = run(kept, zip);

        assertThat(report.imported()).isEqualTo(5);
        assertThat(report.duplicates()).isZero();
        assertThat(report.sessions()).extracting(i -> i.session().activity(), i -> i.session().minutes().value())
                .containsExactly(tuple(Activity.RUN, 30), tuple(Activity.CYCLE, 60), tuple(Activity.RUN, 40),
                        tuple(Activity.STRENGTH, 45), tuple(Activity.RUN, 25));
        assertThat(report.sessions().get(0).file()).endsWith("export_12345.zip/activities/1000000000.fit.gz");
        assertThat(report.sessions().get(0).session().distance()).hasValue(Distance.ofKm(5.397));
        assertThat(report.sessions().get(3).file()).endsWith("export_12345.zip/activities.csv line 5");
        // the person rated the weight session 6 on Strava: that is their effort, not an estimate
        assertThat(report.sessions().get(3).session().rpe()).contains(new Effort(6));
        assertThat(report.sessions().get(3).session().rpeEstimated()).isFalse();
        // the run from the FIT file has heart rate: its effort is estimated and flagged
        assertThat(report.sessions().get(0).session().rpeEstimated()).isTrue();
        assertThat(report.sessions().get(4).session().distance()).hasValue(Distance.ofKm(4.2));
        assertThat(report.skipped()).singleElement().satisfies(s -> {
            assertThat(s.file()).endsWith("export_12345.zip/activities/1000000004.fit.gz");
            assertThat(s.reason()).isEqualTo("missing from the export; the activity was imported from "
                    + "activities.csv line 6");
        });
        assertThat(kept.stored).allSatisfy(s -> {
            assertThat(s.source()).isEqualTo(Source.IMPORT);
            assertThat(s.start().getZone()).isEqualTo(OSLO);
        });
    }

    @Test
    void theOldestLowerCaseStravaLayoutWithDistancesInMetresGivesTheSameSessions() throws IOException {
        Path zip = fiveActivities(StravaExportBuilder.lowercase()).zipTo(dir.resolve("export_2014.zip"));
        ImportReport report = run(new Kept(), zip);
        assertThat(report.imported()).isEqualTo(5);
        assertThat(report.sessions()).extracting(i -> i.session().activity(), i -> i.session().minutes().value())
                .containsExactly(tuple(Activity.RUN, 30), tuple(Activity.CYCLE, 60), tuple(Activity.RUN, 40),
                        tuple(Activity.STRENGTH, 45), tuple(Activity.RUN, 25));
        // 4200 in the distance column of this layout is metres: 4.2 km, not 4200 km.
        assertThat(report.sessions().get(4).session().distance()).hasValue(Distance.ofKm(4.2));
    }

    @Test
    void whenActivitiesCsvCannotBeReadTheActivityFilesBesideItAreStillImported() throws IOException {
        Path zip = fiveActivities(StravaExportBuilder.wide()).brokenIndex().zipTo(dir.resolve("export_9.zip"));
        ImportReport report = run(new Kept(), zip);
        // The three recorded files (FIT, GPX, TCX); the two rows without a file had only the index.
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.skipped()).singleElement().satisfies(s -> {
            assertThat(s.file()).endsWith("export_9.zip/activities.csv");
            assertThat(s.reason()).endsWith("; the activity files beside it were imported on their own");
        });
        Path folder = fiveActivities(StravaExportBuilder.old()).brokenIndex().writeTo(dir.resolve("export_9"));
        assertThat(run(new Kept(), folder).imported()).isEqualTo(3);
    }

    @Test
    void anExtractedStravaFolderInTheOldLayoutGivesTheSameSessions() throws IOException {
        Path folder = fiveActivities(StravaExportBuilder.old()).writeTo(dir.resolve("export"));
        ImportReport report = run(new Kept(), folder);
        assertThat(report.imported()).isEqualTo(5);
        assertThat(report.sessions()).extracting(i -> i.session().activity())
                .containsExactly(Activity.RUN, Activity.CYCLE, Activity.RUN, Activity.STRENGTH, Activity.RUN);
        // the old layout has a single distance column, in kilometres
        assertThat(report.sessions().get(4).session().distance()).hasValue(Distance.ofKm(4.2));
        assertThat(report.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).startsWith("missing"));
    }

    @Test
    void importingTheSameExportAgainStoresNothingNew() throws IOException {
        Path zip = fiveActivities(StravaExportBuilder.wide()).zipTo(dir.resolve("export.zip"));
        Kept kept = new Kept();
        run(kept, zip);
        ImportReport again = run(kept, zip);
        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(5);
        assertThat(kept.stored).hasSize(5);
    }

    @Test
    void aWatchFileAndTheStravaRowOfTheSameRunAreOneSession() throws IOException {
        Path fit = Files.write(dir.resolve("run.fit"), new FitFileBuilder().run(MON.plusSeconds(30), 1800));
        Path folder = StravaExportBuilder.wide().manual(MON, 1800, 5400, "Run", "").writeTo(dir.resolve("strava"));
        ImportReport report = run(new Kept(), fit, folder);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.sessions().get(0).file()).endsWith("run.fit");
    }

    @Test
    void aDamagedFileInAnExportIsReportedAndItsRowImportedFromTheCsv() throws IOException {
        byte[] fit = new FitFileBuilder().run(MON, 600);
        byte[] damaged = Arrays.copyOf(fit, fit.length - 40);
        Path zip = StravaExportBuilder.wide().file(MON, 600, 1797, "Run", ".fit", damaged)
                .fitRun(MON.plusSeconds(86_400), 600, "Run").zipTo(dir.resolve("export.zip"));
        ImportReport report = run(new Kept(), zip);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.skipped()).singleElement().satisfies(s -> {
            assertThat(s.file()).endsWith("activities/1000000000.fit");
            assertThat(s.reason()).endsWith("; the activity was imported from activities.csv line 2");
        });
        assertThat(report.sessions().get(0).file()).endsWith("activities.csv line 2");
    }

    @Test
    void aStravaRowWithAnImpossibleDateIsSkippedAndTheRestImported() throws IOException {
        Path folder = StravaExportBuilder.wide().fitRun(MON, 600, "Run")
                .rawRow("42,\"Smarch 45, 2026, 7:00:00 AM\",Odd,Run,,600,1.8,,,false,,,,,,600.0,600,1800.0")
                .writeTo(dir.resolve("export"));
        ImportReport report = run(new Kept(), folder);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.skipped()).singleElement().satisfies(s -> {
            assertThat(s.file()).endsWith("export/activities.csv line 3");
            assertThat(s.reason()).isEqualTo("'Smarch 45, 2026, 7:00:00 AM' is not a date Strava writes");
        });
    }

    @Test
    void aStravaCsvOnItsOwnAsksForTheWholeExport() throws IOException {
        Path csv = Files.writeString(dir.resolve("activities-copy.csv"),
                StravaExportBuilder.wide().manual(MON, 600, 0, "Run", "").csv());
        ImportReport report = run(new Kept(), csv);
        assertThat(report.skipped()).singleElement().satisfies(s -> assertThat(s.reason())
                .startsWith("a Strava activities.csv: import the export's folder or zip"));
    }

    @Test
    void aSessionsCsvWithTheDocumentedColumns() throws IOException {
        Path csv = Files.writeString(dir.resolve("log.csv"), """
                date,time,activity,minutes,distance_km,rpe,notes
                2026-03-02,07:15,run,32,5.1,4,felt fine
                2026-03-03,,Swimming,45,,,
                2026-03-04,18:00,golf,240,,3,"nine holes, then nine more"
                """);
        ImportReport report = run(new Kept(), csv);
        assertThat(report.skipped()).isEmpty();
        assertThat(report.sessions()).extracting(i -> i.session().activity(), i -> i.session().start().toLocalTime()
                .toString(), i -> i.session().minutes().value()).containsExactly(tuple(Activity.RUN, "07:15", 32),
                tuple(Activity.SWIM, "12:00", 45), tuple(Activity.GOLF, "18:00", 240));
        assertThat(report.sessions().get(0).session().rpe()).contains(new Effort(4));
        assertThat(report.sessions().get(0).session().rpeEstimated()).isFalse();
        // no effort, no heart rate, no distance: nothing to estimate from
        assertThat(report.sessions().get(1).session().rpe()).isEmpty();
    }

    @Test
    void aSessionsCsvWithMistakesIsRefusedWholeWithEachLineAndColumn() throws IOException {
        Path csv = Files.writeString(dir.resolve("log.csv"), """
                date,activity,minutes,rpe
                2026-03-02,run,32,4
                2026-02-30,run,30,4
                2026-03-04,run,abc,4
                2026-03-05,run,30,12
                """);
        Kept kept = new Kept();
        ImportReport report = run(kept, csv);
        assertThat(report.imported()).isZero();
        assertThat(kept.stored).isEmpty();
        assertThat(report.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo(
                "line 3, date: '2026-02-30' is not a date like 2026-03-02; line 4, minutes: 'abc' is not a number; "
                        + "line 5, rpe: 12 is outside 0–10"));
        Path noMinutes = Files.writeString(dir.resolve("other.csv"), "date,activity,duration\n2026-03-02,run,30\n");
        // The file's own columns are named as its own; ours as what a sessions file starts with.
        assertThat(run(kept, noMinutes).skipped().get(0).reason()).isEqualTo("line 1: this is not a sessions file: "
                + "its header has no 'minutes' column (it has: date, activity, duration). A sessions file starts "
                + "with the columns date, time, activity, minutes, distance_km, rpe, avg_hr, max_hr");
    }

    @Test
    void aFileNamedZipThatIsNotAZipIsCalledWhatItIs() throws IOException {
        Path fake = Files.writeString(dir.resolve("export.zip"), "this is not a zip at all");
        assertThat(run(new Kept(), fake).skipped()).singleElement().satisfies(s -> assertThat(s.reason())
                .isEqualTo("it is named .zip but is not a zip archive (damaged, or only partly downloaded?)"));
    }

    @Test
    void badFilesAreReportedEachWithItsReasonAndTheRestOfTheBatchImported() throws IOException {
        byte[] fit = new FitFileBuilder().run(MON, 600);
        Path good = Files.write(dir.resolve("good.fit"), fit);
        Path empty = Files.write(dir.resolve("empty.fit"), new byte[0]);
        Path truncated = Files.write(dir.resolve("truncated.fit"), Arrays.copyOf(fit, 100));
        Path notes = Files.writeString(dir.resolve("notes.txt"), "ran 5k, back ok");
        // a watch whose clock was never set counts from FIT's epoch, the last day of 1989
        Path old = Files.write(dir.resolve("1989.fit"), new FitFileBuilder().run(Instant.parse("1989-12-31T00:00:10Z"), 600));
        Path future = Files.write(dir.resolve("future.fit"), new FitFileBuilder().run(NOW.plusSeconds(3 * 86_400), 600));
        Path brokenXml = Files.writeString(dir.resolve("broken.tcx"), "<TrainingCenterDatabase><Activities>");
        ImportReport report = run(new Kept(), good, empty, truncated, notes, old, future, brokenXml,
                dir.resolve("absent.gpx"));
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.skipped()).extracting(s -> Path.of(s.file()).getFileName().toString(), s -> s.reason())
                .containsExactlyInAnyOrder(
                        tuple("empty.fit", "the file is empty"),
                        tuple("truncated.fit", report.skipped().stream().filter(s -> s.file().endsWith("truncated.fit"))
                                .findFirst().orElseThrow().reason()),
                        tuple("notes.txt", "not an activity file: it is not FIT, GPX, TCX, CSV or a zip"),
                        tuple("1989.fit", "impossible date 1989-12-31: the device's clock was not set"),
                        tuple("future.fit", "impossible date 2026-11-24: it is in the future"),
                        tuple("broken.tcx", "the TCX file is not well-formed XML (line 1)"),
                        tuple("absent.gpx", "no such file or folder"));
        assertThat(report.skipped().stream().filter(s -> s.file().endsWith("truncated.fit")).findFirst()
                .orElseThrow().reason()).contains("truncated");
    }

    @Test
    void aCsvPastItsRowsOrBytesIsSkippedWithItsReasonNotReadIntoMemory() throws IOException {
        StringBuilder rows = new StringBuilder("date,activity,minutes\n");
        for (int i = 0; i <= Csv.MAX_ROWS; i++) {
            rows.append("2026-03-02,run,30\n");
        }
        Path many = Files.writeString(dir.resolve("many.csv"), rows);
        assertThat(run(new Kept(), many).skipped()).singleElement().satisfies(s -> assertThat(s.reason())
                .isEqualTo("the file has more than " + Csv.MAX_ROWS + " rows, more than any list of sessions"));
        byte[] huge = new byte[CsvFiles.CSV_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) 'a');
        byte[] header = "date,activity,minutes\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(header, 0, huge, 0, header.length);
        Path big = Files.write(dir.resolve("big.csv"), huge);
        assertThat(run(new Kept(), big).skipped()).singleElement().satisfies(s -> assertThat(s.reason())
                .isEqualTo("the file is larger than 32 MB, more than any list of sessions"));
    }

    @Test
    void anImportStopsReadingFilesOnceItHoldsItsActivities() throws IOException {
        StringBuilder rows = new StringBuilder("date,time,activity,minutes\n");
        for (int i = 0; i < 5; i++) {
            rows.append("2026-03-0").append(i + 1).append(",07:00,run,30\n");
        }
        Path first = Files.writeString(dir.resolve("a.csv"), rows);
        Path second = Files.write(dir.resolve("b.fit"), new FitFileBuilder().run(MON.plusSeconds(7 * 86_400), 600));
        ActivityImport.Limits four = new ActivityImport.Limits(64L * 1024 * 1024, 64L * 1024 * 1024, 1000, 4);
        ImportReport report = new ActivityImport(OSLO, NOW, four).run(List.of(first, second), new Kept(),
                ActivityImport.Progress.NONE);
        assertThat(report.imported()).isEqualTo(5);
        assertThat(report.skipped()).singleElement().satisfies(s -> assertThat(s.reason())
                .isEqualTo("not read: this import already holds 4 activities; import the rest separately"));
    }

    /** A well-formed GPX of about {@code bytes} bytes of waypoints, which compresses a thousandfold. */
    static byte[] gpxOfWaypoints(int bytes) {
        StringBuilder s = new StringBuilder("<gpx version=\"1.1\">\n");
        while (s.length() < bytes) {
            s.append("<wpt lat=\"1\" lon=\"2\"/>\n");
        }
        return s.append("</gpx>\n").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aZipBombIsStoppedAsItInflatesAndTheOtherEntriesImported() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("run.fit"));
            z.write(new FitFileBuilder().run(MON, 600));
            z.putNextEntry(new ZipEntry("bomb.gpx"));
            z.write(gpxOfWaypoints(8 * 1024 * 1024)); // 8 MB of waypoints deflate to a few kilobytes
            z.closeEntry();
        }
        ActivityImport.Limits small = new ActivityImport.Limits(2 * 1024 * 1024, 64L * 1024 * 1024, 1000);
        ImportReport report = new ActivityImport(OSLO, NOW, small).run(List.of(zip), new Kept(),
                ActivityImport.Progress.NONE);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.skipped()).singleElement().satisfies(s -> {
            assertThat(s.file()).endsWith("bomb.zip/bomb.gpx");
            assertThat(s.reason()).isEqualTo("the GPX file inflates to more than 2 MB (a zip bomb?)");
        });
        ActivityImport.Limits tinyZip = new ActivityImport.Limits(64L * 1024 * 1024, 4 * 1024 * 1024, 1000);
        ImportReport whole = new ActivityImport(OSLO, NOW, tinyZip).run(List.of(zip), new Kept(),
                ActivityImport.Progress.NONE);
        assertThat(whole.skipped()).singleElement().satisfies(s -> assertThat(s.reason())
                .isEqualTo("the GPX file inflates to more than 4 MB together with the rest of " + zip + " (a zip bomb?)"));
        Path gz = Files.write(dir.resolve("bomb.gpx.gz"), StravaExportBuilder.gzip(gpxOfWaypoints(3 * 1024 * 1024)));
        ImportReport gzipped = new ActivityImport(OSLO, NOW, small).run(List.of(gz), new Kept(),
                ActivityImport.Progress.NONE);
        assertThat(gzipped.skipped()).singleElement().satisfies(s -> assertThat(s.reason())
                .isEqualTo("the GPX file inflates to more than 2 MB (a zip bomb?)"));
        Path big = Files.write(dir.resolve("big.gpx"), gpxOfWaypoints(3 * 1024 * 1024));
        ImportReport plain = new ActivityImport(OSLO, NOW, small).run(List.of(big), new Kept(),
                ActivityImport.Progress.NONE);
        assertThat(plain.skipped()).singleElement().satisfies(s -> assertThat(s.reason())
                .isEqualTo("the GPX file is larger than 2 MB"));
    }

    @Test
    void severalActivitiesInOneTcxAndHeartRateFromGpxExtensions() throws Exception {
        Path tcx = Files.writeString(dir.resolve("two.tcx"), ActivityFiles.tcxOf(
                ActivityFiles.activity("Running", MON, 1800, 3.0, 150),
                ActivityFiles.activity("Biking", MON.plusSeconds(7200), 3600, 7.0, 130)));
        Path gpx = Files.writeString(dir.resolve("ride.gpx"), ActivityFiles.gpx(MON.plusSeconds(86_400), 3600, 140));
        ImportReport report = run(new Kept(), tcx, gpx);
        assertThat(report.sessions()).extracting(i -> i.session().activity(), i -> i.session().minutes().value())
                .containsExactly(tuple(Activity.RUN, 30), tuple(Activity.CYCLE, 60), tuple(Activity.CYCLE, 60));
        ImportedActivity ride = GpxActivities.read(Files.readAllBytes(gpx)).get(0);
        assertThat(ride.averageHeartRate()).hasValue(140);
        assertThat(ride.maxHeartRate()).hasValue(141);
        assertThat(ride.distanceMetres().getAsDouble()).isCloseTo(ActivityFiles.gpxMetres(3600),
                org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void foldersAreWalkedAndProgressIsToldForEveryFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("watch"));
        for (int day = 0; day < 3; day++) {
            Files.write(folder.resolve("run" + day + ".fit"), new FitFileBuilder().run(MON.plusSeconds(day * 86_400L), 600));
        }
        Files.writeString(folder.resolve("README.txt"), "not an activity");
        List<String> told = new ArrayList<>();
        ImportReport report = new ActivityImport(OSLO, NOW, ActivityImport.Limits.DEFAULT).run(List.of(folder),
                new Kept(), (done, total, file) -> told.add(done + "/" + total + " " + Path.of(file.isEmpty() ? "-" : file)
                        .getFileName()));
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.skipped()).isEmpty(); // files found in a folder are only those that look like activities
        assertThat(told).containsExactly("0/3 run0.fit", "1/3 run1.fit", "2/3 run2.fit", "3/3 -");
    }

    @Test
    void eachStoredFileCarriesTheHashOfItsBytes() throws IOException {
        Path fit = Files.write(dir.resolve("a.fit"), new FitFileBuilder().run(MON, 600));
        Kept kept = new Kept();
        run(kept, fit);
        assertThat(kept.hashes).singleElement().satisfies(h -> assertThat(h).hasSize(64).matches("[0-9a-f]+"));
        assertThat(new String(Files.readAllBytes(fit), 8, 4, StandardCharsets.US_ASCII)).isEqualTo(".FIT");
    }

    @Test
    void aStravaGpxSaysItsSportAsANumber() throws IOException {
        // Strava's GPX export writes <type>9</type> for a run; a number no reader confirms stays unlabelled.
        String[][] codes = {{"9", "RUN"}, {"10", "WALK"}, {"4", "WALK"}, {"1", "CYCLE"}, {"16", "SWIM"}, {"42", "OTHER"}};
        List<Path> files = new ArrayList<>();
        for (int day = 0; day < codes.length; day++) {
            // At 4 km/h, a pace every one of these sports can go (a walk at a ride's 20 km/h is left out).
            String gpx = ActivityFiles.gpx(MON.plusSeconds(day * 86_400L), 1800, 140, 0.0001)
                    .replace("<type>cycling</type>", "<type>" + codes[day][0] + "</type>");
            files.add(Files.writeString(dir.resolve("strava-" + codes[day][0] + ".gpx"), gpx));
        }
        ImportReport report = run(new Kept(), files.toArray(Path[]::new));
        assertThat(report.sessions()).extracting(i -> i.session().activity().name())
                .containsExactly(Arrays.stream(codes).map(c -> c[1]).toArray(String[]::new));
    }
}
