package org.plimsoll.formats.activity;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.plimsoll.formats.export.ExportJson;
import org.plimsoll.formats.export.ExportRefused;
import org.plimsoll.formats.fit.FitActivities;
import org.plimsoll.formats.fit.FitFormatException;
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

    @FuzzTest(maxDuration = "10s")
    void fit(byte[] file) {
        try {
            FitActivities.read(new ByteArrayInputStream(file));
        } catch (FitFormatException refused) {
            // our own refusal, with its byte offset
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
