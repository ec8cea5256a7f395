package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** {@code plimsoll import} of a daily-measures CSV: what came in, said once; again, nothing. */
class ImportMeasuresCommandTest {
    @TempDir
    Path dir;

    @OnBothDatabases
    void aDailyMeasuresCsvImportsFromTheCommandLineAndAgainAddsNothing(Database db) throws Exception {
        MeasuresImporter ana = MeasuresImporter.withAccount(db);
        Path csv = Files.writeString(dir.resolve("polar.csv"), """
                date,sleep_hours,hrv_ms,hrv_kind,resting_heart_rate
                2026-03-01,7.5,62,RMSSD,49
                2026-03-02,6.0,,,51
                """);
        assertThat(ana.imports(csv)).contains("Added 2 nights of sleep, 1 morning of heart-rate variability and 2 "
                + "mornings of resting heart rate to your days.");
        assertThat(ana.importsAsJson(csv)).as("again").isEqualTo(MeasuresImporter.NOTHING_ADDED);
    }
}
