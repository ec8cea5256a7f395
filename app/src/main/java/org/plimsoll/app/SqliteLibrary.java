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

    /** Points the driver at the library beside {@code jar}, extracting it the first time. */
    static void prepareBeside(Path jar) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        String name = System.mapLibraryName("sqlitejdbc");
        // Asked once: on Linux the driver answers by running `uname -o` (is this Termux?), a process per call.
        String platform = OSInfo.getNativeLibFolderPathForCurrentOS();
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
