package org.plimsoll.formats.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.engine.context.HrvKind;
import org.plimsoll.engine.unit.HeartRate;
import org.plimsoll.engine.unit.Hrv;
import org.plimsoll.formats.fit.GarminWellnessFiles;
import org.plimsoll.formats.wearable.DailyMeasures;

/** Garmin's wellness FIT files, alone or in a Garmin Connect export zip, come in as daily measures. */
class GarminWellnessImportTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final int[][] NIGHT = {{0, GarminWellnessFiles.LIGHT}, {3 * 3600, GarminWellnessFiles.DEEP},
            {5 * 3600, GarminWellnessFiles.AWAKE}, {5 * 3600 + 1800, GarminWellnessFiles.REM},
            {7 * 3600 + 1800, GarminWellnessFiles.AWAKE}};

    @TempDir
    Path dir;

    /** Keeps the days handed over and counts each measure, as the store does for new values. */
    private static final class Days implements ActivityImport.MeasuresDestination {
        final List<DailyMeasures> kept = new ArrayList<>();

        @Override
        public ImportReport.Measures add(List<DailyMeasures> days) {
            kept.addAll(days);
            return new ImportReport.Measures((int) days.stream().filter(d -> d.sleepHours().isPresent()).count(),
                    (int) days.stream().filter(d -> d.hrv().isPresent()).count(),
                    (int) days.stream().filter(d -> d.restingHeartRate().isPresent()).count());
        }
    }

    private ImportReport run(Days days, Path... inputs) {
        return new ActivityImport(OSLO, NOW, ActivityImport.Limits.DEFAULT).run(List.of(inputs),
                (hash, sessions) -> sessions, days, ActivityImport.Progress.NONE);
    }

    static Map<String, byte[]> aNightsFiles() {
        return Map.of("1001_SLEEP_DATA.fit", GarminWellnessFiles.sleep(Instant.parse("2026-03-01T22:00:00Z"), NIGHT),
                "1002_HRV_STATUS.fit", GarminWellnessFiles.hrvStatus(Instant.parse("2026-03-02T05:30:00Z"), 46 * 128,
                        40 * 128, 52 * 128),
                "1003_WELLNESS.fit", GarminWellnessFiles.wellness(Instant.parse("2026-03-02T08:00:00Z"), 51));
    }

    @Test
    void aGarminConnectExportZipGivesSleepRmssdAndRestingHeartRateForTheMorning() throws IOException {
        Path zip = Files.write(dir.resolve("garmin-export.zip"), GarminWellnessFiles.exportZip(aNightsFiles()));
        Days days = new Days();
        ImportReport report = run(days, zip);
        assertThat(report.skipped()).isEmpty();
        assertThat(report.imported()).isZero();
        assertThat(report.measures()).isEqualTo(new ImportReport.Measures(1, 1, 1));
        LocalDate monday = LocalDate.of(2026, 3, 2);
        assertThat(days.kept).containsExactlyInAnyOrder(
                new DailyMeasures(monday, Optional.of(7.0), Optional.empty(), Optional.empty(), Optional.empty()),
                new DailyMeasures(monday, Optional.empty(), Optional.of(Hrv.ofMs(46)), Optional.of(HrvKind.RMSSD),
                        Optional.empty()),
                new DailyMeasures(monday, Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(HeartRate.ofBpm(51))));
    }

    @Test
    void aSleepFileAloneIsReadWhateverItsName() throws IOException {
        Path file = Files.write(dir.resolve("download.fit"), aNightsFiles().get("1001_SLEEP_DATA.fit"));
        Days days = new Days();
        assertThat(run(days, file).measures()).isEqualTo(new ImportReport.Measures(1, 0, 0));
        assertThat(days.kept).singleElement().satisfies(d -> assertThat(d.sleepHours()).contains(7.0));
    }

    @Test
    void aDamagedWellnessFileIsSkippedWithItsReasonAndTheOthersImported() throws IOException {
        byte[] sleep = aNightsFiles().get("1001_SLEEP_DATA.fit");
        Path truncated = Files.write(dir.resolve("1001_SLEEP_DATA.fit"), Arrays.copyOf(sleep, sleep.length - 9));
        Path unscaled = Files.write(dir.resolve("1002_HRV_STATUS.fit"),
                GarminWellnessFiles.hrvStatus(Instant.parse("2026-03-02T05:30:00Z"), 46));
        Path wellness = Files.write(dir.resolve("1003_WELLNESS.fit"), aNightsFiles().get("1003_WELLNESS.fit"));
        Days days = new Days();
        ImportReport report = run(days, truncated, unscaled, wellness);
        assertThat(report.skipped()).extracting(s -> Path.of(s.file()).getFileName().toString(), s -> s.reason())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("1001_SLEEP_DATA.fit", "the file is truncated (at byte "
                                + (sleep.length - 9) + ")"),
                        org.assertj.core.groups.Tuple.tuple("1002_HRV_STATUS.fit", "an HRV of 0.36 ms on 2026-03-02 "
                                + "is not a body's (1–300 ms): the file is damaged or not scaled as the FIT profile says"));
        assertThat(report.measures()).isEqualTo(new ImportReport.Measures(0, 0, 1));
    }
}
