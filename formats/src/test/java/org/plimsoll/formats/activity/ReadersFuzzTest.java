package org.plimsoll.formats.activity;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import org.plimsoll.formats.export.ExportJson;
import org.plimsoll.formats.export.ExportRefused;
import org.plimsoll.formats.fit.FitActivities;
import org.plimsoll.formats.fit.FitContents;
import org.plimsoll.formats.fit.FitDecoder;
import org.plimsoll.formats.fit.FitFormatException;
import org.plimsoll.formats.fit.GarminWellnessFiles;
import org.plimsoll.formats.scenario.ScenarioReader;
import org.plimsoll.formats.wearable.AppleHealthReader;
import org.plimsoll.formats.wearable.WearableFileException;

/**
 * Coverage-guided fuzzing of every reader of outside input (docs/security.md). The only allowed
 * outcomes are an answer or our own refusal: any other exception, an OutOfMemoryError under the
 * fuzzing heap, or a hang is a finding. Without JAZZER_FUZZ each target replays its kept inputs
 * (src/test/resources/.../ReadersFuzzTestInputs/TARGET/), among them every input that ever failed;
 * CI fuzzes each for a short budget (the fuzz-* executions in formats/pom.xml), and longer runs
 * are described in docs/security.md.
 */
class ReadersFuzzTest {
    private static final Instant WELLNESS_DAY = Instant.parse("2026-03-01T22:00:00Z");

    @FuzzTest(maxDuration = "10s")
    void fit(byte[] file) {
        try {
            FitActivities.read(new ByteArrayInputStream(file));
        } catch (FitFormatException refused) {
            // our own refusal, with its byte offset
        }
    }

    /**
     * Garmin's wellness files, grown from the files our encoder writes rather than from kept binaries:
     * the fuzzer picks a file, overwrites bytes of its messages and may cut it short; the file CRC is
     * written anew so that the damage reaches the sleep, HRV and resting heart-rate reading, not only
     * the checksum.
     */
    @FuzzTest(maxDuration = "10s")
    void fitWellness(FuzzedDataProvider data) {
        byte[] file = switch (data.consumeInt(0, 2)) {
            case 0 -> GarminWellnessFiles.sleep(WELLNESS_DAY, new int[][] {{0, 2}, {3600, 3}, {7200, 1}, {9000, 4},
                    {20_000, 1}});
            case 1 -> GarminWellnessFiles.hrvStatus(WELLNESS_DAY, 5824, 40 * 128, 50 * 128);
            default -> GarminWellnessFiles.wellness(WELLNESS_DAY, 52);
        };
        int edits = data.consumeInt(0, 8);
        for (int i = 0; i < edits; i++) {
            file[data.consumeInt(14, file.length - 3)] = data.consumeByte();
        }
        int crc = FitDecoder.crc(file, 0, file.length - 2);
        file[file.length - 2] = (byte) crc;
        file[file.length - 1] = (byte) (crc >> 8);
        int length = data.consumeBoolean() ? data.consumeInt(0, file.length) : file.length;
        try {
            FitContents.read(new ByteArrayInputStream(java.util.Arrays.copyOf(file, length)), ZoneOffset.UTC);
        } catch (FitFormatException refused) {
            // our own refusal, with the reason
        }
    }

    @FuzzTest(maxDuration = "10s")
    void gpx(byte[] file) {
        try {
            GpxActivities.read(file);
        } catch (ActivityFileException refused) {
            // our own refusal
        }
    }

    @FuzzTest(maxDuration = "10s")
    void appleHealth(byte[] file) {
        try {
            AppleHealthReader.read(new ByteArrayInputStream(file));
        } catch (WearableFileException refused) {
            // our own refusal
        }
    }

    @FuzzTest(maxDuration = "10s")
    void tcx(byte[] file) {
        try {
            TcxActivities.read(file);
        } catch (ActivityFileException refused) {
            // our own refusal
        }
    }

    @FuzzTest(maxDuration = "10s")
    void sessionsCsv(byte[] file) throws IOException {
        try {
            SessionsCsv.read(CsvFiles.reader(file), ZoneOffset.UTC);
        } catch (ActivityFileException refused) {
            // our own refusal, with its line and column
        }
    }

    @FuzzTest(maxDuration = "10s")
    void stravaActivitiesCsv(byte[] file) throws IOException {
        try {
            StravaActivitiesCsv.read(CsvFiles.reader(file));
        } catch (ActivityFileException refused) {
            // our own refusal
        }
    }

    @FuzzTest(maxDuration = "10s")
    void scenario(byte[] file) {
        // Problems are values in the result; nothing may be thrown.
        ScenarioReader.read(new String(file, StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "10s")
    void restore(byte[] file) {
        try {
            ExportJson.read(new ByteArrayInputStream(file));
        } catch (ExportRefused refused) {
            // our own refusal, every problem by its JSON path
        }
    }
}
