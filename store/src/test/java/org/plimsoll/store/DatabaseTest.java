package org.plimsoll.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.testing.OnBothDatabases;
import org.plimsoll.store.testing.TestDatabases;

class DatabaseTest {
    private static final Instant NOW = Instant.parse("2026-03-01T07:00:00.123456Z");

    @Test
    void sqliteKeepsAcknowledgedWritesThroughWalWithFullSyncAndForeignKeys() {
        DatabaseSettings settings = TestDatabases.sqliteSettings();
        try (Database db = TestDatabases.open(settings)) {
            String journal = db.withHandle(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one());
            int synchronous = db.withHandle(h -> h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one());
            int foreignKeys = db.withHandle(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one());
            assertThat(journal).isEqualToIgnoringCase("wal");
            // 2 is FULL: every commit is synced to disk before it is acknowledged.
            assertThat(synchronous).isEqualTo(2);
            assertThat(foreignKeys).isEqualTo(1);
        }
    }

    @Test
    void reopeningTheSameSqliteFileKeepsEveryRecordAndDoesNotMigrateTwice() {
        DatabaseSettings settings = TestDatabases.sqliteSettings();
        try (Database db = TestDatabases.open(settings)) {
            new AccountRepository(db).create("ana@example.org", "hash", NOW);
        }
        try (Database db = TestDatabases.open(settings)) {
            assertThat(new AccountRepository(db).findByEmail("ana@example.org")).isPresent();
        }
    }

    @Test
    void aPostgresUrlThatCannotBeReachedIsReportedWithTheUrlAndNoPassword() {
        DatabaseSettings settings = DatabaseSettings.postgres(
                "jdbc:postgresql://127.0.0.1:1/nowhere?password=secret&connectTimeout=1", Optional.empty(),
                Optional.empty());
        assertThatThrownBy(() -> TestDatabases.open(settings))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot connect to PostgreSQL jdbc:postgresql://127.0.0.1:1/nowhere")
                .hasMessageNotContaining("secret");
    }

    @Test
    void anUnknownDatabaseUrlIsRefusedBeforeConnecting() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:mysql://x/y", Optional.empty(), Optional.empty()))
                .hasMessageContaining("must start with jdbc:sqlite: or jdbc:postgresql:");
    }

    @OnBothDatabases
    void answersWhileOpenAndNotAfterClosing(Database db) {
        assertThat(db.isAnswering()).isTrue();
        db.close();
        assertThat(db.isAnswering()).isFalse();
    }

    @OnBothDatabases
    void instantsReadBackExactlyToTheMicrosecond(Database db) {
        var account = new AccountRepository(db).create("ben@example.org", "hash", NOW).orElseThrow();
        assertThat(new AccountRepository(db).findById(account.id()).orElseThrow().createdAt()).isEqualTo(NOW);
    }
}
