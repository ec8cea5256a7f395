package org.plimsoll.formats.activity;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.session.Session;
import org.plimsoll.formats.io.Gzip;
import org.plimsoll.formats.wearable.DailyMeasures;

/**
 * Imports activity files, folders and zips: FIT, GPX and TCX files (plain or gzipped), CSV files
 * of sessions, and Strava bulk exports. Each file is taken whole or not at all; a file that
 * cannot be used is reported with its reason and the rest of the batch goes on. Sessions that
 * repeat one already in the batch or already stored are counted as duplicates, not stored.
 *
 * <p>The steps, each its own class: {@code Sources} finds the files, {@code ActivityFileReader}
 * reads each with the reader of its kind, {@code ImportPlan} decides what is new and plausible,
 * and {@code Storage} stores it and writes the {@link ImportReport}.
 */
public final class ActivityImport {
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

    /**
     * Where the daily measures of a file go (sleep, HRV, resting heart rate: a wearable's export or
     * a daily-measures CSV): returns what it stored (or would store), new or changed values only.
     */
    @FunctionalInterface
    public interface MeasuresDestination {
        MeasuresDestination NONE = days -> ImportReport.Measures.NONE;

        ImportReport.Measures add(List<DailyMeasures> days);
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

    /** Imports the given files, folders and zips, as named on a command line, with their daily measures. */
    public ImportReport run(List<Path> inputs, Destination destination, MeasuresDestination measures, Progress progress) {
        return runNamed(inputs.stream().map(p -> new Input(p, p.toString())).toList(), destination, measures, progress);
    }

    /** Imports the given files, folders and zips under the names the person knows them by. */
    public ImportReport runNamed(List<Input> inputs, Destination destination, Progress progress) {
        return runNamed(inputs, destination, MeasuresDestination.NONE, progress);
    }

    /** Imports files, folders and zips with sessions and daily measures, under the names the person knows them by. */
    public ImportReport runNamed(List<Input> inputs, Destination destination, MeasuresDestination measures,
                                 Progress progress) {
        ActivityFileReader reader = new ActivityFileReader(limits.fileBytes(), limits.zipBytes(), zone);
        try (Sources sources = new Sources(limits, reader)) {
            for (Input input : inputs) {
                sources.add(input.path(), input.name());
            }
            List<ImportReport.Skipped> skipped = new ArrayList<>(sources.skipped());
            List<ParsedFile> parsed = readAll(sources.units(), skipped, progress);
            ImportPlan plan = ImportPlan.of(parsed, zone, now, unlabelled);
            skipped.addAll(plan.implausible());
            List<DailyMeasures> days = parsed.stream().flatMap(p -> p.measures().stream()).toList();
            ImportReport report = Storage.store(plan, skipped, destination);
            return days.isEmpty() ? report : report.with(measures.add(days));
        }
    }

    /** Reads the units in order until the import holds as many activities as it may; the rest are skipped by name. */
    private List<ParsedFile> readAll(List<ImportUnit> units, List<ImportReport.Skipped> skipped, Progress progress) {
        List<ParsedFile> parsed = new ArrayList<>();
        int activities = 0;
        for (int i = 0; i < units.size(); i++) {
            ImportUnit unit = units.get(i);
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
        return parsed;
    }
}
