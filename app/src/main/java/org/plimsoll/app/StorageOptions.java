package org.plimsoll.app;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command that reads or writes the database shares. */
public final class StorageOptions {
    @Option(names = OptionNames.DATA_DIR, paramLabel = "DIR",
            description = "Folder for the SQLite database and plimsoll.properties. "
                    + "Env: PLIMSOLL_DATA_DIR. Default: $XDG_DATA_HOME/plimsoll, else ~/.local/share/plimsoll.")
    Path dataDir;

    @Option(names = OptionNames.DB_URL, paramLabel = "JDBC_URL",
            description = "Use PostgreSQL instead of the SQLite file, e.g. jdbc:postgresql://db:5432/plimsoll. "
                    + "Env: PLIMSOLL_DB_URL (user and password: PLIMSOLL_DB_USER, PLIMSOLL_DB_PASSWORD); "
                    + "file: db.url, db.user, db.password.")
    String dbUrl;

    Configuration.Flags flags(Optional<String> host, Optional<Integer> port) {
        return new Configuration.Flags(Optional.ofNullable(dataDir), host, port, Optional.ofNullable(dbUrl));
    }
}
