package org.plimsoll.formats.activity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.plimsoll.formats.fit.FitFileBuilder;

/**
 * Writes Strava bulk exports for tests and benchmarks that must run on any machine: an
 * {@code activities.csv} in the older 10-column layout or the current wide one (repeated column
 * names, a left-over HTML header cell) and the activity files it names, as a folder or a zip.
 */
public final class StravaExportBuilder {
    static final String OLD_HEADER = "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,"
            + "Elapsed Time,Distance,Commute,Activity Gear,Filename";
    static final String WIDE_HEADER = "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,"
            + "Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,"
            + "Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed,"
            + "Elevation Gain,Elevation Loss,Max Heart Rate,Average Heart Rate,Calories,Relative Effort,"
            + "Perceived Exertion,Commute,\"<span class=\"\"translation_missing\"\" title=\"\"translation missing: "
            + "en-US.lib.export.portability_exporter.activities.horton_values.total_steps\"\">Total Steps</span>\"";
    private static final DateTimeFormatter WIDE_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm:ss a",
            Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter OLD_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    static final String LOWERCASE_HEADER = "id,date,name,type,description,elapsed_time,distance,commute,gear,filename";

    private enum Layout { WIDE, OLD, LOWERCASE }

    private final Layout layout;
    private final boolean wide;
    private boolean brokenIndex;
    private final List<String> rows = new ArrayList<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private long nextId = 1_000_000_000L;

    private StravaExportBuilder(Layout layout) {
        this.layout = layout;
        this.wide = layout == Layout.WIDE;
    }

    public static StravaExportBuilder wide() {
        return new StravaExportBuilder(Layout.WIDE);
    }

    public static StravaExportBuilder old() {
        return new StravaExportBuilder(Layout.OLD);
    }

    /** The oldest exports: lower-case column names, the distance in metres. */
    public static StravaExportBuilder lowercase() {
        return new StravaExportBuilder(Layout.LOWERCASE);
    }

    /** An activities.csv that is not Strava's at all, beside the same activity files. */
    public StravaExportBuilder brokenIndex() {
        brokenIndex = true;
        return this;
    }

    /** A run recorded as a gzipped FIT file: 3 m/s, heart rate about 125. */
    public StravaExportBuilder fitRun(Instant start, int seconds, String type) {
        long id = nextId++;
        String name = "activities/" + id + ".fit.gz";
        files.put(name, gzip(new FitFileBuilder().run(start, seconds)));
        return row(id, start, type, seconds, (seconds - 1) * 3.0, name, "");
    }

    /** A file given as is (a fixture, a damaged file …) under {@code activities/}. */
    public StravaExportBuilder file(Instant start, int seconds, double metres, String type, String extension,
                                    byte[] content) {
        long id = nextId++;
        String name = "activities/" + id + extension;
        files.put(name, content);
        return row(id, start, type, seconds, metres, name, "");
    }

    /** A GPX track with heart rate, gzipped. */
    public StravaExportBuilder gpxRide(Instant start, int seconds, String type) {
        long id = nextId++;
        String name = "activities/" + id + ".gpx.gz";
        files.put(name, gzip(ActivityFiles.gpx(start, seconds, 140).getBytes(StandardCharsets.UTF_8)));
        return row(id, start, type, seconds, ActivityFiles.gpxMetres(seconds), name, "");
    }

    /** A TCX activity, plain. */
    public StravaExportBuilder tcxRun(Instant start, int seconds, String type) {
        long id = nextId++;
        String name = "activities/" + id + ".tcx";
        files.put(name, ActivityFiles.tcx(start, seconds, 2.5, 150).getBytes(StandardCharsets.UTF_8));
        return row(id, start, type, seconds, seconds * 2.5, name, "");
    }

    /** A manual entry: a row without a file. */
    public StravaExportBuilder manual(Instant start, int seconds, double metres, String type, String exertion) {
        return row(nextId++, start, type, seconds, metres, "", exertion);
    }

    /** A row naming a file that is not in the export. */
    public StravaExportBuilder missingFile(Instant start, int seconds, double metres, String type) {
        long id = nextId++;
        return row(id, start, type, seconds, metres, "activities/" + id + ".fit.gz", "");
    }

    /** A row as written, for odd content. */
    public StravaExportBuilder rawRow(String row) {
        rows.add(row);
        return this;
    }

    private StravaExportBuilder row(long id, Instant start, String type, int seconds, double metres, String file,
                                    String exertion) {
        String km = String.format(Locale.ROOT, "%.2f", metres / 1000);
        if (wide) {
            rows.add(String.join(",", String.valueOf(id), "\"" + WIDE_DATE.format(start) + "\"", "Morning " + type,
                    type, "", String.valueOf(seconds), km, "", "", "false", "", "", file, "", "",
                    seconds + ".0", String.valueOf(seconds), String.format(Locale.ROOT, "%.1f", metres), "", "",
                    "", "", "", "", "", "", exertion, "0.0", ""));
        } else {
            String distance = layout == Layout.LOWERCASE ? String.format(Locale.ROOT, "%.1f", metres) : km;
            rows.add(String.join(",", String.valueOf(id), OLD_DATE.format(start), "\"Morning " + type + ", easy\"",
                    type, "", String.valueOf(seconds), distance, "false", "", file));
        }
        return this;
    }

    public String csv() {
        if (brokenIndex) {
            return "\u0000\u0001 not an index\n";
        }
        String header = switch (layout) {
            case WIDE -> WIDE_HEADER;
            case OLD -> OLD_HEADER;
            case LOWERCASE -> LOWERCASE_HEADER;
        };
        return header + "\n" + String.join("\n", rows) + "\n";
    }

    public Path writeTo(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("activities"));
        Files.writeString(folder.resolve("activities.csv"), csv());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
        }
        return folder;
    }

    /** The export as Strava sends it: a zip with activities.csv at its root. */
    public Path zipTo(Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("activities.csv"));
            z.write(csv().getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                z.putNextEntry(new ZipEntry(file.getKey()));
                z.write(file.getValue());
                z.closeEntry();
            }
        }
        return zip;
    }

    public static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
