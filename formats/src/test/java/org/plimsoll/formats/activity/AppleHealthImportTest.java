package org.plimsoll.formats.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.context.HrvKind;
import org.plimsoll.engine.session.SameActivity;
import org.plimsoll.engine.session.Session;
import org.plimsoll.formats.Fixtures;
import org.plimsoll.formats.wearable.AppleHealthExportBuilder;
import org.plimsoll.formats.wearable.AppleHealthExportBuilder.Dtd;
import org.plimsoll.formats.wearable.DailyMeasures;

/** Apple Health exports through the activity import: the zip, the folder, export.xml alone. */
class AppleHealthImportTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final ZonedDateTime RUN = ZonedDateTime.of(2024, 3, 5, 7, 30, 0, 0, ZoneId.of("Europe/London"));
    private static final String ROUTE = "route_2024-03-06_6.00pm.gpx";

    @TempDir
    Path dir;

    /** Stores what is new by the same rule the database uses, in memory. */
    private static final class Kept implements ActivityImport.Destination {
        final List<Session> stored = new ArrayList<>();

        @Override
        public List<Session> addNew(String fileHash, List<Session> sessions) {
            List<Session> added = sessions.stream()
                    .filter(s -> stored.stream().noneMatch(old -> SameActivity.isSame(old, s))).toList();
            stored.addAll(added);
            return added;
        }
    }

    private ImportReport run(ActivityImport.Destination to, Path... inputs) {
        return new ActivityImport(OSLO, NOW, ActivityImport.Limits.DEFAULT).run(List.of(inputs), to,
                ActivityImport.Progress.NONE);
    }

    /** A run with its own distance, and a ride whose distance is only in its route file. */
    private Path phoneZip() throws IOException {
        ZonedDateTime ride = RUN.plusDays(1).withHour(18);
        AppleHealthExportBuilder export = new AppleHealthExportBuilder(Dtd.IOS16_MALFORMED)
                .heartRate(RUN.minusHours(1), 64)
                .workoutWithStatistics("Running", RUN, 32.5, 5.2, 148, 171, "/workout-routes/route_1.gpx")
                .workoutWithStatistics("Cycling", ride, 30, 0, 131, 150, "/workout-routes/" + ROUTE)
                .sleep("Sam’s Apple Watch", "AsleepCore", RUN.minusHours(8), RUN.minusHours(1));
        return export.zipTo(dir.resolve("export.zip"), ROUTE, ActivityFiles.gpx(ride.toInstant(), 1800, 130));
    }

    @Test
    void aPhonesExportZipImportsItsWorkoutsWithTheRideTakingItsRoutesDistance() throws IOException {
        ImportReport report = run(new Kept(), phoneZip());
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.sessions()).extracting(i -> i.session().activity(), i -> i.session().minutes().value())
                .containsExactly(tuple(Activity.RUN, 33), tuple(Activity.CYCLE, 30));
        assertThat(report.sessions().get(0).session().distance().orElseThrow().km()).isCloseTo(5.2, within(1e-9));
        assertThat(report.sessions().get(1).session().distance().orElseThrow().km())
                .isCloseTo(ActivityFiles.gpxMetres(1800) / 1000, within(0.001));
        assertThat(report.sessions().get(0).file()).endsWith("export.zip/apple_health_export/export.xml: Running "
                + "2024-03-05 08:30");
        // the route, the ECG and the clinical copy are not activities of their own
        assertThat(report.skipped()).isEmpty();
    }

    @Test
    void importingTheSameExportAgainAddsNothing() throws IOException {
        Kept kept = new Kept();
        Path zip = phoneZip();
        run(kept, zip);
        ImportReport again = run(kept, zip);
        assertThat(again.imported()).isZero();
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(kept.stored).hasSize(2);
    }

    @Test
    void aWorkoutAlreadyImportedFromItsWatchFileIsADuplicate() throws IOException {
        Kept kept = new Kept();
        Path tcx = Files.writeString(dir.resolve("run.tcx"),
                ActivityFiles.tcx(RUN.toInstant().minusSeconds(60), 1950, 5200 / 1950.0, 148));
        assertThat(run(kept, tcx).imported()).isEqualTo(1);
        ImportReport apple = run(kept, phoneZip());
        assertThat(apple.imported()).isEqualTo(1);
        assertThat(apple.duplicates()).isEqualTo(1);
        assertThat(apple.sessions()).extracting(i -> i.session().activity()).containsExactly(Activity.CYCLE);
    }

    @Test
    void aWorkoutWithAnImpossibleDateIsLeftOutAloneAndTheRestImported() throws IOException {
        Path xml = dir.resolve("export.xml");
        Files.write(xml, new AppleHealthExportBuilder(Dtd.NONE)
                .workoutWithTotals("Walking", ZonedDateTime.of(1989, 12, 31, 9, 0, 0, 0, OSLO), 30, 2.4, "km")
                .workoutWithTotals("Hiking", RUN, 180, 11.5, "km").bytes());
        ImportReport report = run(new Kept(), xml);
        assertThat(report.sessions()).extracting(i -> i.session().activity()).containsExactly(Activity.HIKE);
        assertThat(report.skipped()).singleElement().satisfies(s -> {
            assertThat(s.file()).endsWith("export.xml: Walking 1989-12-31 09:00");
            assertThat(s.reason()).contains("impossible date 1989-12-31");
        });
    }

    @Test
    void theRealExportFolderGivesItsRunOnceNotAgainFromItsRoute() {
        Path folder = Fixtures.wearables().resolve("healthkit-to-sqlite/apple_health_export");
        ImportReport report = run(new Kept(), folder);
        assertThat(report.sessions()).singleElement().satisfies(i -> {
            assertThat(i.session().activity()).isEqualTo(Activity.RUN);
            assertThat(i.session().distance().orElseThrow().km()).isCloseTo(0.8, within(0.001));
        });
        assertThat(report.skipped()).isEmpty();
    }

    @Test
    void theRealPhoneZipWithoutWorkoutsBringsItsSleepAndIsNotSkipped() {
        Path zip = Fixtures.wearables().resolve("apple-health-parser/export.zip");
        List<DailyMeasures> days = new ArrayList<>();
        ImportReport report = new ActivityImport(OSLO, NOW, ActivityImport.Limits.DEFAULT).run(List.of(zip), new Kept(),
                measuresInto(days), ActivityImport.Progress.NONE);
        assertThat(report.imported()).isZero();
        assertThat(report.skipped()).isEmpty();
        assertThat(days).isNotEmpty().allSatisfy(d -> assertThat(d.sleepHours()).isPresent());
        assertThat(report.measures().sleep()).isEqualTo(days.size());
    }

    @Test
    void anExportsSleepHrvAndRestingHeartRateComeInPerDayBesideItsWorkouts() throws IOException {
        ZonedDateTime morning = RUN.minusMinutes(30);
        Path zip = new AppleHealthExportBuilder(Dtd.IOS16_MALFORMED)
                .workoutWithStatistics("Running", RUN, 32.5, 5.2, 148, 171, null)
                .sleep("Sam’s Apple Watch", "AsleepCore", morning.minusHours(7), morning)
                .sleep("Sam’s Apple Watch", "AsleepDeep", morning.plusDays(1).minusHours(6), morning.plusDays(1))
                .hrv(morning, 52.5).hrv(morning.plusDays(1), 47)
                .resting(morning, 54)
                .zipTo(dir.resolve("export.zip"), ROUTE, ActivityFiles.gpx(RUN.toInstant(), 60, 120));
        List<DailyMeasures> days = new ArrayList<>();
        ImportReport report = new ActivityImport(OSLO, NOW, ActivityImport.Limits.DEFAULT).run(List.of(zip), new Kept(),
                measuresInto(days), ActivityImport.Progress.NONE);

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.skipped()).isEmpty();
        assertThat(days).extracting(DailyMeasures::date, d -> d.sleepHours().orElseThrow(),
                d -> d.hrv().orElseThrow().ms(), d -> d.restingHeartRate().map(h -> h.bpm()).orElse(0))
                .containsExactly(tuple(RUN.toLocalDate(), 7.0, 52.5, 54), tuple(RUN.toLocalDate().plusDays(1), 6.0, 47.0, 0));
        assertThat(days).allSatisfy(d -> assertThat(d.hrvKind()).contains(HrvKind.SDNN));
        assertThat(report.measures()).isEqualTo(new ImportReport.Measures(2, 2, 1));
    }

    @Test
    void anExportWithNeitherWorkoutsNorMeasuresSaysSo() throws IOException {
        Path xml = Files.write(dir.resolve("export.xml"), new AppleHealthExportBuilder(Dtd.NONE)
                .heartRate(RUN, 64).bytes());
        ImportReport report = run(new Kept(), xml);
        assertThat(report.skipped()).extracting(ImportReport.Skipped::reason)
                .containsExactly("the export holds no workouts");
    }

    /** Keeps every day handed to it and counts each measure present, as a first import into an empty store does. */
    private static ActivityImport.MeasuresDestination measuresInto(List<DailyMeasures> days) {
        return given -> {
            days.addAll(given);
            return new ImportReport.Measures((int) given.stream().filter(d -> d.sleepHours().isPresent()).count(),
                    (int) given.stream().filter(d -> d.hrv().isPresent()).count(),
                    (int) given.stream().filter(d -> d.restingHeartRate().isPresent()).count());
        };
    }
}
