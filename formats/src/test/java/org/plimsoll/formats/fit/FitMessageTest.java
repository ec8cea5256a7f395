package org.plimsoll.formats.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plimsoll.formats.Fixtures;

/** A decoded message knows its name and its fields by name, in their units, as fitdecode's frames do. */
class FitMessageTest {
    private static final Instant START = Instant.parse("2026-03-01T07:00:00Z");

    /** What a handler saw of each message, copied, since the decoder reuses one message. */
    private static List<Map<String, Object>> decode(byte[] file, String name, String... fields) throws Exception {
        List<Map<String, Object>> seen = new ArrayList<>();
        FitDecoder.decode(new ByteArrayInputStream(file), m -> {
            if (m.name().equals(name)) {
                Map<String, Object> copy = new LinkedHashMap<>();
                for (String f : fields) {
                    copy.put(f, m.field(f).isPresent() ? m.field(f).getAsDouble() + " " + m.units(f) : "missing");
                }
                seen.add(copy);
            }
        });
        return seen;
    }

    @Test
    void aSessionGivesItsTimesInSecondsAndItsDistanceInMetres() throws Exception {
        byte[] run = new FitFileBuilder().run(START, 120);
        assertThat(decode(run, "session", "total_elapsed_time", "total_timer_time", "total_distance", "avg_heart_rate"))
                .singleElement().isEqualTo(Map.of("total_elapsed_time", "120.0 s", "total_timer_time", "120.0 s",
                        "total_distance", "357.0 m", "avg_heart_rate", "missing"));
    }

    @Test
    void aRecordGivesHeartRateInBeatsAndDistanceInMetres() throws Exception {
        byte[] run = new FitFileBuilder().run(START, 3);
        assertThat(decode(run, "record", "heart_rate", "distance")).containsExactly(
                Map.of("heart_rate", "120.0 bpm", "distance", "0.0 m"),
                Map.of("heart_rate", "121.0 bpm", "distance", "3.0 m"),
                Map.of("heart_rate", "122.0 bpm", "distance", "6.0 m"));
    }

    @Test
    void aTimestampIsReadWholeAsSecondsSinceTheFitEpoch() throws Exception {
        List<Long> times = new ArrayList<>();
        FitDecoder.decode(new ByteArrayInputStream(new FitFileBuilder().run(START, 2)), m -> {
            if (m.name().equals("record")) {
                times.add(m.integer("timestamp").getAsLong());
            }
        });
        assertThat(times).containsExactly(START.getEpochSecond() - FitActivities.FIT_EPOCH,
                START.getEpochSecond() - FitActivities.FIT_EPOCH + 1);
    }

    @Test
    void askingForAFieldTheMessageDoesNotHaveIsAFaultOfTheCaller() throws Exception {
        List<String> faults = new ArrayList<>();
        FitDecoder.decode(new ByteArrayInputStream(new FitFileBuilder().run(START, 2)), m -> {
            if (m.name().equals("session")) {
                try {
                    m.field("heart_rate"); // a record's field, not a session's
                } catch (IllegalArgumentException e) {
                    faults.add(e.getMessage());
                }
            }
        });
        assertThat(faults).containsExactly("the FIT profile as Plimsoll reads it has no field heart_rate in a session message");
    }

    @Test
    void aMessagePlimsollDoesNotReadIsNamedByItsNumber() throws Exception {
        List<String> names = new ArrayList<>();
        FitDecoder.decode(new ByteArrayInputStream(new FitFileBuilder().run(START, 1)), m -> names.add(m.name()));
        assertThat(names).containsExactly("file_id", "record", "session");
        FitMessage unknown = new FitMessage();
        unknown.reset(65_280); // the start of the manufacturer-specific range
        assertThat(unknown.name()).isEqualTo("unknown_65280");
        assertThatThrownBy(() -> unknown.field("timestamp")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWearableMonitoringFileIsReadAsMonitoringMessages() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> cycles = new ArrayList<>();
        try (InputStream in = Files.newInputStream(Fixtures.activities().resolve("python-fitparse/MonitoringFile.fit"))) {
            FitDecoder.decode(in, m -> {
                counts.merge(m.name(), 1, Integer::sum);
                if (m.name().equals("monitoring") && m.has("cycles")) {
                    cycles.add(m.units("cycles"));
                }
            });
        }
        assertThat(counts).containsEntry("file_id", 1).containsEntry("monitoring", 337).containsEntry("event", 15);
        assertThat(cycles).hasSize(81).containsOnly("cycles");
    }
}
