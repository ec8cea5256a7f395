package org.plimsoll.formats.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.formats.Fixtures;

/**
 * Every GPX and TCX file of the shared fixtures (see their MANIFEST.tsv) through the whole
 * import, with its expected sessions or the reason it is skipped. Read in place; skipped with a
 * note where the folder is absent.
 */
class GpxTcxFixturesTest {
    static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    /** An expected session: activity, start (UTC), minutes, km, average heart rate (0: none). */
    record Expected(Activity activity, String start, int minutes, double km, int averageHeartRate) {
    }

    static Stream<Arguments> files() {
        return Stream.of(
                skipped("gpxpy/Mojstrovka.gpx", "impossible date 1901-12-13: the device's clock was not set"),
                imported("gpxpy/around-visnjan-with-car.gpx", new Expected(Activity.OTHER, "2020-12-18T06:15:50Z", 9, 2.733, 0)),
                imported("gpxpy/cerknicko-jezero-without-elevations.gpx",
                        new Expected(Activity.OTHER, "2010-08-05T14:23:59Z", 70, 4.575, 0)),
                // eight tracks of one walk round the lake, with pauses between them: one session
                imported("gpxpy/cerknicko-jezero.gpx", new Expected(Activity.OTHER, "2010-08-05T14:23:59Z", 71, 4.575, 0)),
                // only the last track kept its times; the untimed tracks cannot be placed in time
                imported("gpxpy/cerknicko-without-times.gpx", new Expected(Activity.OTHER, "2010-08-05T16:22:52Z", 1, 0.347, 0)),
                skipped("gpxpy/gpx1.0_with_all_fields.gpx", "the track has a time on only one point, so its duration is unknown"),
                skipped("gpxpy/gpx_with_garmin_extension.gpx", "no recorded track: the file holds only waypoints"),
                imported("gpxpy/korita-zbevnica.gpx", new Expected(Activity.OTHER, "2010-10-03T09:36:30Z", 218, 6.262, 0)),
                skipped("gpxpy/route.gpx", "no recorded track: the file holds a planned route"),
                imported("gpxpy/track-with-empty-segment.gpx", new Expected(Activity.OTHER, "2013-07-06T17:26:26Z", 1, 0.086, 0)),
                skipped("gpxpy/track-with-extremes.gpx", "the track has no times, so its start and duration are unknown"),
                skipped("gpxpy/unicode_with_bom.gpx", "no recorded track: the file holds only waypoints"),
                imported("python-tcxparser/no_hr.tcx", new Expected(Activity.RUN, "2012-12-26T21:29:53Z", 33, 4.689, 0)),
                // a stand-up paddle session that the watch calls "Other"
                imported("python-tcxparser/sup_activity_1.tcx", new Expected(Activity.OTHER, "2022-07-16T16:08:25Z", 19, 1.158, 91)),
                // three laps: 139, 172 and 167 bpm over 608, 715 and 670 s average to 160
                imported("python-tcxparser/test.tcx", new Expected(Activity.RUN, "2012-12-26T21:29:53Z", 33, 4.689, 160)));
    }

    private static Arguments imported(String file, Expected... sessions) {
        return Arguments.of(file, List.of(sessions), null);
    }

    private static Arguments skipped(String file, String reason) {
        return Arguments.of(file, List.of(), reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void eachFileGivesItsSessionsOrItsReason(String file, List<Expected> expected, String reason) {
        Path path = Fixtures.activities().resolve(file);
        ImportReport report = new ActivityImport(ZoneId.of("UTC"), NOW, ActivityImport.Limits.DEFAULT)
                .run(List.of(path), (hash, sessions) -> sessions, ActivityImport.Progress.NONE);
        if (reason != null) {
            assertThat(report.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo(reason));
            assertThat(report.imported()).isZero();
            return;
        }
        assertThat(report.skipped()).isEmpty();
        assertThat(report.sessions()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            var session = report.sessions().get(i).session();
            Expected e = expected.get(i);
            assertThat(session.activity()).isEqualTo(e.activity());
            assertThat(session.start().toInstant()).isEqualTo(Instant.parse(e.start()));
            assertThat(session.minutes().value()).isEqualTo(e.minutes());
            assertThat(session.distance().get().km()).isCloseTo(e.km(), within(0.0015));
            // heart rate turns into an estimated effort; without it the pace does
            assertThat(session.rpeEstimated()).isEqualTo(session.rpe().isPresent());
        }
    }

    @Test
    void heartRateOfTheTcxLapsIsWeightedByLapTime() throws Exception {
        byte[] file = Files.readAllBytes(Fixtures.activities().resolve("python-tcxparser/test.tcx"));
        ImportedActivity run = TcxActivities.read(file).get(0);
        assertThat(run.averageHeartRate()).hasValue(160);
        assertThat(run.maxHeartRate()).hasValue(189);
        assertThat(run.movingSeconds().getAsDouble()).isCloseTo(1992.78, within(0.01));
        // from 21:29:53 to the end of the last lap (21:51:56 + 669.51 s), just past the last trackpoint
        assertThat(run.elapsedSeconds()).isCloseTo(1992.51, within(0.001));
        byte[] noHr = Files.readAllBytes(Fixtures.activities().resolve("python-tcxparser/no_hr.tcx"));
        assertThat(TcxActivities.read(noHr).get(0).averageHeartRate()).isEmpty();
    }

    @Test
    void theSameRunWithAndWithoutHeartRateIsImportedOnce() {
        Path root = Fixtures.activities();
        ImportReport report = new ActivityImport(ZoneId.of("UTC"), NOW, ActivityImport.Limits.DEFAULT)
                .run(List.of(root.resolve("python-tcxparser/test.tcx"), root.resolve("python-tcxparser/no_hr.tcx")),
                        (hash, sessions) -> sessions, ActivityImport.Progress.NONE);
        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.duplicates()).isEqualTo(1);
    }

    @Test
    void everyGpxAndTcxFixtureHasAnExpectation() throws Exception {
        Path root = Fixtures.activities();
        List<Object> covered = files().map(a -> a.get()[0]).toList();
        try (Stream<String> lines = Files.lines(root.resolve("MANIFEST.tsv"))) {
            List<String> listed = lines.skip(1).map(l -> l.split("\t"))
                    .filter(c -> c[6].equals("GPX") || c[6].equals("TCX")).map(c -> c[0]).toList();
            assertThat(covered).containsExactlyInAnyOrderElementsOf(listed);
        }
    }
}
