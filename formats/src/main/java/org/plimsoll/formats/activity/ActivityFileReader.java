package org.plimsoll.formats.activity;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import org.plimsoll.formats.io.Capped;
import org.plimsoll.formats.io.Gzip;
import org.plimsoll.formats.wearable.DailyMeasures;
import org.plimsoll.formats.wearable.WearableDatabase;

/**
 * Reads one activity file of any kind whole: its hash, its size within the limit (inflated, when
 * gzipped), its kind by content, and the reader of that kind. Failures become the reason the file
 * is skipped, in words a person can act on.
 */
final class ActivityFileReader {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ActivityFileReader.class);

    private final long fileBytes;
    private final long exportBytes;
    private final ZoneId zone;

    ActivityFileReader(long fileBytes, ZoneId zone) {
        this(fileBytes, fileBytes, zone);
    }

    /** {@code exportBytes}: the size a phone's health export may reach, read as a stream. */
    ActivityFileReader(long fileBytes, long exportBytes, ZoneId zone) {
        this.fileBytes = fileBytes;
        this.exportBytes = exportBytes;
        this.zone = zone;
    }

    /** A health export and the route files beside it, as a unit of the import. */
    ImportUnit exportUnit(String name, Opener opener, AppleHealthExport.RouteFiles routes) {
        return new ExportUnit(name, opener, routes, this);
    }

    /** One activity file to read, as a unit of the import. */
    ImportUnit unit(String name, Opener opener) {
        return new FileUnit(name, opener, this);
    }

    /** The activities of one file of any kind; failures become the skipped reason. */
    ParsedFile read(String name, Opener opener) throws ActivityFileException {
        List<ParsedFile> files = read(name, opener, AppleHealthExport.RouteFiles.NONE, new ArrayList<>());
        return files.size() == 1 ? files.get(0) : new ParsedFile(name, files.isEmpty() ? null : files.get(0).hash(),
                files.stream().flatMap(f -> f.activities().stream()).toList());
    }

    /**
     * The activities of one file of any kind, as one parsed file; a health export gives one per
     * workout, so that a workout that cannot be right is left out alone, not with the whole export.
     * What an export left out is added to {@code notes}.
     */
    List<ParsedFile> read(String name, Opener opener, AppleHealthExport.RouteFiles routes,
                          List<ImportReport.Skipped> notes) throws ActivityFileException {
        try (InputStream raw = opener.open()) {
            MessageDigest sha = sha256();
            InputStream plain = new BufferedInputStream(new DigestInputStream(raw, sha), 64 * 1024);
            InputStream unwrapped = Gzip.unwrap(plain);
            // A phone's health export is gigabytes of XML, read as a stream; activity files are far smaller.
            FileKind export = unwrapped == plain ? exportKind(plain, name) : FileKind.UNKNOWN;
            long limit = export == FileKind.APPLE_HEALTH ? exportBytes
                    : export == FileKind.DATABASE ? Math.min(exportBytes, DatabaseFile.MAX_BYTES) : fileBytes;
            String tooLarge = unwrapped == plain ? "it is larger than " + megabytes(limit)
                    : "it inflates to more than " + megabytes(limit) + " (a zip bomb?)";
            InputStream in = new BufferedInputStream(new Capped(unwrapped, limit, tooLarge), 64 * 1024);
            in.mark(4096);
            byte[] head = in.readNBytes(4096);
            in.reset();
            if (head.length == 0) {
                throw new ActivityFileException("the file is empty");
            }
            FileKind kind = FileKind.byContent(head, name);
            if (kind == FileKind.CSV && CsvFiles.isMeasures(head)) {
                var days = MeasuresCsv.read(CsvFiles.reader(CsvFiles.bounded(in)));
                in.transferTo(OutputStream.nullOutputStream());
                return List.of(new ParsedFile(name, HexFormat.of().formatHex(sha.digest()), List.of(), days));
            }
            if (kind == FileKind.DATABASE && WearableDatabase.isDatabase(head)) {
                return DatabaseFile.read(name, in, sha, zone, notes);
            }
            List<DailyMeasures> measures = new ArrayList<>();
            List<ImportedActivity> activities = switch (kind) {
                case FIT -> FitReader.read(in, zone, measures);
                case GPX -> GpxActivities.read(in);
                case TCX -> TcxActivities.read(in);
                case CSV -> CsvFiles.sessions(in, zone);
                case APPLE_HEALTH -> AppleHealthExport.activities(in, routes, name, notes, measures);
                case ZIP -> throw new ActivityFileException(FileKind.isZip(head)
                        ? "a zip inside a zip is not opened: unzip it first"
                        : "it is named .zip but is not a zip archive (damaged, or only partly downloaded?)");
                case DATABASE -> throw new ActivityFileException("it is named as a database but is not an SQLite "
                        + "database (Health Connect's or Gadgetbridge's export)");
                case UNKNOWN -> throw new ActivityFileException("not an activity file: it is not FIT, GPX, TCX, CSV "
                        + "or a zip");
            };
            in.transferTo(OutputStream.nullOutputStream()); // the hash covers the whole file
            String hash = HexFormat.of().formatHex(sha.digest());
            return kind == FileKind.APPLE_HEALTH ? AppleHealthExport.perWorkout(name, hash, activities, measures, zone)
                    : List.of(new ParsedFile(name, hash, activities, measures));
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ActivityFileException(message.startsWith("it ") ? "the file " + message.substring(3)
                    : "the file cannot be read: " + message, e);
        } catch (RuntimeException fault) {
            // A fault of ours, not of the file (the fuzzer hunts them): logged, and the rest of the batch goes on.
            LOG.error("reading {} failed", name, fault);
            throw new ActivityFileException("the file could not be read because of a fault in Plimsoll; "
                    + "please report it with the file", fault);
        }
    }

    /** The kind of a file that may be far larger than an activity file: a health export or a database. */
    private static FileKind exportKind(InputStream plain, String name) throws IOException {
        plain.mark(4096);
        byte[] head = plain.readNBytes(4096);
        plain.reset();
        return FileKind.byContent(head, name);
    }

    static String megabytes(long bytes) {
        return bytes / (1024 * 1024) + " MB";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** A plain file, or an entry of a zip that is not a Strava export. */
    private record FileUnit(String name, Opener opener, ActivityFileReader reader) implements ImportUnit {
        @Override
        public void parse(List<ParsedFile> parsed, List<ImportReport.Skipped> skipped) {
            try {
                parsed.addAll(reader.read(name, opener, AppleHealthExport.RouteFiles.NONE, skipped));
            } catch (ActivityFileException e) {
                skipped.add(new ImportReport.Skipped(name, e.getMessage()));
            }
        }
    }

    /** A health export found in a zip or folder, with the route files it names. */
    private record ExportUnit(String name, Opener opener, AppleHealthExport.RouteFiles routes,
                              ActivityFileReader reader) implements ImportUnit {
        @Override
        public void parse(List<ParsedFile> parsed, List<ImportReport.Skipped> skipped) {
            try {
                parsed.addAll(reader.read(name, opener, routes, skipped));
            } catch (ActivityFileException e) {
                skipped.add(new ImportReport.Skipped(name, e.getMessage()));
            }
        }
    }
}
