package org.plimsoll.store;

import java.nio.file.Path;
import java.util.Optional;

/** Where the data lives: an SQLite file, or a PostgreSQL server given by a JDBC URL. */
public record DatabaseSettings(String jdbcUrl, Optional<String> user, Optional<String> password) {
    public DatabaseSettings {
        if (!jdbcUrl.startsWith("jdbc:sqlite:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "database URL must start with jdbc:sqlite: or jdbc:postgresql:, was " + jdbcUrl);
        }
    }

    public static DatabaseSettings sqliteFile(Path file) {
        return new DatabaseSettings("jdbc:sqlite:" + file.toAbsolutePath(), Optional.empty(), Optional.empty());
    }

    public static DatabaseSettings postgres(String jdbcUrl, Optional<String> user, Optional<String> password) {
        return new DatabaseSettings(jdbcUrl, user, password);
    }

    public Database.Kind kind() {
        return jdbcUrl.startsWith("jdbc:sqlite:") ? Database.Kind.SQLITE : Database.Kind.POSTGRESQL;
    }

    /** The URL without any password a user may have put in it, for printing. */
    public String describe() {
        if (kind() == Database.Kind.SQLITE) {
            return "SQLite " + jdbcUrl.substring("jdbc:sqlite:".length());
        }
        return "PostgreSQL " + jdbcUrl.replaceAll("(?i)password=[^&]*", "password=***");
    }
}
