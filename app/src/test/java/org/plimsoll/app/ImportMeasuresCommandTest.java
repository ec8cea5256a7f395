package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/** {@code plimsoll import} of a daily-measures CSV: what came in, said once; again, nothing. */
class ImportMeasuresCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Typed plimsoll(Database db, String... args) {
        return Typed.run(db, CLOCK, "correct horse battery\n", args);
    }

    @OnBothDatabases
    void aDailyMeasuresCsvImportsFromTheCommandLineAndAgainAddsNothing(Database db) throws Exception {
        plimsoll(db, "account", "create", "ana@example.org", "--timezone", "Europe/Oslo");
        Path csv = Files.writeString(dir.resolve("polar.csv"), """
                date,sleep_hours,hrv_ms,hrv_kind,resting_heart_rate
                2026-03-01,7.5,62,RMSSD,49
                2026-03-02,6.0,,,51
                """);
        Typed first = plimsoll(db, "import", csv.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("Added 2 nights of sleep, 1 morning of heart-rate variability and 2 mornings "
                + "of resting heart rate to your days.");

        Typed again = plimsoll(db, "import", csv.toString(), "--json");
        assertThat(again.exit()).isZero();
        assertThat(new ObjectMapper().readTree(again.out()).get("measures").toString())
                .isEqualTo("{\"sleep\":0,\"hrv\":0,\"restingHeartRate\":0}");
    }
}
