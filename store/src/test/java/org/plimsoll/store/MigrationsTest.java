package org.plimsoll.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.testing.OnBothDatabases;
import org.plimsoll.store.testing.TestDatabases;

/** Opening a database migrates it only when it is behind, and then without scanning for nothing. */
class MigrationsTest {
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    private static int newestMigrationInTheSources() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(p -> p.getFileName().toString())
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow();
        }
    }

    @Test
    void theBuildsIndexNamesTheNewestMigrationInTheSources() throws IOException {
        assertThat(Migrations.newestCarried()).hasValue(newestMigrationInTheSources());
    }

    @OnBothDatabases
    void aFreshDatabaseIsMigratedToTheNewestSchema(Database db) throws IOException {
        int newest = newestMigrationInTheSources();
        assertThat(db.schema()).isEqualTo(new Database.Schema(newest, newest, true));
    }

    @OnBothDatabases
    void aCurrentDatabaseOpensWithoutMigrationWorkAndKeepsItsData(Database db) throws IOException {
        DatabaseSettings settings = db.settings();
        new AccountRepository(db).create("ana@example.org", "hash", NOW);
        db.close();
        try (Database reopened = TestDatabases.open(settings)) {
            assertThat(reopened.schema()).isEqualTo(new Database.Schema(newestMigrationInTheSources(), 0, false));
            assertThat(new AccountRepository(reopened).findByEmail("ana@example.org")).isPresent();
        }
    }

    @OnBothDatabases
    void aDatabaseOneMigrationBehindIsMigratedOnOpen(Database db) throws IOException {
        int newest = newestMigrationInTheSources();
        DatabaseSettings behind = db.kind() == Database.Kind.SQLITE ? TestDatabases.sqliteSettings()
                : TestDatabases.postgresSettings();
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(behind.jdbcUrl());
            behind.user().ifPresent(pool::setUsername);
            behind.password().ifPresent(pool::setPassword);
            Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                    .placeholders(Migrations.placeholders(behind.kind()))
                    .target(MigrationVersion.fromVersion(String.valueOf(newest - 1))).load().migrate();
            assertThat(Migrations.recordedVersion(pool)).hasValue(newest - 1);
        }
        try (Database opened = TestDatabases.open(behind)) {
            assertThat(opened.schema()).isEqualTo(new Database.Schema(newest, 1, true));
            assertThat(new AccountRepository(opened).create("ben@example.org", "hash", NOW)).isPresent();
        }
        try (Database again = TestDatabases.open(behind)) {
            assertThat(again.schema().migrationsScanned()).isFalse();
        }
    }
}
