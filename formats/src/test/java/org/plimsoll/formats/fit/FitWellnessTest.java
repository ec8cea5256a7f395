package org.plimsoll.formats.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plimsoll.formats.fit.GarminWellnessFiles.AWAKE;
import static org.plimsoll.formats.fit.GarminWellnessFiles.DEEP;
import static org.plimsoll.formats.fit.GarminWellnessFiles.LIGHT;
import static org.plimsoll.formats.fit.GarminWellnessFiles.REM;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Garmin's wellness files (sleep, HRV status, wellness) become days of sleep, morning RMSSD and resting heart rate. */
class FitWellnessTest {
    private static final Instant BEDTIME = Instant.parse("2026-03-01T22:30:00Z");
    private static final Instant MORNING = Instant.parse("2026-03-02T06:40:00Z");

    private static List<FitWellness.Day> days(byte[] file, ZoneId zone) throws FitFormatException {
        FitContents contents = FitContents.read(new ByteArrayInputStream(file), zone);
        assertThat(contents.sessions()).isEmpty();
        return contents.days();
    }

    private static List<FitWellness.Day> days(byte[] file) throws FitFormatException {
        return days(file, ZoneOffset.UTC);
    }

    /** A seven-hour night: 10 minutes awake, light, deep, an awakening, REM, woken at 06:40. */
    private static final int[][] NIGHT = {{0, AWAKE}, {600, LIGHT}, {600 + 3 * 3600, DEEP},
            {600 + 4 * 3600, AWAKE}, {1200 + 4 * 3600, REM}, {1200 + 7 * 3600, LIGHT}, {8 * 3600 + 600, AWAKE}};

    @Test
    void sleepLevelCountsLightDeepAndRemAsAsleepAndAwakeMinutesNot() throws Exception {
        // 22:30 + 8h10 = 06:40 on the 2nd: 10 + 10 awake minutes of 8h10 in bed leave 7h50 asleep.
        assertThat(days(GarminWellnessFiles.sleep(BEDTIME, NIGHT))).containsExactly(new FitWellness.Day(
                LocalDate.of(2026, 3, 2), OptionalDouble.of(7.83), OptionalDouble.empty(), OptionalInt.empty()));
    }

    @Test
    void sleepLevelNightIsDatedByTheMorningItEndsInThePersonsTimeZone() throws Exception {
        // Asleep 23:00–05:00 UTC is 08:00–14:00 in Tokyo: still the night ending on the 2nd there...
        int[][] stages = {{0, LIGHT}, {6 * 3600, AWAKE}};
        byte[] file = GarminWellnessFiles.sleep(Instant.parse("2026-03-01T23:00:00Z"), stages);
        assertThat(days(file, ZoneId.of("Asia/Tokyo"))).extracting(FitWellness.Day::date)
                .containsExactly(LocalDate.of(2026, 3, 2));
        // ...and ending on the 1st in Los Angeles (21:00).
        assertThat(days(file, ZoneId.of("America/Los_Angeles"))).extracting(FitWellness.Day::date)
                .containsExactly(LocalDate.of(2026, 3, 1));
    }

