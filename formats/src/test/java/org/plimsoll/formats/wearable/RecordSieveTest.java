package org.plimsoll.formats.wearable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.formats.wearable.AppleHealthExportBuilder.Dtd;

/** Leaving out unread records before parsing changes nothing that is read, however the bytes arrive. */
class RecordSieveTest {
    @TempDir
    Path dir;

    /** A stream that hands out at most {@code step} bytes a read, to cross every buffer boundary. */
    static InputStream trickle(byte[] bytes, int step) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    @Test
    void anExportReadsTheSameWithAndWithoutTheSieveWhateverTheReadSizes() throws Exception {
        Path file = dir.resolve("export.xml");
        AppleHealthExportBuilder.writeLarge(file, 3_000_000);
        byte[] bytes = Files.readAllBytes(file);
        AppleHealthReader.Export plain = AppleHealthReader.read(new ByteArrayInputStream(bytes), false);
        assertThat(plain.workouts()).hasSizeGreaterThan(3);
        assertThat(plain.days()).allSatisfy(d -> assertThat(d.sleepHours()).isPresent());
        for (int step : new int[] {1, 7, 4096, 1 << 20}) {
            AppleHealthReader.Export sieved = AppleHealthReader.read(trickle(bytes, step), true);
            assertThat(sieved).as("read %d bytes at a time", step).isEqualTo(plain);
        }
    }

    @Test
    void onlyRecordsOfTypesNotReadAreLeftOutAndEverythingElsePassesUnchanged() throws IOException {
        ZonedDateTime at = ZonedDateTime.of(2024, 3, 5, 7, 0, 0, 0, ZoneId.of("Europe/London"));
        String kept = new AppleHealthExportBuilder(Dtd.NONE).hrv(at, 40)
                .workoutWithTotals("Running", at, 30, 5, "km").raw("<Record sourceName=\"x\" type=\"HKQuantity"
                        + "TypeIdentifierStepCount\" value=\"3\"/>\n").xml();
        String dropped = "<Record type=\"HKQuantityTypeIdentifierStepCount\" value=\"3\" note='a > b'/>"
                + new AppleHealthExportBuilder(Dtd.NONE).heartRate(at, 70).xml().replaceAll("(?s)^.*?<Me[^>]*>\n", "")
                .replace("</HealthData>\n", "");
        String input = kept.replace("</HealthData>\n", "") + dropped + "</HealthData>\n";
        byte[] out = new RecordSieve(trickle(input.getBytes(StandardCharsets.UTF_8), 5),
                List.of(AppleHealthReader.SLEEP, AppleHealthReader.HRV_SDNN)).readAllBytes();
        assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo(kept.replace("</HealthData>\n", "")
                + "  \n" + "</HealthData>\n");
    }
}
