package org.plimsoll.formats.fit;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

/**
 * Writes small, valid FIT activity files for tests that must run on any machine: a file_id,
 * one record a second with heart rate and distance, a session, and the CRCs. The benchmarks use
 * it too (through the test-jar) to write a 100 MB file.
 */
public final class FitFileBuilder {
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private boolean bigEndianRecords;
    private boolean compressedTimestamps;

    public FitFileBuilder bigEndianRecords() {
        this.bigEndianRecords = true;
        return this;
    }

    public FitFileBuilder compressedTimestamps() {
        this.compressedTimestamps = true;
        return this;
    }

    /** A run of {@code seconds} seconds from {@code start}, at 3 m/s with heart rate 120 + s % 10. */
    public byte[] run(Instant start, int seconds) {
        long t0 = start.getEpochSecond() - FitActivities.FIT_EPOCH;
        // file_id: local 0, global 0, field 0 type (enum) = 4 activity, field 4 time_created (uint32).
        definition(0, 0, false, new int[][] {{0, 1, 0x00}, {4, 4, 0x86}});
        data.write(0);
        data.write(4);
        u32(t0, false);
        // record: local 1, global 20: 253 timestamp, 3 heart_rate, 5 distance (cm); a developer field of 2 bytes.
        definitionWithDeveloperField(1, 20, bigEndianRecords, new int[][] {{253, 4, 0x86}, {3, 1, 0x02}, {5, 4, 0x86}});
        // Compressed-timestamp records: local 2, global 20: heart rate and distance only.
        definition(2, 20, false, new int[][] {{3, 1, 0x02}, {5, 4, 0x86}});
        for (int s = 0; s < seconds; s++) {
            if (compressedTimestamps && s > 0) {
                data.write(0x80 | 2 << 5 | (int) ((t0 + s) & 0x1F));
                data.write(120 + s % 10);
                u32(s * 300L, false);
            } else {
                data.write(1);
                u32(t0 + s, bigEndianRecords);
                data.write(120 + s % 10);
                u32(s * 300L, bigEndianRecords);
                data.write(0xAB);
                data.write(0xCD);
            }
        }
        // session: local 3, global 18: 2 start_time, 7 elapsed (ms), 8 timer (ms), 9 distance (cm), 5 sport, 6 sub_sport.
        definition(3, 18, false, new int[][] {{2, 4, 0x86}, {7, 4, 0x86}, {8, 4, 0x86}, {9, 4, 0x86}, {5, 1, 0x00},
                {6, 1, 0x00}});
        data.write(3);
        u32(t0, false);
        u32(seconds * 1000L, false);
        u32(seconds * 1000L, false);
        u32((seconds - 1) * 300L, false);
        data.write(1);
        data.write(0);
        return file(data.toByteArray());
    }

    /**
     * An activity whose session start_time is written 8 bytes wide (uint64) with the given value:
     * a definition may give any field any width, so a reader must not trust the value's range.
     */
    public byte[] sessionWithWideStart(long start) {
        definition(0, 0, false, new int[][] {{0, 1, 0x00}});
        data.write(0);
        data.write(4);
        definition(3, 18, false, new int[][] {{2, 8, 0x8F}, {7, 4, 0x86}});
        data.write(3);
        u32(start, false);
        u32(start >>> 32, false);
        u32(600_000L, false);
        return file(data.toByteArray());
    }

    static byte[] file(byte[] body) {
        byte[] out = new byte[14 + body.length + 2];
        out[0] = 14;
        out[1] = 0x20;
        out[2] = (byte) 0x52;
        out[3] = 0x08;
        out[4] = (byte) body.length;
        out[5] = (byte) (body.length >> 8);
        out[6] = (byte) (body.length >> 16);
        out[7] = (byte) (body.length >> 24);
        out[8] = '.';
        out[9] = 'F';
        out[10] = 'I';
        out[11] = 'T';
        int headerCrc = FitDecoder.crc(out, 0, 12);
        out[12] = (byte) headerCrc;
        out[13] = (byte) (headerCrc >> 8);
        System.arraycopy(body, 0, out, 14, body.length);
        int crc = FitDecoder.crc(out, 0, 14 + body.length);
        out[14 + body.length] = (byte) crc;
        out[15 + body.length] = (byte) (crc >> 8);
        return out;
    }

    private void definition(int local, int global, boolean bigEndian, int[][] fields) {
        data.write(0x40 | local);
        definitionBody(global, bigEndian, fields);
    }

    private void definitionWithDeveloperField(int local, int global, boolean bigEndian, int[][] fields) {
        data.write(0x40 | 0x20 | local);
        definitionBody(global, bigEndian, fields);
        data.write(1);
        data.write(0); // developer field number
        data.write(2); // size
        data.write(0); // developer data index
    }

    private void definitionBody(int global, boolean bigEndian, int[][] fields) {
        data.write(0);
        data.write(bigEndian ? 1 : 0);
        if (bigEndian) {
            data.write(global >> 8);
            data.write(global);
        } else {
            data.write(global);
            data.write(global >> 8);
        }
        data.write(fields.length);
        for (int[] f : fields) {
            data.write(f[0]);
            data.write(f[1]);
            data.write(f[2]);
        }
    }

    private void u32(long v, boolean bigEndian) {
        for (int i = 0; i < 4; i++) {
            int shift = bigEndian ? 24 - 8 * i : 8 * i;
            data.write((int) (v >> shift) & 0xFF);
        }
    }
}
