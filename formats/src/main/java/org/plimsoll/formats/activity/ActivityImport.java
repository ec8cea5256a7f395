package org.plimsoll.formats.activity;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.history.PlausibleDates;
import org.plimsoll.engine.session.RpeEstimate;
import org.plimsoll.engine.session.SameActivity;
import org.plimsoll.engine.session.Session;
import org.plimsoll.formats.fit.FitActivities;
import org.plimsoll.formats.fit.FitFormatException;
import org.plimsoll.formats.fit.FitProfile;
import org.plimsoll.formats.fit.FitSession;
import org.plimsoll.formats.io.Capped;
import org.plimsoll.formats.io.Gzip;

/**
 * Imports activity files, folders and zips: FIT, GPX and TCX files (plain or gzipped), CSV files
 * of sessions, and Strava bulk exports. Each file is taken whole or not at all; a file that
 * cannot be used is reported with its reason and the rest of the batch goes on. Sessions that
 * repeat one already in the batch or already stored are counted as duplicates, not stored.
 */
public final class ActivityImport {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ActivityImport.class);
    static final Duration LONGEST_ACTIVITY = Duration.ofDays(7);

    /**
     * Bounds against hostile archives: the inflated size of one file and of a whole zip, the
     * number of entries in a zip, and the activities one import holds before storing them (files
     * past that are skipped by name, to import separately).
     */
    public record Limits(long fileBytes, long zipBytes, int zipEntries, int activities) {
        public static final Limits DEFAULT = new Limits(Gzip.MAX_INFLATED_BYTES, 8L * 1024 * 1024 * 1024, 200_000, 100_000);

        public Limits(long fileBytes, long zipBytes, int zipEntries) {
            this(fileBytes, zipBytes, zipEntries, DEFAULT.activities());
        }
    }

    /** Told about each file as it is read, so that a long import can show its progress. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total, file) -> { };

        void update(int done, int total, String file);
    }

    /** Where the sessions of one file go, in one transaction: returns those it stored (or would store). */
    @FunctionalInterface
    public interface Destination {
        List<Session> addNew(String fileHash, List<Session> sessions);
    }

    private final ZoneId zone;
    private final Instant now;
    private final Limits limits;
    private final Optional<Activity> unlabelled;

    public ActivityImport(ZoneId zone, Instant now, Limits limits) {
        this(zone, now, limits, Optional.empty());
    }

    private ActivityImport(ZoneId zone, Instant now, Limits limits, Optional<Activity> unlabelled) {
        this.zone = zone;
        this.now = now;
        this.limits = limits;
        this.unlabelled = unlabelled;
    }

    /**
     * The same import, with the activity the person chose for files that do not say what they are
     * (most GPX files, and sports Plimsoll does not know): they would otherwise land as "other".
     */
    public ActivityImport unlabelledAs(Activity activity) {
        return new ActivityImport(zone, now, limits, Optional.of(activity));
    }

    /** A file, folder or zip to import, and the name the report gives it (an upload's own name). */
    public record Input(Path path, String name) {
    }

    /** Imports the given files, folders and zips, as named on a command line. */
    public ImportReport run(List<Path> inputs, Destination destination, Progress progress) {
        return runNamed(inputs.stream().map(p -> new Input(p, p.toString())).toList(), destination, progress);
    }

    /** Imports the given files, folders and zips under the names the person knows them by. */
    public ImportReport runNamed(List<Input> inputs, Destination destination, Progress progress) {
        List<Unit> units = new ArrayList<>();
        List<ImportReport.Skipped> skipped = new ArrayList<>();
        List<ZipFile> open = new ArrayList<>();
        try {
            for (Input input : inputs) {
                collect(input.path(), input.name(), true, units, skipped, open);
            }
            List<Parsed> parsed = new ArrayList<>();
            int activities = 0;
            for (int i = 0; i < units.size(); i++) {
                Unit unit = units.get(i);
                progress.update(i, units.size(), unit.name());
                if (activities >= limits.activities()) {
                    skipped.add(new ImportReport.Skipped(unit.name(), "not read: this import already holds "
                            + limits.activities() + " activities; import the rest separately"));
                    continue;
                }
                int before = parsed.size();
                unit.parse(parsed, skipped);
                for (int k = before; k < parsed.size(); k++) {
                    activities += parsed.get(k).activities().size();
                }
            }
            progress.update(units.size(), units.size(), "");
            return store(parsed, skipped, destination);
        } finally {
            for (ZipFile zip : open) {
                try {
                    zip.close();
                } catch (IOException e) {
                    // nothing was written through it
                }
            }
        }
    }

    private ImportReport store(List<Parsed> parsed, List<ImportReport.Skipped> skipped, Destination destination) {
        int maxHeartRate = RpeEstimate.maxHeartRate(parsed.stream().flatMap(p -> p.activities().stream())
                .filter(a -> a.maxHeartRate().isPresent()).map(a -> a.maxHeartRate().getAsInt()).toList());
        List<Session> accepted = new ArrayList<>();
        List<ImportReport.Imported> imported = new ArrayList<>();
        int duplicates = 0;
        for (Parsed file : parsed) {
            Optional<String> impossible = file.activities().stream().map(this::impossibility)
                    .flatMap(Optional::stream).findFirst();
            if (impossible.isPresent()) {
                skipped.add(new ImportReport.Skipped(file.name(), impossible.get()));
                continue;
            }
            List<Session> fresh = new ArrayList<>();
            for (ImportedActivity found : file.activities()) {
                ImportedActivity activity = found.activity() == Activity.OTHER && unlabelled.isPresent()
                        ? found.as(unlabelled.get()) : found;
                Session session = activity.toSession(zone, maxHeartRate);
                boolean repeat = accepted.stream().anyMatch(s -> SameActivity.isSame(s, session))
                        || fresh.stream().anyMatch(s -> SameActivity.isSame(s, session));
                if (repeat) {
                    duplicates++;
                } else {
                    fresh.add(session);
                }
            }
            accepted.addAll(fresh);
            if (fresh.isEmpty()) {
                continue;
            }
            List<Session> added = destination.addNew(file.hash(), fresh);
            duplicates += fresh.size() - added.size();
            added.forEach(s -> imported.add(new ImportReport.Imported(file.name(), s)));
        }
        imported.sort(Comparator.comparing((ImportReport.Imported i) -> i.session().start().toInstant()));
        return new ImportReport(imported.size(), duplicates, skipped, imported);
    }

    private Optional<String> impossibility(ImportedActivity a) {
        LocalDate day = a.start().atOffset(ZoneOffset.UTC).toLocalDate();
        if (day.isBefore(PlausibleDates.EARLIEST)) {
            return Optional.of("impossible date " + day + ": the device's clock was not set");
        }
        if (a.start().isAfter(now.plus(Duration.ofDays(1)))) {
            return Optional.of("impossible date " + day + ": it is in the future");
        }
        if (a.elapsedSeconds() > LONGEST_ACTIVITY.toSeconds()) {
            return Optional.of("impossible duration: an activity of " + Math.round(a.elapsedSeconds() / 86400)
                    + " days");
        }
        return Optional.empty();
    }

    // ---- finding the files ----------------------------------------------------------------

    private void collect(Path path, String name, boolean named, List<Unit> units, List<ImportReport.Skipped> skipped,
                         List<ZipFile> open) {
        if (Files.isDirectory(path)) {
            if (Files.isRegularFile(path.resolve("activities.csv"))) {
                units.addAll(StravaExport.fromFolder(path, name, this));
                return;
            }
            List<Path> children;
            try (Stream<Path> list = Files.list(path)) {
                children = list.sorted().toList();
            } catch (IOException e) {
                skipped.add(new ImportReport.Skipped(name, "the folder cannot be read: " + e.getMessage()));
                return;
            }
            for (Path child : children) {
                collect(child, name + "/" + child.getFileName(), false, units, skipped, open);
            }
        } else if (!Files.exists(path)) {
            skipped.add(new ImportReport.Skipped(name, "no such file or folder"));
        } else if (isZip(path)) {
            openZip(path, name, units, skipped, open);
        } else if (named || Kind.byName(name) != Kind.UNKNOWN) {
            units.add(new FileUnit(name, () -> Files.newInputStream(path), this));
        }
    }

    private void openZip(Path path, String name, List<Unit> units, List<ImportReport.Skipped> skipped,
                         List<ZipFile> open) {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            skipped.add(new ImportReport.Skipped(name, "the zip is damaged: " + e.getMessage()));
            return;
        } catch (IOException e) {
            skipped.add(new ImportReport.Skipped(name, "the zip cannot be read: " + e.getMessage()));
            return;
        }
        open.add(zip);
        if (zip.size() > limits.zipEntries()) {
            skipped.add(new ImportReport.Skipped(name, "the zip holds " + zip.size() + " entries, more than "
                    + limits.zipEntries() + " (a zip bomb?)"));
            return;
        }
        List<ZipEntry> entries = new ArrayList<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (!entry.isDirectory() && !entry.getName().startsWith("__MACOSX/")) {
                entries.add(entry);
            }
        }
        ZipBudget budget = new ZipBudget(name, limits.zipBytes(), limits.fileBytes());
        Optional<ZipEntry> strava = entries.stream().filter(e -> e.getName().equals("activities.csv")
                || e.getName().matches("[^/]+/activities\\.csv")).min(Comparator.comparing(e -> e.getName().length()));
        if (strava.isPresent()) {
            units.addAll(StravaExport.fromZip(zip, strava.get(), name, budget, this));
            return;
        }
        for (ZipEntry entry : entries) {
            String entryName = name + "/" + entry.getName();
            if (Kind.byName(entry.getName()) == Kind.ZIP) {
                skipped.add(new ImportReport.Skipped(entryName, "a zip inside a zip is not opened: unzip it first"));
            } else if (Kind.byName(entry.getName()) != Kind.UNKNOWN) {
                units.add(new FileUnit(entryName, () -> budget.open(zip, entry), this));
            }
        }
    }

    private static boolean isZip(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    // ---- reading one file -----------------------------------------------------------------

    /** Opens a file's bytes, as many times as needed. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    /** Something read whole or not at all: a file, or a row of a Strava export with its file. */
    interface Unit {
        String name();

        void parse(List<Parsed> parsed, List<ImportReport.Skipped> skipped);
    }

    /** The activities of one file, with the hash that identifies the file. */
    record Parsed(String name, String hash, List<ImportedActivity> activities) {
    }

    /** What a file is, judged by its content first and its name second. */
    enum Kind {
        FIT, GPX, TCX, CSV, ZIP, UNKNOWN;

        static Kind byName(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            n = n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
            if (n.endsWith(".fit")) {
                return FIT;
            } else if (n.endsWith(".gpx")) {
                return GPX;
            } else if (n.endsWith(".tcx")) {
                return TCX;
            } else if (n.endsWith(".csv")) {
                return CSV;
            } else if (n.endsWith(".zip")) {
                return ZIP;
            }
            return UNKNOWN;
        }

        /** Whether a file is a recorded activity (FIT, GPX or TCX, gzipped or not) by its name. */
        static boolean isTrack(String name) {
            Kind k = byName(name);
            return k == FIT || k == GPX || k == TCX;
        }

        static Kind byContent(byte[] head, String name) {
            if (head.length >= 12 && head[8] == '.' && head[9] == 'F' && head[10] == 'I' && head[11] == 'T') {
                return FIT;
            }
            String text = new String(head, StandardCharsets.UTF_8);
            if (text.contains("<gpx")) {
                return GPX;
            } else if (text.contains("<TrainingCenterDatabase")) {
                return TCX;
            } else if (isZipContent(head)) {
                return ZIP;
            }
            return byName(name);
        }
    }

    private static boolean isZipContent(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** The activities of one file of any kind; failures become the skipped reason. */
    Parsed read(String name, Opener opener) throws ActivityFileException {
        try (InputStream raw = opener.open()) {
            MessageDigest sha = sha256();
            InputStream plain = new BufferedInputStream(new DigestInputStream(raw, sha), 64 * 1024);
            InputStream unwrapped = Gzip.unwrap(plain);
            String tooLarge = unwrapped == plain ? "it is larger than " + megabytes(limits.fileBytes())
                    : "it inflates to more than " + megabytes(limits.fileBytes()) + " (a zip bomb?)";
            InputStream in = new BufferedInputStream(new Capped(unwrapped, limits.fileBytes(), tooLarge), 64 * 1024);
            in.mark(4096);
            byte[] head = in.readNBytes(4096);
            in.reset();
            if (head.length == 0) {
                throw new ActivityFileException("the file is empty");
            }
            Kind kind = Kind.byContent(head, name);
            List<ImportedActivity> activities = switch (kind) {
                case FIT -> fit(in);
                case GPX -> GpxActivities.read(in);
                case TCX -> TcxActivities.read(in);
                case CSV -> csv(in);
                case ZIP -> throw new ActivityFileException(isZipContent(head)
                        ? "a zip inside a zip is not opened: unzip it first"
                        : "it is named .zip but is not a zip archive (damaged, or only partly downloaded?)");
                case UNKNOWN -> throw new ActivityFileException("not an activity file: it is not FIT, GPX, TCX, CSV "
                        + "or a zip");
            };
            in.transferTo(java.io.OutputStream.nullOutputStream()); // the hash covers the whole file
            return new Parsed(name, HexFormat.of().formatHex(sha.digest()), activities);
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

    private static List<ImportedActivity> fit(InputStream in) throws ActivityFileException {
        try {
            List<ImportedActivity> activities = new ArrayList<>();
            for (FitSession s : FitActivities.read(in)) {
                activities.add(new ImportedActivity(FitProfile.sportName(s.sport()),
                        FitProfile.activity(s.sport(), s.subSport()), s.start(), s.elapsedSeconds(),
                        java.util.OptionalDouble.of(s.timerSeconds()), s.distanceMetres(), s.averageHeartRate(),
                        s.maxHeartRate(), java.util.OptionalInt.empty()));
            }
            return activities;
        } catch (FitFormatException e) {
            throw new ActivityFileException(e.getMessage(), e);
        }
    }

    private List<ImportedActivity> csv(InputStream in) throws IOException, ActivityFileException {
        byte[] bytes = bounded(in);
        List<Csv.Row> header = Csv.read(new java.io.StringReader(firstLine(bytes)));
        if (!header.isEmpty() && StravaActivitiesCsv.isStravaHeader(header.get(0).cells())) {
            throw new ActivityFileException("a Strava activities.csv: import the export's folder or zip, so that "
                    + "its activity files come too");
        }
        return SessionsCsv.read(reader(bytes), zone);
    }

    private static String firstLine(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 64 * 1024), StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    static Reader reader(byte[] bytes) {
        return new java.io.BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8));
    }

    /**
     * The CSV formats are read whole, so they have a limit of their own, far below the file limit
     * that streaming formats share: no list of sessions comes near it.
     */
    static final int CSV_BYTES = 32 * 1024 * 1024;

    static byte[] bounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(CSV_BYTES + 1);
        if (bytes.length > CSV_BYTES) {
            throw new IOException("it is larger than " + megabytes(CSV_BYTES) + ", more than any list of sessions");
        }
        return bytes;
    }

    private static String megabytes(long bytes) {
        return bytes / (1024 * 1024) + " MB";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    Limits limits() {
        return limits;
    }

    /** A plain file, or an entry of a zip that is not a Strava export. */
    /** One activity file to read. */
    Unit file(String name, Opener opener) {
        return new FileUnit(name, opener, this);
    }

    private record FileUnit(String name, Opener opener, ActivityImport owner) implements Unit {
        @Override
        public void parse(List<Parsed> parsed, List<ImportReport.Skipped> skipped) {
            try {
                parsed.add(owner.read(name, opener));
            } catch (ActivityFileException e) {
                skipped.add(new ImportReport.Skipped(name, e.getMessage()));
            }
        }
    }

    /** The activity a Strava row's file maps to, unless Strava names something more specific. */
    static Activity preferred(Activity fromFile, Activity fromStrava) {
        return fromStrava != Activity.OTHER ? fromStrava : fromFile;
    }
}
