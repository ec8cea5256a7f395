package org.plimsoll.formats.activity;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

/**
 * CSV files as the import meets them: read whole within their own limit, a sessions CSV read
 * as sessions, and a Strava activities.csv on its own refused (its activity files would be lost).
 */
final class CsvFiles {
    /**
     * The CSV formats are read whole, so they have a limit of their own, far below the file limit
     * that streaming formats share: no list of sessions comes near it.
     */
    static final int CSV_BYTES = 32 * 1024 * 1024;

    private CsvFiles() {
    }

    /** The sessions of a CSV file, in the person's time zone for rows without an offset. */
    static List<ImportedActivity> sessions(InputStream in, ZoneId zone) throws IOException, ActivityFileException {
        byte[] bytes = bounded(in);
        List<Csv.Row> header = Csv.read(new StringReader(firstLine(bytes)));
        if (!header.isEmpty() && StravaActivitiesCsv.isStravaHeader(header.get(0).cells())) {
            throw new ActivityFileException("a Strava activities.csv: import the export's folder or zip, so that "
                    + "its activity files come too");
        }
        return SessionsCsv.read(reader(bytes), zone);
    }

    /** Whether a CSV file's first bytes are the header of a daily-measures file. */
    static boolean isMeasures(byte[] head) {
        try {
            List<Csv.Row> header = Csv.read(new StringReader(firstLine(head)));
            return !header.isEmpty() && MeasuresCsv.isMeasuresHeader(header.get(0).cells());
        } catch (IOException e) {
            return false;
        }
    }

    private static String firstLine(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    static Reader reader(byte[] bytes) {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
    }

    static byte[] bounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(CSV_BYTES + 1);
        if (bytes.length > CSV_BYTES) {
            throw new IOException("it is larger than " + ActivityFileReader.megabytes(CSV_BYTES)
                    + ", more than any list of sessions");
        }
        return bytes;
    }
}
