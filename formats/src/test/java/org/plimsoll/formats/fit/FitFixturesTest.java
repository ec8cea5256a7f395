package org.plimsoll.formats.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.formats.Fixtures;

/**
 * Every FIT file of the shared fixtures (see their MANIFEST.tsv) with its expected outcome: the
 * sessions it holds, or why it is rejected. Read in place; skipped with a note where absent.
 */
class FitFixturesTest {

    /** One expected session: activity, start, timer minutes (rounded) and distance in km. */
    record Leg(Activity activity, String start, long minutes, double km) {
    }

    static Stream<Arguments> activities() {
        return Stream.of(
                Arguments.of("fitdecode/garmin-fr935-cr.fit", List.of(leg(Activity.SWIM, "2018-03-24T11:02:35Z", 126, 0))),
                Arguments.of("python-fitparse/2019-02-17-062644-ELEMNT-297E-195-0.fit",
                        List.of(leg(Activity.CYCLE, "2019-02-17T06:26:44Z", 225, 78.94))),
                Arguments.of("python-fitparse/Activity.fit", List.of(leg(Activity.RUN, "2012-04-09T21:22:26Z", 0, 0.01))),
                Arguments.of("python-fitparse/Edge810-Vector-2013-08-16-15-35-10.fit",
                        List.of(leg(Activity.CYCLE, "2013-08-16T18:05:10Z", 78, 41.34))),
                Arguments.of("python-fitparse/activity-large-fenxi2-multisport.fit", List.of(
                        leg(Activity.OTHER, "2015-08-29T08:00:01Z", 196, 25.07),
                        leg(Activity.RUN, "2015-08-29T10:36:00Z", 38, 2.25),
                        leg(Activity.RUN, "2015-08-29T11:14:21Z", 113, 12.74),
                        leg(Activity.CYCLE, "2015-08-29T13:11:37Z", 54, 28.93))),
                Arguments.of("python-fitparse/activity-settings.fit", List.of(leg(Activity.RUN, "2012-04-09T21:22:26Z", 0, 0.01))),
                Arguments.of("python-fitparse/activity-small-fenix2-run.fit",
                        List.of(leg(Activity.RUN, "2015-08-15T14:45:08Z", 47, 9.01))),
                Arguments.of("python-fitparse/coros-pace-2-cycling-misaligned-fields.fit",
                        List.of(leg(Activity.CYCLE, "2020-10-25T11:10:19Z", 188, 32.15))),
                Arguments.of("python-fitparse/developer-types-sample.fit",
                        List.of(leg(Activity.RUN, "2017-01-17T17:06:47Z", 57, 6.75))),
                Arguments.of("python-fitparse/elemnt-bolt-no-application-id-inside-developer-data-id.fit",
                        List.of(leg(Activity.CYCLE, "2017-08-21T08:18:00Z", 2, 0.96))),
                Arguments.of("python-fitparse/garmin-edge-820-bike.fit", List.of(leg(Activity.CYCLE, "2017-06-12T16:10:15Z", 1, 0.46))),
                Arguments.of("python-fitparse/garmin-fenix-5-bike.fit", List.of(leg(Activity.CYCLE, "2017-06-12T16:09:22Z", 1, 0.46))),
                Arguments.of("python-fitparse/garmin-fenix-5-run.fit", List.of(leg(Activity.RUN, "2017-06-11T14:34:09Z", 1, 0.16))),
                Arguments.of("python-fitparse/garmin-fenix-5-walk.fit", List.of(leg(Activity.WALK, "2017-06-11T14:32:51Z", 1, 0.07))),
                Arguments.of("python-fitparse/sample-activity-indoor-trainer.fit",
                        List.of(leg(Activity.CYCLE, "2011-11-02T12:54:19Z", 38, 0))),
                Arguments.of("python-fitparse/sample-activity.fit", List.of(leg(Activity.CYCLE, "2011-06-26T21:18:39Z", 178, 88.80))),
                Arguments.of("python-fitparse/sample_mulitple_header.fit", List.of(
                        leg(Activity.SWIM, "2018-05-27T07:33:01Z", 33, 1.64),
                        leg(Activity.CYCLE, "2018-05-27T08:08:58Z", 74, 40.91),
                        leg(Activity.RUN, "2018-05-27T09:23:41Z", 48, 9.81))));
    }

