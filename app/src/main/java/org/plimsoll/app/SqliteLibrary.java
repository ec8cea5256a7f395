package org.plimsoll.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.util.OSInfo;

/**
 * SQLite's native library, taken out of the runnable jar once into a folder beside it and loaded
 * from there. The driver would otherwise write it to the temporary folder (1 MB) on every start.
 * When the jar's folder cannot be written, the driver does as it always did.
 */
final class SqliteLibrary {
    private SqliteLibrary() {
    }

    /** What {@link #awaitPrepared} still has to do; nothing once done. */
    private static Runnable pending = () -> { };

    /**
     * Starts asking for the platform on a thread of its own, so that the driver's `uname -o` process
     * runs while logging and the meters are set up; {@link #awaitPrepared} finishes the preparation. Only
     * the platform is asked there: the rest reads the driver's version, whose logger sets logging up,
     * which must happen on the main thread (slf4j warns on standard error when two threads race to it).
     */
    static synchronized void prepareAside(Path jar) {
        java.util.concurrent.CompletableFuture<String> platform = new java.util.concurrent.CompletableFuture<>();
        Thread asking = new Thread(() -> {
            try {
                platform.complete(OSInfo.getNativeLibFolderPathForCurrentOS());
            } catch (RuntimeException | Error e) {
                platform.completeExceptionally(e);
                return;
            }
            warmFirstConnection();
        }, "plimsoll-sqlite-platform");
        asking.setDaemon(true);
        asking.start();
        pending = () -> prepareBeside(jar, platform.join());
    }

    /**
     * What the pool's first connection does first on a cold JVM, done here while the main thread sets
     * logging and the meters up (about 40 ms there): the driver's date format reads the locale's
     * calendar data, and the pool names each connection with a random UUID, which seeds the JDK's
     * SecureRandom. Both are kept in the JDK's and the driver's caches; neither logs. The main thread
     * does not wait for it: if it gets there first, it does the work itself.
     */
    private static void warmFirstConnection() {
        org.sqlite.date.FastDateFormat.getInstance(org.sqlite.SQLiteConfig.DEFAULT_DATE_STRING_FORMAT);
        java.util.UUID.randomUUID();
    }

    /** Finishes what {@link #prepareAside} started, before SQLite is first opened; nothing when nothing was. */
    static synchronized void awaitPrepared() {
        Runnable now = pending;
        pending = () -> { };
        now.run();
    }

    /**
     * Points the driver at the library beside {@code jar}, extracting it the first time. The platform is
     * asked once ({@link #prepareAside}): on Linux the driver answers by running `uname -o` (is this
     * Termux?), a process per call.
     */
    private static void prepareBeside(Path jar, String platform) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        String name = System.mapLibraryName("sqlitejdbc");
        String inJar = "/org/sqlite/native/" + platform + "/" + name;
        // The driver's version names the folder, so that an upgraded jar never loads an older library.
        Path folder = jar.resolveSibling("sqlite-native-" + org.sqlite.SQLiteJDBCLoader.getVersion()
                + "-" + platform.replace('/', '-'));
        Path library = folder.resolve(name);
        try {
            if (!Files.isRegularFile(library)) {
                try (InputStream in = SqliteLibrary.class.getResourceAsStream(inJar)) {
                    if (in == null) {
                        return;
                    }
                    Files.createDirectories(folder);
                    Path partial = Files.createTempFile(folder, name, ".part");
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        System.setProperty("org.sqlite.lib.path", folder.toString());
        System.setProperty("org.sqlite.lib.name", name);
    }

    /** The runnable jar this class was loaded from, when it was. */
    static java.util.Optional<Path> runnableJar() {
        try {
            Path source = Path.of(SqliteLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(source) && source.toString().endsWith(".jar")
                    ? java.util.Optional.of(source) : java.util.Optional.empty();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
