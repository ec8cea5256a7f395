package org.plimsoll.formats.fit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes Garmin wellness FIT files as a watch does, from the public profile's message and field
 * numbers (no Garmin sample of them may be shared): a night's sleep stages with its assessment,
 * an overnight HRV status with its five-minute readings, a day's monitoring with its resting heart
 * rate, and a Garmin Connect export zip holding them. Values are raw, as stored: HRV in ms x 128.
 */
public final class GarminWellnessFiles {
    /** Sleep levels of the profile's list. */
    public static final int AWAKE = 1;
    public static final int LIGHT = 2;
    public static final int DEEP = 3;
    public static final int REM = 4;
    /** Where a Garmin Connect export keeps the files a watch uploaded. */
    public static final String EXPORT_FOLDER = "DI_CONNECT/DI-Connect-Wellness/";

    private final ByteArrayOutputStream data = new ByteArrayOutputStream();

    private GarminWellnessFiles() {
    }

    private static long fit(Instant t) {
        return t.getEpochSecond() - FitActivities.FIT_EPOCH;
    }

    /**
     * A night's sleep: stages as (seconds since {@code start}, level) pairs, the last one the
     * wake-up, then the night's assessment.
     */
    public static byte[] sleep(Instant start, int[][] stages) {
        GarminWellnessFiles f = new GarminWellnessFiles().fileId(49, start);
        f.definition(1, 275, new int[][] {{253, 4, 0x86}, {0, 1, 0x00}});
        for (int[] s : stages) {
            f.data.write(1);
            f.u(fit(start) + s[0], 4);
            f.data.write(s[1]);
        }
        f.definition(2, 346, new int[][] {{6, 1, 0x02}, {11, 1, 0x02}, {15, 2, 0x84}});
        f.data.write(2);
        f.data.write(81); // overall score
        f.data.write(2); // awakenings
        f.u(2014, 2); // average stress 20.14
        return FitFileBuilder.file(f.data.toByteArray());
    }

    /** An overnight HRV status written at {@code morning}, last-night average and readings raw (ms x 128). */
    public static byte[] hrvStatus(Instant morning, int lastNightRaw, int... readingsRaw) {
        GarminWellnessFiles f = new GarminWellnessFiles().fileId(68, morning);
        f.definition(1, 371, new int[][] {{253, 4, 0x86}, {0, 2, 0x84}});
        for (int i = 0; i < readingsRaw.length; i++) {
            f.data.write(1);
            f.u(fit(morning) - 3600L * (readingsRaw.length - i), 4);
            f.u(readingsRaw[i], 2);
        }
        if (lastNightRaw >= 0) {
            f.definition(2, 370, new int[][] {{253, 4, 0x86}, {0, 2, 0x84}, {1, 2, 0x84}, {6, 1, 0x00}});
            f.data.write(2);
            f.u(fit(morning), 4);
            f.u(50 * 128, 2); // weekly average 50 ms
            f.u(lastNightRaw, 2);
            f.data.write(4); // balanced
        }
        return FitFileBuilder.file(f.data.toByteArray());
    }

    /** A day's monitoring file: a few heart-rate samples, then the day's resting heart rate. */
    public static byte[] wellness(Instant day, int restingBpm) {
        GarminWellnessFiles f = new GarminWellnessFiles().fileId(32, day);
        f.definition(1, 55, new int[][] {{253, 4, 0x86}, {27, 1, 0x02}});
        for (int i = 0; i < 3; i++) {
            f.data.write(1);
            f.u(fit(day) + 60L * i, 4);
            f.data.write(70 + i);
        }
        f.definition(2, 211, new int[][] {{253, 4, 0x86}, {0, 1, 0x02}, {1, 1, 0x02}});
        f.data.write(2);
        f.u(fit(day) + 3600, 4);
        f.data.write(restingBpm + 2); // the seven-day average, not the day's
        f.data.write(restingBpm);
        return FitFileBuilder.file(f.data.toByteArray());
    }

    /** A Garmin Connect export zip holding the given files (name → bytes) under {@link #EXPORT_FOLDER}. */
    public static byte[] exportZip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("DI_CONNECT/DI-Connect-User/user_profile.json"));
            zip.write("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(EXPORT_FOLDER + e.getKey()));
                zip.write(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Any message of one definition: {@code values} raw, each written at its field's size. */
    public static byte[] messages(int global, int[][] fields, long[]... values) {
        GarminWellnessFiles f = new GarminWellnessFiles();
        f.definition(0, global, fields);
        for (long[] v : values) {
            f.data.write(0);
            for (int i = 0; i < fields.length; i++) {
                f.u(v[i], fields[i][1]);
            }
        }
        return FitFileBuilder.file(f.data.toByteArray());
    }

    private GarminWellnessFiles fileId(int type, Instant created) {
        definition(0, 0, new int[][] {{0, 1, 0x00}, {1, 2, 0x84}, {4, 4, 0x86}});
        data.write(0);
        data.write(type);
        u(1, 2); // manufacturer: Garmin
        u(fit(created), 4);
        return this;
    }

    private void definition(int local, int global, int[][] fields) {
        data.write(0x40 | local);
        data.write(0);
        data.write(0); // little-endian
        data.write(global);
        data.write(global >> 8);
        data.write(fields.length);
        for (int[] f : fields) {
            data.write(f[0]);
            data.write(f[1]);
            data.write(f[2]);
        }
    }

    private void u(long v, int bytes) {
        for (int i = 0; i < bytes; i++) {
            data.write((int) (v >> 8 * i) & 0xFF);
        }
    }
}
