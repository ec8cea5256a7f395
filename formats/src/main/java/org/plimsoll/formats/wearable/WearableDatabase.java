package org.plimsoll.formats.wearable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Reads a phone's or watch app's SQLite database export, Health Connect's or Gadgetbridge's,
 * which it tells apart by their tables. The file is not trusted: it is opened read-only (never
 * written, no journal replayed), only real tables are read, each within {@code maxRows} rows, and
 * a database that is neither app's is refused with the reason.
 */
public final class WearableDatabase {
    /** The rows one table may hold: ten years of a watch's minute-by-minute sleep stages fit well within it. */
    public static final long MAX_ROWS = 2_000_000;
    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private WearableDatabase() {
    }

    /** Whether a file's first bytes are an SQLite database's. */
    public static boolean isDatabase(byte[] head) {
        return head.length >= HEADER.length && Arrays.equals(head, 0, HEADER.length, HEADER, 0, HEADER.length);
    }

    /** Reads the database at {@code file}; times without a recorded offset are read in {@code zone}. */
    public static DatabaseExport read(Path file, ZoneId zone, long maxRows) throws WearableFileException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setOpenMode(SQLiteOpenMode.NOMUTEX);
        try (Connection connection = config.createConnection("jdbc:sqlite:file:" + file.toAbsolutePath()
                + "?immutable=1")) {
            try (Statement pragmas = connection.createStatement()) {
                // A crafted schema's functions in views or triggers must not run, and nothing may be written.
                pragmas.execute("PRAGMA trusted_schema = OFF");
                pragmas.execute("PRAGMA query_only = ON");
            }
            DatabaseTables tables = new DatabaseTables(connection, maxRows);
            if (HealthConnectDatabase.isOne(tables)) {
                return HealthConnectDatabase.read(tables, zone);
            } else if (GadgetbridgeDatabase.isOne(tables)) {
                return GadgetbridgeDatabase.read(tables, zone);
            }
            throw new WearableFileException("the database is not a Health Connect or Gadgetbridge export: it has "
                    + "none of their tables (" + String.join(", ", HealthConnectDatabase.TABLES) + "; "
                    + String.join(", ", GadgetbridgeDatabase.TABLES) + ")");
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            throw new WearableFileException(message.contains("SQLITE_NOTADB") || message.contains("not a database")
                    ? "it is not a database, or a damaged one"
                    : message.contains("SQLITE_INTERRUPT") || message.contains("interrupted")
                    ? "reading the database took too long" : "the database cannot be read: " + message, e);
        }
    }
}