    private static Leg leg(Activity activity, String start, long minutes, double km) {
        return new Leg(activity, start, minutes, km);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activities")
    void activityFilesGiveTheirSessions(String file, List<Leg> expected) throws Exception {
        List<FitSession> sessions;
        try (InputStream in = Files.newInputStream(Fixtures.activities().resolve(file))) {
            sessions = FitActivities.read(in);
        }
        List<Leg> actual = new ArrayList<>();
        for (FitSession s : sessions) {
            actual.add(leg(FitProfile.activity(s.sport(), s.subSport()), s.start().toString(),
                    Math.round(s.timerSeconds() / 60), Math.round(s.distanceMetres().orElse(0) / 10) / 100.0));
        }
        assertThat(actual).isEqualTo(expected);
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("python-fitparse/MonitoringFile.fit", "not an activity: it is a monitoring file"),
                Arguments.of("python-fitparse/WorkoutIndividualSteps.fit", "not an activity: it is a workout file"),
                Arguments.of("python-fitparse/activity-activity-filecrc.fit", "the file CRC does not match"),
                Arguments.of("python-fitparse/activity-filecrc.fit", "the file CRC does not match"),
                Arguments.of("python-fitparse/activity-settings-corruptheader.fit", "file segment 2 has a corrupt header"),
                Arguments.of("python-fitparse/activity-settings-nodata.fit", "the file is truncated"),
                Arguments.of("python-fitparse/activity-unexpected-eof.fit", "the file is truncated"),
                Arguments.of("python-fitparse/nick.fit", "a message runs past the end of the data"),
                // Its header declares 17 more data bytes than the file holds, and a message in the
                // middle uses an undefined local type: the file is damaged, so it is not guessed at.
                Arguments.of("python-fitparse/strava-android-app-201.10-b1218918.fit",
                        "uses local type 11 before defining it"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void damagedAndNonActivityFilesAreRejectedWithTheirReason(String file, String reason) {
        // Resolved first: without the fixtures the test is skipped, not failed by the assertion below.
        java.nio.file.Path path = Fixtures.activities().resolve(file);
        assertThatThrownBy(() -> {
            try (InputStream in = Files.newInputStream(path)) {
                FitActivities.read(in);
            }
        }).isInstanceOf(FitFormatException.class).hasMessageContaining(reason);
    }

    @Test
    void everyFitFileInTheFixturesHasAnExpectedOutcomeHere() throws IOException {
        List<String> covered = new ArrayList<>();
        activities().forEach(a -> covered.add((String) a.get()[0]));
        rejected().forEach(a -> covered.add((String) a.get()[0]));
        Path root = Fixtures.activities();
        try (Stream<String> lines = Files.lines(root.resolve("MANIFEST.tsv"))) {
            List<String> fit = lines.skip(1).map(l -> l.split("\t")).filter(c -> c[6].equals("FIT")).map(c -> c[0]).toList();
            assertThat(covered).containsExactlyInAnyOrderElementsOf(fit);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracles")
    void recordsMatchTheOracleCsv(String fit, String csv) throws Exception {
        Path root = Fixtures.activities();
        List<String[]> expected = Files.readAllLines(root.resolve(csv)).stream().skip(1).map(l -> l.split(",")).toList();
        List<long[]> records = new ArrayList<>();
        List<Double> altitudes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(root.resolve(fit))) {
            FitDecoder.decode(in, m -> {
                if (m.name().equals("record")) {
                    altitudes.add(m.field("altitude").orElse(Double.NaN)); // metres: stored / 5 - 500
                    records.add(new long[] {m.integer("timestamp").getAsLong(), m.integer("heart_rate").orElse(-1),
                            m.integer("distance").orElse(-1), m.integer("position_lat").orElse(-1),
                            m.integer("position_long").orElse(-1), m.integer("temperature").orElse(-1)});
                }
            });
        }
        assertThat(records).hasSameSizeAs(expected);
        DateTimeFormatter oracleTime = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss zzz yyyy", Locale.US);
        for (int i = 0; i < expected.size(); i++) {
            String[] row = expected.get(i);
            long[] r = records.get(i);
            Instant at = ZonedDateTime.parse(row[0], oracleTime).toInstant();
            assertThat(Instant.ofEpochSecond(FitActivities.FIT_EPOCH + r[0])).as("timestamp of record %d", i).isEqualTo(at);
            assertThat(r[1]).as("heart rate of record %d", i).isEqualTo(Long.parseLong(row[1]));
            assertThat(r[2] / 100.0).as("distance of record %d", i).isEqualTo(Double.parseDouble(row[4]));
            assertThat(r[3]).as("latitude of record %d", i).isEqualTo(Long.parseLong(row[5]));
            assertThat(r[4]).as("longitude of record %d", i).isEqualTo(Long.parseLong(row[6]));
            assertThat(r[5]).as("temperature of record %d", i).isEqualTo(Long.parseLong(row[8]));
            assertThat(altitudes.get(i)).as("altitude of record %d", i).isCloseTo(Double.parseDouble(row[7]), within(1e-6));
        }
    }

    static Stream<Arguments> oracles() {
        return Stream.of(
                Arguments.of("python-fitparse/garmin-fenix-5-run.fit", "python-fitparse/garmin-fenix-5-run-records.csv"),
                Arguments.of("python-fitparse/garmin-edge-820-bike.fit", "python-fitparse/garmin-edge-820-bike-records.csv"));
    }
}
