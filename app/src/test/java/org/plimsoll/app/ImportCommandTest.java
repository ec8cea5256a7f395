package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.formats.Fixtures;
import org.plimsoll.formats.activity.StravaExportBuilder;
import org.plimsoll.formats.fit.FitFileBuilder;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.store.testing.OnBothDatabases;

/** {@code plimsoll import} against a real database, on files our own test code writes. */
class ImportCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant MON = Instant.parse("2026-03-02T06:30:00Z");

    @TempDir
    Path dir;

    private static Typed plimsoll(Database db, String... args) {
        return Typed.run(db, CLOCK, "correct horse battery\n", args);
    }

    private static int storedSessions(Database db) {
        long id = new AccountRepository(db).findByEmail("ana@example.org").orElseThrow().id();
        return new SessionRepository(db).list(id).size();
    }

    @OnBothDatabases
    void importAStravaZipAndAWatchFileThenFindTheSecondImportAllDuplicates(Database db) throws Exception {
        plimsoll(db, "account", "create", "ana@example.org", "--timezone", "Europe/Oslo");
        Path zip = StravaExportBuilder.wide().fitRun(MON, 1800, "Run").manual(MON.plusSeconds(86_400), 2700, 0,
                "Yoga", "3").missingFile(MON.plusSeconds(2 * 86_400), 1500, 4200, "Run").zipTo(dir.resolve("export.zip"));
        Path fit = Files.write(dir.resolve("swim-day.fit"), new FitFileBuilder().run(MON.plusSeconds(3 * 86_400), 600));
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");

        Typed dry = plimsoll(db, "import", zip.toString(), fit.toString(), notes.toString(), "--dry-run");
        assertThat(dry.exit()).isZero();
        assertThat(dry.out()).contains("Would import 4 sessions, 0 duplicates left out, 2 files skipped (dry run: "
                + "nothing stored).");
        assertThat(storedSessions(db)).isZero();

        Typed first = plimsoll(db, "import", zip.toString(), fit.toString(), notes.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains(
                "2026-03-02 07:30  run          30 min  5.40 km  (effort",
                "2026-03-03 07:30  yoga         45 min",
                "Imported 4 sessions, 0 duplicates left out, 2 files skipped.",
                "skipped " + dir.resolve("export.zip") + "/activities/1000000002.fit.gz: missing from the export; "
                        + "the activity was imported from activities.csv line 4",
                "skipped " + notes + ": not an activity file: it is not FIT, GPX, TCX, CSV or a zip",
                "Efforts marked estimated come from heart rate or pace");
        assertThat(storedSessions(db)).isEqualTo(4);

        Typed again = plimsoll(db, "import", zip.toString(), fit.toString(), "--json");
        JsonNode report = new ObjectMapper().readTree(again.out());
        assertThat(report.get("imported").asInt()).isZero();
        assertThat(report.get("duplicates").asInt()).isEqualTo(4);
        assertThat(storedSessions(db)).isEqualTo(4);
    }

    @OnBothDatabases
    void theJsonReportHasTheDocumentedShape(Database db) throws Exception {
        plimsoll(db, "account", "create", "ana@example.org", "--timezone", "Europe/Oslo");
        Path fit = Files.write(dir.resolve("run.fit"), new FitFileBuilder().run(MON, 1800));
        Path empty = Files.write(dir.resolve("empty.gpx"), new byte[0]);
        Typed run = plimsoll(db, "import", fit.toString(), empty.toString(), "--json");
        assertThat(run.exit()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(List.of(report.fieldNames().next(), report.size())).containsExactly("imported", 5);
        assertThat(report.get("measures").toString()).isEqualTo("{\"sleep\":0,\"hrv\":0,\"restingHeartRate\":0}");
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(report.get("skipped").get(0).get("file").asText()).isEqualTo(empty.toString());
        assertThat(report.get("skipped").get(0).get("reason").asText()).isEqualTo("the file is empty");
        JsonNode session = report.get("sessions").get(0);
        assertThat(session.get("file").asText()).isEqualTo(fit.toString());
        assertThat(session.get("activity").asText()).isEqualTo("run");
        assertThat(session.get("start").asText()).isEqualTo("2026-03-02T07:30:00+01:00");
        assertThat(session.get("minutes").asInt()).isEqualTo(30);
        assertThat(session.get("distanceKm").asDouble()).isEqualTo(5.397);
    }

    @OnBothDatabases
    void nothingImportableExitsWith1AndAMissingPathIsNamed(Database db) {
        plimsoll(db, "account", "create", "ana@example.org");
        Typed run = plimsoll(db, "import", dir.resolve("nowhere.fit").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("skipped " + dir.resolve("nowhere.fit") + ": no such file or folder");
        assertThat(plimsoll(db, "import").err()).contains("Missing required parameter: 'PATH'");
    }

    @OnBothDatabases
    void theWholeFixtureFolderImportsWithEveryBadFileExplained(Database db) throws Exception {
        Path fixtures = Fixtures.activities();
        plimsoll(db, "account", "create", "ana@example.org");
        Typed run = plimsoll(db, "import", fixtures.toString(), "--json");
        JsonNode report = new ObjectMapper().readTree(run.out());
        // 17 FIT files give 23 sessions, 8 GPX and 3 TCX files give 11; duplicates within the folder are left out
        assertThat(report.get("imported").asInt() + report.get("duplicates").asInt()).isGreaterThan(25);
        assertThat(report.get("skipped")).allSatisfy(s -> assertThat(s.get("reason").asText()).isNotBlank());
        assertThat(storedSessions(db)).isEqualTo(report.get("imported").asInt());
    }

    @OnBothDatabases
    void aGzipBombIsSkippedWithItsReasonAndNoStackTrace(Database db) throws Exception {
        plimsoll(db, "account", "create", "ana@example.org", "--timezone", "Europe/Oslo");
        // A small gzip that inflates to 64 MB of one endless name: once read whole into memory, now
        // refused as it streams past the first megabyte without markup.
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(packed)) {
            gz.write("<gpx version=\"1.1\"><trk><name>".getBytes());
            byte[] chunk = "a".repeat(1 << 20).getBytes();
            for (int mb = 0; mb < 64; mb++) {
                gz.write(chunk);
            }
        }
        Path bomb = java.nio.file.Files.write(dir.resolve("bomb.gpx.gz"), packed.toByteArray());
        Typed imported = plimsoll(db, "import", bomb.toString());
        assertThat(packed.size()).isLessThan(1 << 20);
        assertThat(imported.out() + imported.err()).contains("has a run of more than 1 MB without markup")
                .doesNotContain("Exception", "\tat ");
        assertThat(storedSessions(db)).isZero();
    }
}