    @Test
    void sleepLevelGapLongerThanSixHoursSeparatesTwoNights() throws Exception {
        int[][] twoNights = {{0, DEEP}, {2 * 3600, AWAKE}, {2 * 3600 + 60, LIGHT}, {26 * 3600, LIGHT},
                {31 * 3600, AWAKE}};
        List<FitWellness.Day> days = days(GarminWellnessFiles.sleep(BEDTIME, twoNights));
        assertThat(days).extracting(FitWellness.Day::date).containsExactly(LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 3));
        assertThat(days).extracting(d -> d.sleepHours().getAsDouble()).containsExactly(2.0, 5.0);
    }

    @Test
    void sleepAssessmentIsReadByNameWithItsStressScaled() throws Exception {
        List<String> seen = new ArrayList<>();
        FitDecoder.decode(new ByteArrayInputStream(GarminWellnessFiles.sleep(BEDTIME, NIGHT)), m -> {
            if (m.name().equals("sleep_assessment")) {
                seen.add(m.integer("overall_sleep_score").getAsLong() + " " + m.integer("awakenings_count").getAsLong()
                        + " " + m.field("average_stress_during_sleep").getAsDouble());
            }
        });
        assertThat(seen).containsExactly("81 2 20.14");
    }

    @Test
    void hrvStatusSummaryLastNightAverageIsTheMorningsRmssdAtScale128() throws Exception {
        // 45.5 ms is stored as 5824; the five-minute readings beside it do not change the summary.
        byte[] file = GarminWellnessFiles.hrvStatus(MORNING, 5824, 30 * 128, 70 * 128);
        assertThat(days(file)).containsExactly(new FitWellness.Day(LocalDate.of(2026, 3, 2), OptionalDouble.empty(),
                OptionalDouble.of(45.5), OptionalInt.empty()));
    }

    @Test
    void hrvValueReadingsAreAveragedWhenTheNightHasNoSummary() throws Exception {
        byte[] file = GarminWellnessFiles.hrvStatus(MORNING, -1, 40 * 128, 50 * 128, 54 * 128);
        assertThat(days(file)).singleElement().extracting(d -> d.rmssdMs().getAsDouble()).isEqualTo(48.0);
    }

    @Test
    void hrvStatusSummaryFieldsAreNamedInMilliseconds() throws Exception {
        Map<String, String> seen = new LinkedHashMap<>();
        FitDecoder.decode(new ByteArrayInputStream(GarminWellnessFiles.hrvStatus(MORNING, 5824)), m -> {
            if (m.name().equals("hrv_status_summary")) {
                for (String f : List.of("weekly_average", "last_night_average", "status")) {
                    seen.put(f, m.field(f).getAsDouble() + " " + m.units(f));
                }
            }
        });
        assertThat(seen).containsExactly(Map.entry("weekly_average", "50.0 ms"),
                Map.entry("last_night_average", "45.5 ms"), Map.entry("status", "4.0 "));
    }

    @Test
    void monitoringHrDataGivesTheDaysOwnRestingHeartRateNotTheWeeksAverage() throws Exception {
        byte[] file = GarminWellnessFiles.wellness(Instant.parse("2026-03-02T00:00:00Z"), 52);
        assertThat(days(file)).containsExactly(new FitWellness.Day(LocalDate.of(2026, 3, 2), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalInt.of(52)));
    }

    @Test
    void anActivityFileStillGivesItsSessionsAndNoDays() throws Exception {
        FitContents run = FitContents.read(new ByteArrayInputStream(new FitFileBuilder().run(MORNING, 600)),
                ZoneOffset.UTC);
        assertThat(run.sessions()).singleElement().extracting(FitSession::elapsedSeconds).isEqualTo(600.0);
        assertThat(run.days()).isEmpty();
    }

    @Test
    void anHrvWrittenWithoutItsScaleIsRefusedWithTheReason() {
        // 45 ms written as 45 instead of 45 x 128 reads as 0.35 ms: no heart beats like that.
        assertThatThrownBy(() -> days(GarminWellnessFiles.hrvStatus(MORNING, 45)))
                .isInstanceOf(FitFormatException.class).hasMessage("an HRV of 0.35 ms on 2026-03-02 is not a body's "
                        + "(1–300 ms): the file is damaged or not scaled as the FIT profile says");
    }

    @Test
    void aRestingHeartRateNoHeartHasIsRefused() {
        assertThatThrownBy(() -> days(GarminWellnessFiles.wellness(MORNING, 7))).isInstanceOf(FitFormatException.class)
                .hasMessage("a resting heart rate of 7 bpm on 2026-03-02 is not a body's (20–250 bpm): the file is damaged");
    }

    @Test
    void aTruncatedSleepFileIsRefusedWhereItStops() {
        byte[] file = GarminWellnessFiles.sleep(BEDTIME, NIGHT);
        assertThatThrownBy(() -> days(Arrays.copyOf(file, file.length - 20))).isInstanceOf(FitFormatException.class)
                .hasMessageStartingWith("the file is truncated");
    }

    @Test
    void sleepStagesGoingBackInTimeAreRefused() {
        int[][] backwards = {{0, LIGHT}, {3600, DEEP}, {1800, AWAKE}};
        assertThatThrownBy(() -> days(GarminWellnessFiles.sleep(BEDTIME, backwards)))
                .hasMessage("the sleep stages go back in time at 2026-03-01T23:00:00Z: the file is damaged");
    }

    @Test
    void moreThanADayAsleepInOneNightIsRefused() {
        int[][] endless = new int[7][];
        for (int i = 0; i < 6; i++) {
            endless[i] = new int[] {i * 5 * 3600, LIGHT};
        }
        endless[6] = new int[] {30 * 3600, AWAKE};
        assertThatThrownBy(() -> days(GarminWellnessFiles.sleep(BEDTIME, endless)))
                .hasMessage("the sleep stages give 30.0 hours asleep on 2026-03-03, more than a day holds: the file is damaged");
    }

    @Test
    void aFileWithMoreDaysThanAnyWatchWritesIsRefusedWithoutGrowingMemory() {
        long first = MORNING.getEpochSecond() - FitActivities.FIT_EPOCH;
        long[][] readings = new long[FitWellness.MAX_DAYS + 40][];
        for (int i = 0; i < readings.length; i++) {
            readings[i] = new long[] {first + 86_400L * i, 40 * 128};
        }
        byte[] file = GarminWellnessFiles.messages(371, new int[][] {{253, 4, 0x86}, {0, 2, 0x84}}, readings);
        assertThatThrownBy(() -> days(file)).hasMessage(
                "the file holds measures for more than 3660 days; no watch writes that many in one file");
    }
}
