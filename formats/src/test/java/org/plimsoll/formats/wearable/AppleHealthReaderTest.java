package org.plimsoll.formats.wearable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.unit.HeartRate;
import org.plimsoll.engine.unit.Hrv;
import org.plimsoll.formats.Fixtures;
import org.plimsoll.formats.wearable.AppleHealthExportBuilder.Dtd;

/** Apple Health exports as phones write them, real and generated, and hostile ones (docs/security.md). */
class AppleHealthReaderTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static AppleHealthReader.Export read(byte[] xml) throws WearableFileException {
        return AppleHealthReader.read(new ByteArrayInputStream(xml));
    }

    static Map<LocalDate, DailyMeasures> byDate(AppleHealthReader.Export export) {
        return export.days().stream().collect(Collectors.toMap(DailyMeasures::date, d -> d));
    }

    @Test
    void theOlderWorkoutShapeFromARealExportGivesItsRunInMilesAsKilometres() throws Exception {
        Path file = Fixtures.wearables().resolve("healthkit-to-sqlite/export.xml");
        AppleHealthReader.Export export = AppleHealthReader.read(Files.newInputStream(file));
        assertThat(export.workouts()).hasSize(1);
        AppleWorkout run = export.workouts().get(0);
        assertThat(run.activity()).isEqualTo(Activity.RUN);
        assertThat(run.start()).isEqualTo(ZonedDateTime.parse("2016-11-14T07:25:41-07:00").toInstant());
        assertThat(run.distance().orElseThrow().km()).isCloseTo(0.800, within(0.001)); // 0.497 mi
        assertThat(run.activeSeconds().orElseThrow()).isCloseTo(311.6, within(0.1));
        assertThat(run.zone()).contains(ZoneId.of("America/Los_Angeles"));
    }

    @Test
    void aRealExportWithItsFullDtdGivesTheMorningHrvAsSdnnAndTheRestingHeartRate() throws Exception {
        Path file = Fixtures.wearables().resolve("healthkit-parser/exporter.xml");
        Map<LocalDate, DailyMeasures> days = byDate(AppleHealthReader.read(Files.newInputStream(file)));
        assertThat(days.get(LocalDate.of(2018, 11, 19)).hrv()).contains(new Hrv(25.5526));
        assertThat(days.get(LocalDate.of(2018, 11, 19)).hrvKind()).contains(org.plimsoll.engine.context.HrvKind.SDNN);
        assertThat(days.get(LocalDate.of(2018, 11, 30)).restingHeartRate()).contains(new HeartRate(49));
        assertThat(days.get(LocalDate.of(2018, 11, 30)).hrv()).isEmpty();
    }

    @Test
    void aRealIos17ExportCountsCoreSleepButNotTimeInBed() throws Exception {
        Path file = Fixtures.wearables().resolve("apple-health-parser/export.xml");
        Map<LocalDate, DailyMeasures> days = byDate(AppleHealthReader.read(Files.newInputStream(file)));
        // AsleepCore 03:27:53 to 03:40:23 is 12.5 minutes; the 85 seconds in bed are not sleep.
        assertThat(days.get(LocalDate.of(2024, 1, 1)).sleepHours()).contains(0.21);
    }

    @Test
    void theNewerWorkoutShapeTakesDistanceAndHeartRateFromItsStatisticsCountedOnce() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2024, 3, 5, 7, 30, 0, 0, LONDON);
        AppleHealthReader.Export export = read(new AppleHealthExportBuilder(Dtd.WELL_FORMED)
                .workoutWithStatistics("Running", start, 32.5, 5.2, 148, 171, "/workout-routes/route_1.gpx").bytes());
        AppleWorkout run = export.workouts().get(0);
        assertThat(run.activity()).isEqualTo(Activity.RUN);
        assertThat(run.distance().orElseThrow().km()).isCloseTo(5.2, within(1e-9)); // not twice: the activity's copy
        assertThat(run.activeSeconds()).contains(1950.0);
        assertThat(run.elapsedSeconds()).isEqualTo(2070.0);
        assertThat(run.averageHeartRate()).contains(new HeartRate(148));
        assertThat(run.maxHeartRate()).contains(new HeartRate(171));
        assertThat(run.route()).contains("/workout-routes/route_1.gpx");
        assertThat(run.zone()).contains(LONDON);
    }

    @Test
    void workoutTypesMapToActivitiesAndAnUnknownOneComesInAsOtherWithANote() throws Exception {
        ZonedDateTime day = ZonedDateTime.of(2024, 3, 5, 7, 30, 0, 0, LONDON);
        AppleHealthReader.Export export = read(new AppleHealthExportBuilder(Dtd.NONE)
                .workoutWithTotals("Swimming", day, 40, 1500, "yd")
                .workoutWithTotals("TraditionalStrengthTraining", day.plusDays(1), 30, 0, "km")
                .workoutWithTotals("Yoga", day.plusDays(2), 30, 0, "km")
                .workoutWithTotals("Dance", day.plusDays(3), 30, 0, "km").bytes());
        assertThat(export.workouts()).extracting(AppleWorkout::activity)
                .containsExactly(Activity.SWIM, Activity.STRENGTH, Activity.YOGA, Activity.OTHER);
        assertThat(export.workouts().get(0).distance().orElseThrow().km()).isCloseTo(1.3716, within(1e-6));
        assertThat(export.workouts().get(1).distance()).isEmpty();
        assertThat(export.notes()).containsExactly("1 workout of a kind Plimsoll does not know (Dance) came in as "
                + "\"other\"; you can relabel them");
    }

    @Test
    void theMalformedIos16DtdAndStrayControlCharactersAreReadAnyway() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2024, 3, 5, 18, 0, 0, 0, LONDON);
        byte[] xml = new AppleHealthExportBuilder(Dtd.IOS16_MALFORMED).heartRate(start, 71)
                .workoutWithStatistics("Cycling", start, 45, 20.4, 140, 166, null).bytes();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("durationUnit CDATA #IMPLIED\n  <!ELEMENT")
                .contains("Sam\u000b’s");
        AppleHealthReader.Export export = read(xml);
        assertThat(export.workouts()).singleElement().satisfies(w -> {
            assertThat(w.activity()).isEqualTo(Activity.CYCLE);
            assertThat(w.distance().orElseThrow().km()).isCloseTo(20.4, within(1e-9));
        });
    }

    @Test
    void overlappingSleepFromWatchAndPhoneIsCountedOnceForTheMorningItEndsOn() throws Exception {
        ZonedDateTime evening = ZonedDateTime.of(2024, 3, 4, 22, 0, 0, 0, LONDON);
        byte[] xml = new AppleHealthExportBuilder(Dtd.NONE)
                .sleep("Sam’s iPhone", "InBed", evening, evening.plusMinutes(510)) // 22:00 to 06:30: not sleep
                .sleep("Sam’s Apple Watch", "AsleepCore", evening.plusHours(1), evening.plusHours(5)) // 23:00-03:00
                .sleep("Sam’s Apple Watch", "AsleepDeep", evening.plusHours(5), evening.plusHours(7)) // 03:00-05:00
                .sleep("Sam’s iPhone", "Asleep", evening.plusMinutes(30), evening.plusHours(3)) // 22:30-01:00, pre-iOS 16
                .sleep("Sam’s Apple Watch", "Awake", evening.plusHours(7), evening.plusMinutes(440)) // 05:00-05:20
                .sleep("Sam’s Apple Watch", "AsleepREM", evening.plusMinutes(440), evening.plusMinutes(510))
                .sleep("Sam’s Apple Watch", "AsleepUnspecified", evening.plusHours(24), evening.plusHours(30))
                .bytes();
        Map<LocalDate, DailyMeasures> days = byDate(read(xml));
        // 22:30 to 05:00 (6.5 h) and 05:20 to 06:30 (1 h 10 min): 7.67 hours, on the morning of 5 March.
        assertThat(days.get(LocalDate.of(2024, 3, 5)).sleepHours()).contains(7.67);
        assertThat(days.get(LocalDate.of(2024, 3, 6)).sleepHours()).contains(6.0);
        assertThat(days).doesNotContainKey(LocalDate.of(2024, 3, 4));
    }

    @Test
    void theMorningHrvIsTheDaysFirstReadingWhereverItStandsInTheFile() throws Exception {
        ZonedDateTime day = ZonedDateTime.of(2024, 3, 5, 0, 0, 0, 0, LONDON);
        byte[] xml = new AppleHealthExportBuilder(Dtd.NONE).hrv(day.plusHours(14), 52.5).hrv(day.plusHours(7), 38.2)
                .hrv(day.plusDays(1).plusHours(6), 41).resting(day.plusHours(6), 56).bytes();
        Map<LocalDate, DailyMeasures> days = byDate(read(xml));
        assertThat(days.get(LocalDate.of(2024, 3, 5)).hrv()).contains(new Hrv(38.2));
        assertThat(days.get(LocalDate.of(2024, 3, 6)).hrv()).contains(new Hrv(41));
        assertThat(days.get(LocalDate.of(2024, 3, 5)).restingHeartRate()).contains(new HeartRate(56));
        assertThat(days.get(LocalDate.of(2024, 3, 6)).restingHeartRate()).isEmpty();
    }

    @Test
    void aReadingTakesTheDayOfTheTimeZoneItWasRecordedInNotTheOneTheExportWasWrittenIn() throws Exception {
        // 07:10 in Sydney on 5 March, written by a phone back in London as 20:10 on 4 March.
        byte[] xml = new AppleHealthExportBuilder(Dtd.NONE).raw("  <Record type=\"HKQuantityTypeIdentifierHeart"
                + "RateVariabilitySDNN\" sourceName=\"Apple Watch\" unit=\"ms\" startDate=\"2024-03-04 20:10:00 +0000\" "
                + "endDate=\"2024-03-04 20:11:00 +0000\" value=\"44\">\n    <MetadataEntry key=\"HKTimeZone\" "
                + "value=\"Australia/Sydney\"/>\n  </Record>\n").bytes();
        Map<LocalDate, DailyMeasures> days = byDate(read(xml));
        assertThat(days.keySet()).containsExactly(LocalDate.of(2024, 3, 5));
    }

    @Test
    void impossibleReadingsAreLeftOutWithANoteAndTheRestIsRead() throws Exception {
        ZonedDateTime day = ZonedDateTime.of(2024, 3, 5, 7, 0, 0, 0, LONDON);
        byte[] xml = new AppleHealthExportBuilder(Dtd.NONE).hrv(day, 900).resting(day, 56)
                .raw("  <Record type=\"HKQuantityTypeIdentifierRestingHeartRate\" startDate=\"yesterday\" "
                        + "endDate=\"today\" value=\"50\"/>\n").bytes();
        AppleHealthReader.Export export = read(xml);
        assertThat(export.days()).singleElement().satisfies(d -> {
            assertThat(d.hrv()).isEmpty();
            assertThat(d.restingHeartRate()).contains(new HeartRate(56));
        });
        assertThat(export.notes()).containsExactly("2 entries were left out: a date or value that cannot be read "
                + "or cannot be right");
    }

    @Test
    void aBillionLaughsDtdIsRefusedUnread() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [\n"
                + "<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        byte[] xml = (dtd + "]>\n<HealthData locale=\"&lol9;\"></HealthData>\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(xml)).isInstanceOf(WearableFileException.class)
                .hasMessage("the export declares entities in its document type declaration, which no phone writes "
                        + "and Plimsoll never reads");
    }

    @Test
    void anExternalEntityIsNeverOpened() {
        byte[] xml = ("<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<HealthData locale=\"en\"><Record type=\"HKQuantityTypeIdentifierRestingHeartRate\" value=\"&secret;\""
                + "/></HealthData>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(xml)).isInstanceOf(WearableFileException.class)
                .hasMessageContaining("declares entities").hasMessageNotContaining("root:");
    }

    @Test
    void aTwoGigabyteAttributeIsRefusedAfterItsFirstMegabyte() {
        long[] served = new long[1];
        byte[] head = (AppleHealthExportBuilder.head(Dtd.NONE) + "<Record type=\"").getBytes(StandardCharsets.UTF_8);
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                long at = served[0]++;
                return at < head.length ? head[(int) at] & 0xff : at < head.length + (2L << 30) ? 'a' : -1;
            }
        };
        assertThatThrownBy(() -> AppleHealthReader.read(endless)).isInstanceOf(WearableFileException.class)
                .hasMessageContaining("more than 1 MB without markup");
        assertThat(served[0]).isLessThan(4L << 20);
    }

    @Test
    void nestingDeeperThanSafeXmlAllowsIsRefused() {
        byte[] xml = new AppleHealthExportBuilder(Dtd.NONE).raw("<Workout>".repeat(100) + "</Workout>".repeat(100))
                .bytes();
        assertThatThrownBy(() -> read(xml)).isInstanceOf(WearableFileException.class)
                .hasMessageContaining("nests elements more than 48 deep");
    }

    @Test
    void aDtdThatNeverEndsIsRefusedAfterItsFirstMegabyte() {
        byte[] xml = ("<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [\n" + "<!-- padding -->\n".repeat(70_000))
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(xml)).isInstanceOf(WearableFileException.class)
                .hasMessage("the export has a document type declaration longer than 1 MB, which no phone writes");
    }

    @Test
    void aFileThatIsNotAnAppleHealthExportIsToldApart() {
        byte[] xml = "<?xml version=\"1.0\"?><gpx><trk/></gpx>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(xml)).isInstanceOf(WearableFileException.class)
                .hasMessage("the file is not an Apple Health export: it begins with <gpx>, not <HealthData>");
    }

}
