package org.plimsoll.formats.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.plimsoll.formats.json.JsonProblem;

/** Restore's gate: a file is read whole and consistent, or refused naming each problem and where. */
class ExportJsonTest {
    private static final String SESSION = """
            {"id": 1, "activity": "run", "started_at": "2026-03-01T08:00:00Z", "time_zone": "Europe/London",
             "minutes": 30, "distance_km": 5.0, "rpe": 4, "rpe_estimated": false, "run_type": null, "hills": false,
             "rotation_override": null, "arm_load_override": null, "source": "MANUAL", "source_file_hash": null,
             "created_at": "2026-03-01T09:00:00Z", "updated_at": "2026-03-01T09:00:00Z"}""";

    private static String file(String version, String tables) {
        return "{\"format\": \"plimsoll-export\", \"version\": " + version
                + ", \"exportedAt\": \"2026-03-01T10:00:00Z\", \"account\": {\"email\": \"a@example.org\"}, \"tables\": {"
                + tables + "}}";
    }

    private static ExportFile read(String text) {
        return ExportJson.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> problems(String text) {
        try {
            read(text);
        } catch (ExportRefused e) {
            return e.problems().stream().map(JsonProblem::toString).toList();
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void aValidFileReadsWithTypedValues() {
        ExportFile f = read(file("1", "\"sessions\": [" + SESSION + "]"));
        Map<String, Object> s = f.rows("sessions").get(0);
        assertThat(s).containsEntry("id", 1L).containsEntry("minutes", 30L).containsEntry("distance_km", 5.0)
                .containsEntry("started_at", Instant.parse("2026-03-01T08:00:00Z")).containsEntry("run_type", null);
        assertThat(f.size()).isEqualTo(1);
    }

    @Test
    void anotherVersionIsRefusedSayingWhichVersionIsRead() {
        assertThat(problems(file("2", ""))).containsExactly(
                "$.version: is 2; this Plimsoll reads export version 1 (update Plimsoll to read it)");
    }

    @Test
    void brokenJsonIsRefusedWithItsLineAndColumn() {
        assertThat(problems("{\"format\": \"plimsoll-export\",\n \"version\": }")).singleElement()
                .asString().startsWith("$: not valid JSON at line 2, column");
    }

    @Test
    void aMillionTinyRecordsUnderTheByteLimitAreRefusedBeforeAnyTreeIsBuilt() {
        StringBuilder checkIns = new StringBuilder("\"checkins\": [");
        for (int i = 1; i <= 1_000_000; i++) {
            checkIns.append(i == 1 ? "" : ",").append("{}");
        }
        String text = file("1", checkIns.append("]").toString());
        assertThat(text.length()).isLessThan((int) ExportJson.MAX_BYTES);
        assertThat(problems(text)).containsExactly("$.tables: holds more than " + ExportJson.MAX_RECORDS
                + " records, the most a restore takes; ten years of daily use export to about 60,000");
    }

    @Test
    void aFileOverThirtyTwoMegabytesIsRefusedWithoutReadingItAll() {
        InputStream endless = new InputStream() {
            private long given;

            @Override
            public int read() {
                given++;
                return given == 1 ? '[' : given > 40L * 1024 * 1024 ? -1 : ' ';
            }
        };
        assertThatThrownBy(() -> ExportJson.read(endless)).isInstanceOf(ExportRefused.class).hasMessageContaining(
                "$: is larger than 32 MB, the most a restore reads");
    }

    @Test
    void anotherJsonFileIsToldApartAtOnce() {
        assertThat(problems("{\"sessions\": []}")).containsExactly(
                "$.format: is not \"plimsoll-export\": this is not a Plimsoll full export");
    }

    @Test
    void conflictingRecordsAreEachNamed() {
        String twice = SESSION + "," + SESSION;
        String orphan = "{\"id\": 1, \"session_id\": 7, \"check_window\": \"BEFORE\", \"on_date\": null,"
                + " \"recorded_at\": \"2026-03-01T08:00:00Z\", \"pain\": 11, \"sharp\": false, \"region\": null,"
                + " \"stiffness_minutes\": null, \"cleared_by_clinician\": false}";
        String dailyWithoutDay = "{\"id\": 2, \"session_id\": null, \"check_window\": \"DAILY\", \"on_date\": null,"
                + " \"recorded_at\": \"2026-03-01T08:00:00Z\", \"pain\": 2, \"sharp\": false, \"region\": null,"
                + " \"stiffness_minutes\": null, \"cleared_by_clinician\": false, \"mood\": 3}";
        List<String> problems = problems(file("1", "\"sessions\": [" + twice + "], \"checkins\": [" + orphan + ","
                + dailyWithoutDay + "], \"goals\": [{\"activity\": \"unicycle\"}], \"pets\": []"));

        assertThat(problems).containsExactlyInAnyOrder(
                "$.tables.pets: is not a table of an export",
                "$.tables.sessions[1].id: is 1, the id of an earlier sessions record",
                "$.tables.checkins[0].pain: is 11; expected between 0 and 10",
                "$.tables.checkins[0].session_id: is 7, but no record in sessions has that id",
                "$.tables.checkins[1].mood: is not a column of checkins",
                "$.tables.checkins[1].on_date: is required for a DAILY check-in",
                "$.tables.goals[0].activity: " + problems.stream().filter(p -> p.startsWith("$.tables.goals[0].activity"))
                        .findFirst().orElseThrow().substring("$.tables.goals[0].activity: ".length()));
        assertThat(problems).anyMatch(p -> p.startsWith("$.tables.goals[0].activity: is 'unicycle'; expected one of"));
    }

    @Test
    void theCsvZipHoldsOneFilePerTableWithAHeaderAndQuotedText() throws Exception {
        ExportFile f = read(file("1", "\"sessions\": [" + SESSION + "], \"declared_flares\": [{\"id\": 1,"
                + " \"on_date\": \"2026-03-02\", \"note\": \"lifted a box, \\\"badly\\\"\"}]"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportCsv.write(f, out);
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries.keySet()).contains("README.txt", "sessions.csv", "checkins.csv", "strength_sets.csv")
                .hasSize(ExportTable.ALL.size() + 1);
        assertThat(entries.get("declared_flares.csv"))
                .isEqualTo("id,on_date,note\r\n1,2026-03-02,\"lifted a box, \"\"badly\"\"\"\r\n");
        assertThat(entries.get("sessions.csv")).startsWith("id,activity,started_at,").contains("\r\n1,run,2026-03-01T08:00:00Z,");
    }

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws Exception {
        ExportFile f = read(file("1", "\"declared_flares\": [{\"id\": 1, \"on_date\": \"2026-03-02\","
                + " \"note\": \"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"}, {\"id\": 2, \"on_date\": \"2026-03-03\", \"note\": \"@SUM(1)\"},"
                + " {\"id\": 3, \"on_date\": \"2026-03-04\", \"note\": \"+1\"}, {\"id\": 4, \"on_date\": \"2026-03-05\", \"note\": \"-1\"}]"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportCsv.write(f, out);
        String flares = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("declared_flares.csv")) {
                    flares = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(flares).isEqualTo("id,on_date,note\r\n1,2026-03-02,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n"
                + "2,2026-03-03,'@SUM(1)\r\n3,2026-03-04,'+1\r\n4,2026-03-05,'-1\r\n");
    }

    @Test
    void whatIsWrittenIsReadBackEqual() {
        ExportFile f = read(file("1", "\"sessions\": [" + SESSION + "]"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportJson.write(f, out);
        assertThat(ExportJson.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(f);
    }
}
