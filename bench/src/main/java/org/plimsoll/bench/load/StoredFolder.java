package org.plimsoll.bench.load;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A folder kept between runs ({@code --keep}) so that a second run skips storing: the SQLite file
 * or the PostgreSQL data directory, and a note of the population stored in it, written only once
 * storing finished. A folder holding another population, or one whose storing did not finish, is
 * refused rather than reused or wiped.
 */
final class StoredFolder {
    private static final String NOTE = "population.properties";
    private final Path folder;
    private final LoadOptions options;

    StoredFolder(Path folder, LoadOptions options) {
        this.folder = folder;
        this.options = options;
    }

    Path folder() {
        return folder;
    }

    Path sqliteFile() {
        return folder.resolve("plimsoll.db");
    }

    Path postgresFolder() {
        return folder.resolve("postgres");
    }

    /** True when it holds this run's population; empty folders answer false; anything else is refused. */
    boolean holdsPopulation() throws IOException {
        Path note = folder.resolve(NOTE);
        if (Files.exists(note)) {
            Properties stored = read(note);
            if (!wanted().equals(stored.getProperty("population"))) {
                throw new Unusable(folder + " holds another population (" + stored.getProperty("population")
                        + "); this run wants " + wanted() + ": name another folder, or delete this one");
            }
            return true;
        }
        if (Files.exists(sqliteFile()) || Files.exists(postgresFolder())) {
            throw new Unusable(folder + " holds a population whose storing did not finish: delete the folder");
        }
        return false;
    }

    String storedOn() throws IOException {
        return read(folder.resolve(NOTE)).getProperty("stored-on");
    }

    void markStored() {
        Properties note = new Properties();
        note.setProperty("population", wanted());
        note.setProperty("stored-on", LocalDate.now(Population.ZONE).toString());
        try (Writer w = Files.newBufferedWriter(folder.resolve(NOTE))) {
            note.store(w, "the load harness's population (scripts/load --keep); delete the folder to store it again");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String wanted() {
        return String.format("%s, %d people, %d clinicians, caseloads of %d", options.store(), options.people(),
                options.clinicians(), options.caseload());
    }

    private static Properties read(Path note) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(note)) {
            p.load(r);
        }
        return p;
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A kept folder that cannot be used for this run. */
    static final class Unusable extends RuntimeException {
        Unusable(String message) {
            super(message);
        }
    }
}
