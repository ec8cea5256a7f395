package org.plimsoll.formats.activity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.plimsoll.engine.activity.Activity;

/**
 * A Strava bulk export, as its folder or its zip. Its {@code activities.csv} is the index: each
 * row is one activity, read from the file it names when there is one and from the row's own
 * columns otherwise. A named file that is missing or damaged is reported and the row is still
 * imported from its columns. Other folders of the export (routes, media) are not activities.
 */
final class StravaExport {
    private StravaExport() {
    }

    static List<ImportUnit> fromFolder(Path folder, String name, ActivityFileReader reader) {
        Path root = folder.toAbsolutePath().normalize();
        return units(name, () -> Files.newInputStream(folder.resolve("activities.csv")), filename -> {
            Path file = root.resolve(filename).normalize();
            return file.startsWith(root) && Files.isRegularFile(file)
                    ? Optional.of(() -> Files.newInputStream(file)) : Optional.empty();
        }, () -> {
            try (Stream<Path> all = Files.walk(root)) {
                return all.filter(Files::isRegularFile).sorted()
                        .filter(p -> FileKind.isTrack(p.getFileName().toString()))
                        .map(p -> reader.unit(name + "/" + root.relativize(p), () -> Files.newInputStream(p)))
                        .toList();
            } catch (IOException e) {
                return List.of();
            }
        }, reader);
    }

    static List<ImportUnit> fromZip(ZipFile zip, ZipEntry csv, String name, ZipBudget budget,
                                             ActivityFileReader reader) {
        String prefix = csv.getName().substring(0, csv.getName().length() - "activities.csv".length());
        return units(name + (prefix.isEmpty() ? "" : "/" + prefix.substring(0, prefix.length() - 1)),
                () -> budget.open(zip, csv), filename -> {
                    ZipEntry entry = zip.getEntry(prefix + filename);
                    return entry == null || entry.isDirectory() ? Optional.empty()
                            : Optional.of(() -> budget.open(zip, entry));
                }, () -> zip.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(prefix)
                        && FileKind.isTrack(e.getName()))
                        .map(e -> reader.unit(name + "/" + e.getName(), () -> budget.open(zip, e))).toList(), reader);
    }

    /** Finds a file of the export by the name activities.csv gives it. */
    @FunctionalInterface
    private interface ExportFiles {
        Optional<Opener> find(String filename);
    }

    /**
     * The rows of activities.csv, each with its file; when activities.csv cannot be read at all,
     * the activity files of the export on their own, so that an unreadable index loses nothing.
     */
    private static List<ImportUnit> units(String exportName, Opener csv, ExportFiles files,
                                                   Supplier<List<ImportUnit>> trackFiles,
                                                   ActivityFileReader reader) {
        String csvName = exportName + "/activities.csv";
        List<StravaActivitiesCsv.Row> rows;
        try (var in = csv.open()) {
            rows = StravaActivitiesCsv.read(CsvFiles.reader(CsvFiles.bounded(in)));
        } catch (IOException | ActivityFileException e) {
            List<ImportUnit> units = new ArrayList<>(trackFiles.get());
            units.add(0, ImportUnit.failed(csvName, e.getMessage() + (units.isEmpty() ? ""
                    : "; the activity files beside it were imported on their own")));
            return units;
        }
        if (rows.isEmpty()) {
            return List.of(ImportUnit.failed(csvName, "the export lists no activities"));
        }
        List<ImportUnit> units = new ArrayList<>();
        for (StravaActivitiesCsv.Row row : rows) {
            units.add(new RowUnit(exportName, csvName, row, files, reader));
        }
        return units;
    }

    /** One row of activities.csv with the file it names. */
    private record RowUnit(String exportName, String csvName, StravaActivitiesCsv.Row row, ExportFiles files,
                           ActivityFileReader reader) implements ImportUnit {
        @Override
        public String name() {
            return row instanceof StravaActivitiesCsv.Activity a && !a.filename().isEmpty()
                    ? exportName + "/" + a.filename() : csvName + " line " + row.line();
        }

        @Override
        public void parse(List<ParsedFile> parsed, List<ImportReport.Skipped> skipped) {
            if (row instanceof StravaActivitiesCsv.Problem problem) {
                skipped.add(new ImportReport.Skipped(csvName + " line " + problem.line(), problem.reason()));
                return;
            }
            StravaActivitiesCsv.Activity a = (StravaActivitiesCsv.Activity) row;
            String fromRow = csvName + " line " + a.line();
            if (a.filename().isEmpty()) {
                parsed.add(new ParsedFile(fromRow, null, List.of(a.imported())));
                return;
            }
            String fileName = exportName + "/" + a.filename();
            Optional<Opener> file = files.find(a.filename());
            if (file.isEmpty()) {
                skipped.add(new ImportReport.Skipped(fileName, "missing from the export; the activity was imported "
                        + "from activities.csv line " + a.line()));
                parsed.add(new ParsedFile(fromRow, null, List.of(a.imported())));
                return;
            }
            try {
                ParsedFile read = reader.read(fileName, file.get());
                parsed.add(new ParsedFile(read.name(), read.hash(), read.activities().size() == 1
                        ? List.of(withStravaLabels(read.activities().get(0), a)) : read.activities()));
            } catch (ActivityFileException e) {
                skipped.add(new ImportReport.Skipped(fileName, e.getMessage() + "; the activity was imported from "
                        + "activities.csv line " + a.line()));
                parsed.add(new ParsedFile(fromRow, null, List.of(a.imported())));
            }
        }

        /** The person chose Strava's activity type and may have rated the effort there. */
        private static ImportedActivity withStravaLabels(ImportedActivity fromFile, StravaActivitiesCsv.Activity row) {
            ImportedActivity fromRow = row.imported();
            OptionalInt rpe = row.perceivedExertion().isPresent() ? row.perceivedExertion() : fromFile.rpe();
            return new ImportedActivity(row.type().isEmpty() ? fromFile.sport() : row.type(),
                    preferred(fromFile.activity(), fromRow.activity()), fromFile.start(),
                    fromFile.elapsedSeconds(), fromFile.movingSeconds(), fromFile.distanceMetres(),
                    fromFile.averageHeartRate(), fromFile.maxHeartRate(), rpe);
        }

        /** The activity a Strava row's file maps to, unless Strava names something more specific. */
        private static Activity preferred(Activity fromFile, Activity fromStrava) {
            return fromStrava != Activity.OTHER ? fromStrava : fromFile;
        }
    }
}
