package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.context.HrvKind;
import org.plimsoll.engine.unit.Hours;
import org.plimsoll.formats.Fixtures;
import org.plimsoll.formats.activity.ActivityFiles;
import org.plimsoll.formats.wearable.AppleHealthExportBuilder;
import org.plimsoll.formats.wearable.AppleHealthExportBuilder.Dtd;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.context.DailyContextRepository;
import org.plimsoll.store.testing.OnBothDatabases;

/** {@code plimsoll import export.zip}: the export's sleep, heart-rate variability and resting heart rate per day. */
class AppleHealthMeasuresCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    private static final ZonedDateTime MORNING = ZonedDateTime.of(2026, 3, 2, 6, 45, 0, 0, ZoneId.of("Europe/Oslo"));

    @TempDir
    Path dir;

    private static Typed plimsoll(Database db, String... args) {
        return Typed.run(db, CLOCK, "correct horse battery\n", args);
    }

    @OnBothDatabases
    void theExportsMeasuresComeInNeverOverATypedValueAndAgainAddNothing(Database db) throws Exception {
        plimsoll(db, "account", "create", "ana@example.org", "--timezone", "Europe/Oslo");
        long id = new AccountRepository(db).findByEmail("ana@example.org").orElseThrow().id();
        LocalDate second = MORNING.toLocalDate().plusDays(1);
        new DailyContextRepository(db).save(id, new DailyContext(second, Optional.of(Hours.of(8)), Optional.empty(),
                Optional.empty(), Optional.empty()));
        Path zip = new AppleHealthExportBuilder(Dtd.IOS16_MALFORMED)
                .workoutWithStatistics("Running", MORNING.plusHours(2), 32.5, 5.2, 148, 171, null)
                .sleep("Ana’s Apple Watch", "AsleepCore", MORNING.minusHours(7), MORNING)
                .sleep("Ana’s Apple Watch", "AsleepREM", MORNING.plusDays(1).minusHours(5), MORNING.plusDays(1))
                .hrv(MORNING, 61).hrv(MORNING.plusDays(1), 58).resting(MORNING.plusDays(1), 50)
                .zipTo(dir.resolve("export.zip"), "route.gpx", ActivityFiles.gpx(MORNING.toInstant(), 60, 120));

        Typed first = plimsoll(db, "import", zip.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("Imported 1 session", "Added 1 night of sleep, 2 mornings of heart-rate "
                + "variability and 1 morning of resting heart rate to your days.");
        DailyContext typed = new DailyContextRepository(db).list(id).stream().filter(c -> c.date().equals(second))
                .findFirst().orElseThrow();
        assertThat(typed.sleepHours()).contains(Hours.of(8));
        assertThat(typed.hrvKind()).contains(HrvKind.SDNN);
        assertThat(typed.restingHeartRate().orElseThrow().bpm()).isEqualTo(50);

        Typed again = plimsoll(db, "import", zip.toString(), "--json");
        assertThat(new ObjectMapper().readTree(again.out()).get("measures").toString())
                .isEqualTo("{\"sleep\":0,\"hrv\":0,\"restingHeartRate\":0}");
    }

    @OnBothDatabases
    void theRealExportsHeartMeasuresComeInFromTheCommandLine(Database db) throws Exception {
        Path xml = Fixtures.wearables().resolve("healthkit-parser/exporter.xml");
        plimsoll(db, "account", "create", "kit@example.org", "--timezone", "Europe/Berlin");
        Typed first = plimsoll(db, "import", xml.toString(), "--json");
        assertThat(first.exit()).isZero();
        var measures = new ObjectMapper().readTree(first.out()).get("measures");
        assertThat(measures.get("hrv").asInt()).isPositive();
        assertThat(measures.get("restingHeartRate").asInt()).isPositive();
    }
}
