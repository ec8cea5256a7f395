package org.plimsoll.store.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.testing.OnBothDatabases;

/** The care log stores codes; the English lines written before them become the same codes (V15). */
class CareEventCodesTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @OnBothDatabases
    void everyStepOfTheLogIsStoredAsACodeWithOnlyItsParticulars(Database db) {
        AccountRepository accounts = new AccountRepository(db);
        long ana = accounts.create("ana@example.org", "h", NOW).orElseThrow().id();
        long physio = accounts.create("physio@example.org", "h", NOW).orElseThrow().id();
        CareRepository care = new CareRepository(db);
        care.invite(ana, "hash-1", NOW, NOW.plusSeconds(7 * 86_400));
        assertThat(care.mailed(ana, "physio@example.org", NOW.plusSeconds(1), 5, NOW.minusSeconds(86_400))).isTrue();
        care.accept(physio, "hash-1", NOW.plusSeconds(2));
        care.record(ana, physio, CareAction.REPORT_VIEWED, "12", NOW.plusSeconds(3));

        assertThat(care.events(ana)).extracting(CareEvent::action, CareEvent::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("REPORT_VIEWED", "12"),
                org.assertj.core.groups.Tuple.tuple("ACCESS_GRANTED", ""),
                org.assertj.core.groups.Tuple.tuple("INVITATION_MAILED", "physio@example.org"),
                org.assertj.core.groups.Tuple.tuple("INVITED", ""));
    }

    @OnBothDatabases
    void theEnglishLinesWrittenBeforeTheCodesBecomeTheirCodesAndAnUnknownOneStaysAsItWas(Database db)
            throws IOException {
        AccountRepository accounts = new AccountRepository(db);
        long ana = accounts.create("ana@example.org", "h", NOW).orElseThrow().id();
        long physio = accounts.create("physio@example.org", "h", NOW).orElseThrow().id();
        List<String[]> before = List.of(
                new String[] {"invited", "an invitation code, valid for 7 days"},
                new String[] {"mailed", "an invitation code to physio@example.org, valid for 7 days"},
                new String[] {"accepted", "access to your record"},
                new String[] {"viewed", "your record"},
                new String[] {"viewed", "your report (last 12 weeks)"},
                new String[] {"viewed", "your assessment, through the API"},
                new String[] {"noted", "a note on your record"},
                new String[] {"changed", "Days a new level is held 14 → 21: slow to settle"},
                new String[] {"decided", "set your check-ups to every 28 days: monthly"},
                new String[] {"revoked", "access ended"},
                new String[] {"waved", "hello"});
        db.inTransaction(handle -> {
            for (int i = 0; i < before.size(); i++) {
                handle.createUpdate("""
                                INSERT INTO care_events (patient_id, clinician_id, at, action, detail)
                                VALUES (:p, :c, :at, :action, :detail)""")
                        .bind("p", ana).bind("c", physio).bind("at", NOW.plusSeconds(i))
                        .bind("action", before.get(i)[0]).bind("detail", before.get(i)[1]).execute();
            }
            return null;
        });

        String migration;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V15__care_event_codes.sql")) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        db.inTransaction(handle -> {
            handle.createScript(migration).execute();
            return null;
        });

        assertThat(new CareRepository(db).events(ana)).extracting(e -> e.action() + " | " + e.detail()).containsExactly(
                "waved | hello",
                "ACCESS_ENDED | ",
                "DECISION_MADE | set your check-ups to every 28 days: monthly",
                "SETTINGS_CHANGED | Days a new level is held 14 → 21: slow to settle",
                "NOTE_ADDED | ",
                "ASSESSMENT_VIEWED | ",
                "REPORT_VIEWED | 12",
                "RECORD_VIEWED | ",
                "ACCESS_GRANTED | ",
                "INVITATION_MAILED | physio@example.org",
                "INVITED | ");
        assertThat(new CareRepository(db).events(ana).get(0).code()).isEmpty();
    }
}
