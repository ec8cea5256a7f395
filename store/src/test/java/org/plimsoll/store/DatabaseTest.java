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
            int busyTimeout = db.withHandle(h -> h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one());
            assertThat(busyTimeout).isEqualTo(10_000);
            org.sqlite.SQLiteConfig.TransactionMode begin = db.withHandle(h -> {
                try {
                    return h.getConnection().unwrap(org.sqlite.SQLiteConnection.class).getConnectionConfig()
                            .getTransactionMode();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(begin).isEqualTo(org.sqlite.SQLiteConfig.TransactionMode.IMMEDIATE);
        }
    }

    /**
     * Opening SQLite starts no other JDBC driver: a URL handed to the pool went through DriverManager,
     * which loads every driver on the class path (PostgreSQL's with java.util.logging) on each start.
     * Checked in a JVM of its own, since this one's other tests load the PostgreSQL driver.
     */
    @Test
    void openingSqliteLoadsNoOtherJdbcDriver() throws Exception {
        java.nio.file.Path log = java.nio.file.Files.createTempFile("class-load", ".log");
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("plimsoll-driver").resolve("p.db");
        Process child = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load:file=" + log, "-cp", System.getProperty("java.class.path"),
                OpenSqliteOnce.class.getName(), file.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(child.waitFor()).isZero();
        String loaded = java.nio.file.Files.readString(log);
        assertThat(loaded).contains("org.sqlite.SQLiteConnection ").doesNotContain("org.postgresql.Driver ");
    }

    /** Opens and closes one SQLite database: the child JVM of {@link #openingSqliteLoadsNoOtherJdbcDriver}. */
    static final class OpenSqliteOnce {
        public static void main(String[] args) {
            try (Database db = Database.open(DatabaseSettings.sqliteFile(java.nio.file.Path.of(args[0])),
                    new io.micrometer.core.instrument.simple.SimpleMeterRegistry())) {
                if (!db.isAnswering()) {
                    System.exit(3);
                }
            }
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

    /**
     * Opening builds neither Jdbi nor the group commit's thread (a start needs only the pool); the
     * first query does, and what was registered before it (the caseload's listener, the cache's) is
     * in place before the first write, so that no change goes unheard.
     */
    @Test
    void openingStartsNoCommitterAndTheFirstWriteIsHeardByListenersRegisteredBefore() {
        try (Database db = TestDatabases.open(TestDatabases.sqliteSettings())) {
            String committer = "group-commit " + db.description();
            assertThat(threadsNamed(committer)).isZero();
            java.util.List<Long> changed = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.List<Long> written = new java.util.concurrent.CopyOnWriteArrayList<>();
            db.afterChanges(changed::add);
            org.plimsoll.store.history.HistoryRepository histories = new org.plimsoll.store.history.HistoryRepository(db);
            db.onceBuilt(() -> histories.afterWrites(write -> written.add(write.accountId())));
            assertThat(db.isAnswering()).isTrue();
            assertThat(threadsNamed(committer)).isZero();

            long ana = new AccountRepository(db).create("ana@example.org", "hash", NOW).orElseThrow().id();
            histories.write(ana, NOW, writes -> writes.addCheckIn(
                    org.plimsoll.engine.checkin.CheckIn.daily("new", java.time.LocalDate.of(2026, 3, 1), 2)));

            assertThat(changed).contains(ana);
            assertThat(written).containsExactly(ana);
            assertThat(threadsNamed(committer)).isEqualTo(1);
        }
    }

    private static long threadsNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name) && t.isAlive()).count();
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
