package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.formats.fit.GarminWellnessFiles;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** {@code plimsoll import} of a Garmin Connect export zip holding wellness FIT files: said once; again, nothing. */
class ImportGarminWellnessCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Typed plimsoll(Database db, String... args) {
        return Typed.run(db, CLOCK, "correct horse battery\n", args);
    }

    @OnBothDatabases
    void aGarminExportImportsItsNightsFromTheCommandLineAndAgainAddsNothing(Database db) throws Exception {
        plimsoll(db, "account", "create", "ana@example.org", "--timezone", "Europe/Oslo");
        int[][] night = {{0, GarminWellnessFiles.LIGHT}, {5 * 3600, GarminWellnessFiles.REM},
                {7 * 3600, GarminWellnessFiles.AWAKE}};
        Path zip = Files.write(dir.resolve("garmin.zip"), GarminWellnessFiles.exportZip(Map.of(
                "1_SLEEP_DATA.fit", GarminWellnessFiles.sleep(Instant.parse("2026-03-01T22:00:00Z"), night),
                "2_SLEEP_DATA.fit", GarminWellnessFiles.sleep(Instant.parse("2026-03-02T22:30:00Z"), night),
                "3_HRV_STATUS.fit", GarminWellnessFiles.hrvStatus(Instant.parse("2026-03-03T05:30:00Z"), 60 * 128),
                "4_WELLNESS.fit", GarminWellnessFiles.wellness(Instant.parse("2026-03-02T08:00:00Z"), 49),
                "5_WELLNESS.fit", GarminWellnessFiles.wellness(Instant.parse("2026-03-03T08:00:00Z"), 50))));
        Typed first = plimsoll(db, "import", zip.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("Added 2 nights of sleep, 1 morning of heart-rate variability and 2 mornings "
                + "of resting heart rate to your days.");

        Typed again = plimsoll(db, "import", zip.toString(), "--json");
        assertThat(again.exit()).isZero();
        assertThat(new ObjectMapper().readTree(again.out()).get("measures").toString())
                .isEqualTo("{\"sleep\":0,\"hrv\":0,\"restingHeartRate\":0}");
    }
}
