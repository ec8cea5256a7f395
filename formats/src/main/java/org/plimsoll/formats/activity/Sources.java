package org.plimsoll.formats.activity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The files an import reads, found in what the person named: a single file, a folder walked in
 * name order, a zip within its limits, or a Strava export as either. The zips stay open until the
 * import closes its sources, since their entries are read later.
 */
final class Sources implements AutoCloseable {
    private final ActivityImport.Limits limits;
    private final ActivityFileReader reader;
    private final List<ImportUnit> units = new ArrayList<>();
    private final List<ImportReport.Skipped> skipped = new ArrayList<>();
    private final List<ZipFile> open = new ArrayList<>();

    Sources(ActivityImport.Limits limits, ActivityFileReader reader) {
        this.limits = limits;
        this.reader = reader;
    }

    /** Adds a file, folder or zip the person named: a named file is read whatever its name. */
    void add(Path path, String name) {
        collect(path, name, true);
    }

    /** The units to read, in the order found. */
    List<ImportUnit> units() {
        return List.copyOf(units);
    }

    /** What could not be opened at all, with the reason. */
    List<ImportReport.Skipped> skipped() {
        return List.copyOf(skipped);
    }

    private void collect(Path path, String name, boolean named) {
        if (Files.isDirectory(path)) {
            if (Files.isRegularFile(path.resolve("activities.csv"))) {
                units.addAll(StravaExport.fromFolder(path, name, reader));
                return;
            }
            if (isAppleHealthExport(path.resolve("export.xml"))) {
                addAppleHealthFolder(path, name);
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
                collect(child, name + "/" + child.getFileName(), false);
            }
        } else if (!Files.exists(path)) {
            skipped.add(new ImportReport.Skipped(name, "no such file or folder"));
        } else if (isZip(path)) {
            openZip(path, name);
        } else if (named || FileKind.byName(name) != FileKind.UNKNOWN) {
            units.add(reader.unit(name, () -> Files.newInputStream(path)));
        }
    }

    private void openZip(Path path, String name) {
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
            units.addAll(StravaExport.fromZip(zip, strava.get(), name, budget, reader));
            return;
        }
        Optional<ZipEntry> apple = entries.stream().filter(e -> e.getName().matches("([^/]+/)?export\\.xml"))
                .min(Comparator.comparing(e -> e.getName().length()));
        if (apple.isPresent()) {
            addAppleHealthZip(zip, apple.get(), name, budget);
            return;
        }
        // A database (Health Connect's, Gadgetbridge's) may be far larger than an activity file, within the zip's budget.
        ZipBudget databases = new ZipBudget(name, limits.zipBytes(), limits.zipBytes());
        for (ZipEntry entry : entries) {
            String entryName = name + "/" + entry.getName();
            if (FileKind.byName(entry.getName()) == FileKind.DATABASE) {
                units.add(reader.unit(entryName, () -> databases.open(zip, entry)));
            } else if (FileKind.byName(entry.getName()) == FileKind.ZIP) {
                skipped.add(new ImportReport.Skipped(entryName, "a zip inside a zip is not opened: unzip it first"));
            } else if (FileKind.byName(entry.getName()) != FileKind.UNKNOWN) {
                units.add(reader.unit(entryName, () -> budget.open(zip, entry)));
            }
        }
    }

    /**
     * An Apple Health export: only its export.xml is read, with the routes it names; the rest
     * (electrocardiograms, the clinical-document copy, the route files themselves) are not activities.
     * The export may be far larger than an activity file, within the zip's whole budget.
     */
    private void addAppleHealthZip(ZipFile zip, ZipEntry export, String name, ZipBudget budget) {
        String folder = export.getName().substring(0, export.getName().length() - "export.xml".length());
        ZipBudget whole = new ZipBudget(name, limits.zipBytes(), limits.zipBytes());
        units.add(reader.exportUnit(name + "/" + export.getName(), () -> whole.open(zip, export), path -> {
            ZipEntry route = zip.getEntry(folder + path.replaceFirst("^/+", ""));
            return route == null || route.isDirectory() ? Optional.empty()
                    : Optional.of(() -> budget.open(zip, route));
        }));
    }

    private void addAppleHealthFolder(Path folder, String name) {
        Path root = folder.toAbsolutePath().normalize();
        units.add(reader.exportUnit(name + "/export.xml", () -> Files.newInputStream(root.resolve("export.xml")),
                path -> {
                    Path route = root.resolve(path.replaceFirst("^/+", "")).normalize();
                    return route.startsWith(root) && Files.isRegularFile(route)
                            ? Optional.of(() -> Files.newInputStream(route)) : Optional.empty();
                }));
    }

    private static boolean isAppleHealthExport(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return FileKind.byContent(in.readNBytes(4096), file.toString()) == FileKind.APPLE_HEALTH;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isZip(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return FileKind.isZip(in.readNBytes(4));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        for (ZipFile zip : open) {
            try {
                zip.close();
            } catch (IOException e) {
                // nothing was written through it
            }
        }
    }
}
