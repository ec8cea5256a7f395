package org.plimsoll.formats.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.plimsoll.engine.activity.Activity;

/** The decoder on files our own builder writes, so these run on any machine. */
class FitDecoderTest {
    private static final Instant START = Instant.parse("2026-03-01T07:00:00Z");

    private static List<FitSession> read(byte[] file) throws FitFormatException {
        return FitActivities.read(new ByteArrayInputStream(file));
    }

    @Test
    void aTimestampWiderThanFitAllowsIsNoTime() throws Exception {
        // Found by fuzzing: a start_time written as uint64 overflowed Instant, an unchecked DateTimeException.
        byte[] file = new FitFileBuilder().sessionWithWideStart(Long.MAX_VALUE);
        assertThatThrownBy(() -> FitActivities.read(new ByteArrayInputStream(file)))
                .isInstanceOf(FitFormatException.class).hasMessageContaining("no activity in the file");
        byte[] fine = new FitFileBuilder().sessionWithWideStart(1_000_000_000L);
        assertThat(FitActivities.read(new ByteArrayInputStream(fine))).singleElement()
                .satisfies(s -> assertThat(s.start()).isEqualTo(Instant.ofEpochSecond(FitActivities.FIT_EPOCH + 1_000_000_000L)));
    }

    @Test
    void aSmallRunGivesOneSessionWithHeartRateFromItsRecords() throws Exception {
        FitSession s = read(new FitFileBuilder().run(START, 120)).get(0);
        assertThat(FitProfile.activity(s.sport(), s.subSport())).isEqualTo(Activity.RUN);
        assertThat(s.start()).isEqualTo(START);
        assertThat(s.timerSeconds()).isEqualTo(120.0);
        assertThat(s.distanceMetres()).hasValue(357.0);
        assertThat(s.averageHeartRate()).hasValue(125); // 120..129, evenly
        assertThat(s.maxHeartRate()).hasValue(129);
        assertThat(s.records()).isEqualTo(120);
    }

    @Test
    void bigEndianDefinitionsAndCompressedTimestampsReadTheSame() throws Exception {
        List<Long> plain = timestamps(new FitFileBuilder().run(START, 70));
        List<Long> big = timestamps(new FitFileBuilder().bigEndianRecords().run(START, 70));
        List<Long> compressed = timestamps(new FitFileBuilder().compressedTimestamps().run(START, 70));
        assertThat(big).isEqualTo(plain);
        assertThat(compressed).isEqualTo(plain); // the 5-bit offset rolls over twice in 70 seconds
        assertThat(plain).hasSize(70);
    }

    private static List<Long> timestamps(byte[] file) throws FitFormatException {
        List<Long> out = new ArrayList<>();
        FitDecoder.decode(new ByteArrayInputStream(file), m -> {
            if (m.global() == 20) {
                out.add(m.get(253) * 1000 + m.get(3)); // the heart rate rides along to catch misreads
            }
        });
        return out;
    }

    @Test
    void chainedFilesAreReadSegmentBySegment() throws Exception {
        byte[] one = new FitFileBuilder().run(START, 30);
        byte[] two = new FitFileBuilder().run(START.plusSeconds(3600), 40);
        byte[] both = Arrays.copyOf(one, one.length + two.length);
        System.arraycopy(two, 0, both, one.length, two.length);
        assertThat(read(both)).extracting(FitSession::start).containsExactly(START, START.plusSeconds(3600));
    }

    @Test
    void gzippedFilesAreInflated() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(new FitFileBuilder().run(START, 30));
        }
        assertThat(read(zipped.toByteArray())).hasSize(1);
    }

    @Test
    void anEmptyFileAndAFileThatIsNotFitAreRejectedPlainly() {
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(FitFormatException.class)
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> read("<gpx></gpx>".getBytes())).isInstanceOf(FitFormatException.class)
                .hasMessageContaining("not a FIT file");
    }

    @Test
    void theCrcIsTheFitChecksum() {
        // The FIT protocol's CRC-16 is CRC-16/ARC: the check value of "123456789" is 0xBB3D.
        assertThat(FitDecoder.crc("123456789".getBytes(), 0, 9)).isEqualTo(0xBB3D);
    }

    /**
     * Mutation: every single-bit flip and every truncation of a small valid file either decodes or
     * fails with FitFormatException; nothing else escapes, nothing hangs, and the memory used per
     * decode stays under a fixed bound whatever the bytes say.
     */
    @Test
    @Timeout(120) // a guard against a hang, not a performance limit
    void bitFlipsAndTruncationsOnlyEverFailWithTheDecodersOwnError() throws IOException {
        byte[] valid = new FitFileBuilder().compressedTimestamps().run(START, 40);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long maxAllocated = 0;
        int decoded = 0;
        int rejected = 0;
        List<byte[]> mutants = new ArrayList<>();
        for (int length = 0; length < valid.length; length++) {
            mutants.add(Arrays.copyOf(valid, length));
        }
        for (int i = 0; i < valid.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] m = valid.clone();
                m[i] ^= (byte) (1 << bit);
                mutants.add(m);
            }
        }
        for (byte[] m : mutants) {
            long before = threads.getCurrentThreadAllocatedBytes();
            try {
                read(m);
                decoded++;
            } catch (FitFormatException e) {
                rejected++;
                assertThat(e.getMessage()).isNotBlank();
            }
            maxAllocated = Math.max(maxAllocated, threads.getCurrentThreadAllocatedBytes() - before);
        }
        assertThat(decoded + rejected).isEqualTo(mutants.size());
        assertThat(rejected).isGreaterThan(mutants.size() / 2); // the CRCs catch most damage
        // The decoder's buffers (64 KB read buffer, 8 KB of BufferedInputStream, the reused
        // message) and a few definitions: well under 1 MB, whatever a header claims.
        assertThat(maxAllocated).isLessThan(1024 * 1024);
    }
}
