package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.formats.activity.ActivityFiles;
import org.plimsoll.formats.wearable.AppleHealthExportBuilder;
import org.plimsoll.formats.wearable.AppleHealthExportBuilder.Dtd;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.store.testing.OnBothDatabases;

/** {@code plimsoll import export.zip} with an Apple Health export as the phone writes it. */
class AppleHealthImportCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    private static final ZonedDateTime RUN = ZonedDateTime.of(2026, 3, 2, 6, 30, 0, 0, ZoneId.of("Europe/Oslo"));

    @TempDir
    Path dir;

    @OnBothDatabases
    void importThePhonesExportZipThenAgainAndFindNothingNew(Database db) throws Exception {
        Typed.run(db, CLOCK, "correct horse battery\n", "account", "create", "ana@example.org", "--timezone",
                "Europe/Oslo");
        ZonedDateTime ride = RUN.plusDays(1);
        Path zip = new AppleHealthExportBuilder(Dtd.IOS16_MALFORMED)
                .workoutWithStatistics("Running", RUN, 32.5, 5.2, 148, 171, null)
                .workoutWithStatistics("Cycling", ride, 30, 0, 131, 150, "/workout-routes/route.gpx")
                .workoutWithTotals("TraditionalStrengthTraining", RUN.plusDays(2), 40, 0, "km")
                .zipTo(dir.resolve("export.zip"), "route.gpx", ActivityFiles.gpx(ride.toInstant(), 1800, 130));

        Typed first = Typed.run(db, CLOCK, "correct horse battery\n", "import", zip.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("2026-03-02 06:30  run          33 min  5.20 km",
                "2026-03-03 06:30  cycle        30 min", "2026-03-04 06:30  strength     40 min",
                "Imported 3 sessions, 0 duplicates left out, 0 files skipped.");
        long id = new AccountRepository(db).findByEmail("ana@example.org").orElseThrow().id();
        assertThat(new SessionRepository(db).list(id)).hasSize(3);

        Typed again = Typed.run(db, CLOCK, "correct horse battery\n", "import", zip.toString(), "--json");
        JsonNode report = new ObjectMapper().readTree(again.out());
        assertThat(report.get("imported").asInt()).isZero();
        assertThat(report.get("duplicates").asInt()).isEqualTo(3);
        assertThat(new SessionRepository(db).list(id)).hasSize(3);
    }
}
