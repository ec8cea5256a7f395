package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.formats.fit.GarminWellnessFiles;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** {@code plimsoll import} of a Garmin Connect export zip holding wellness FIT files: said once; again, nothing. */
class ImportGarminWellnessCommandTest {
    @TempDir
    Path dir;

    @OnBothDatabases
    void aGarminExportImportsItsNightsFromTheCommandLineAndAgainAddsNothing(Database db) throws Exception {
        MeasuresImporter ana = MeasuresImporter.withAccount(db);
        int[][] night = {{0, GarminWellnessFiles.LIGHT}, {5 * 3600, GarminWellnessFiles.REM},
                {7 * 3600, GarminWellnessFiles.AWAKE}};
        Path zip = Files.write(dir.resolve("garmin.zip"), GarminWellnessFiles.exportZip(Map.of(
                "1_SLEEP_DATA.fit", GarminWellnessFiles.sleep(Instant.parse("2026-03-01T22:00:00Z"), night),
                "2_SLEEP_DATA.fit", GarminWellnessFiles.sleep(Instant.parse("2026-03-02T22:30:00Z"), night),
                "3_HRV_STATUS.fit", GarminWellnessFiles.hrvStatus(Instant.parse("2026-03-03T05:30:00Z"), 60 * 128),
                "4_WELLNESS.fit", GarminWellnessFiles.wellness(Instant.parse("2026-03-02T08:00:00Z"), 49),
                "5_WELLNESS.fit", GarminWellnessFiles.wellness(Instant.parse("2026-03-03T08:00:00Z"), 50))));
        assertThat(ana.imports(zip)).contains("Added 2 nights of sleep, 1 morning of heart-rate variability and 2 "
                + "mornings of resting heart rate to your days.");
        assertThat(ana.importsAsJson(zip)).as("again").isEqualTo(MeasuresImporter.NOTHING_ADDED);
    }
}
