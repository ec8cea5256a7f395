package org.plimsoll.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * The one database of a running Plimsoll: an SQLite file on a laptop, PostgreSQL in production.
 * Opening it migrates the schema; closing it closes the pool.
 */
public final class Database implements AutoCloseable {

    public enum Kind { SQLITE, POSTGRESQL }

    private final DatabaseSettings settings;
    private final Kind kind;
    private final String description;
    private final HikariDataSource pool;
    private final Schema schema;
    /** Jdbi and the group commit, built on first use ({@link #built()}); null until then. */
    private volatile Built built;
    /** What is being built, for the registrations that run while it is (on the building thread). */
    private Built building;
    private final java.util.List<Runnable> onBuilt = new java.util.ArrayList<>();
    private boolean closed;

    private record Built(Jdbi jdbi, GroupCommit groupCommit) {
    }

    private Database(DatabaseSettings settings, HikariDataSource pool, Schema schema) {
        this.settings = settings;
        this.schema = schema;
        this.kind = settings.kind();
        this.description = settings.describe();
        this.pool = pool;
    }

    /**
     * Jdbi (550 classes and their set-up) and the group commit's thread, made by the first query rather
     * than at opening: a start and its first {@code /healthz} need only the pool, and the background
     * services' first tick after that answer is usually what builds them. Registrations waiting for
     * the configuration ({@link #onceBuilt}) run here, before any handle copies it.
     */
    private Built built() {
        Built done = built;
        if (done != null) {
            return done;
        }
        synchronized (onBuilt) {
            if (built != null) {
                return built;
            }
            if (building != null) {
                return building;
            }
            if (closed) {
                throw new StoreException("database error: the database is closed", null);
            }
            Jdbi jdbi = Jdbi.create(pool);
            TimeColumns.register(jdbi, kind);
            // Made before any handle copies the configuration, so that every handle shares its listener.
            jdbi.getConfig(org.plimsoll.store.account.CommittedChanges.class);
            building = new Built(jdbi, new GroupCommit(jdbi, description, this::inTransactionHere));
            try {
                onBuilt.forEach(Runnable::run);
                built = building;
                return built;
            } catch (RuntimeException e) {
                building.groupCommit().close();
                throw e;
            } finally {
                building = null;
            }
        }
    }

    /**
     * Runs {@code registration} (a listener on Jdbi's configuration) once Jdbi is built, before any
     * handle exists, or now when it already is: so that registering at start does not build it.
     */
    public void onceBuilt(Runnable registration) {
        synchronized (onBuilt) {
            if (built == null && building == null) {
                onBuilt.add(registration);
                return;
            }
        }
        registration.run();
    }

    /** Connects, migrates to the latest schema and returns the open database. */
    public static Database open(DatabaseSettings settings, MeterRegistry metrics) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("plimsoll");
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
        if (settings.kind() == Kind.SQLITE) {
            prepareSqliteFolder(settings);
            // The driver's own data source rather than a URL: a URL goes through DriverManager, which
            // loads and starts every JDBC driver on the class path (PostgreSQL's, java.util.logging) first.
            config.setDataSource(sqliteSource(settings.jdbcUrl()));
            // WAL lets readers run beside the one writer; more connections would only queue on the lock.
            config.setMaximumPoolSize(4);
        } else {
            config.setJdbcUrl(settings.jdbcUrl());
            settings.user().ifPresent(config::setUsername);
            settings.password().ifPresent(config::setPassword);
            config.setMaximumPoolSize(10);
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to " + settings.describe() + ": " + rootMessage(e), e);
        }
        Migrations.Outcome migrated;
        try {
            migrated = Migrations.bringUpToDate(pool, settings.kind());
        } catch (FlywayException e) {
            pool.close();
            throw new StoreException("cannot migrate " + settings.describe() + ": " + rootMessage(e), e);
        }
        return new Database(settings, pool, new Schema(migrated.version(), migrated.applied(), migrated.flywayRan()));
    }

    private static org.sqlite.SQLiteDataSource sqliteSource(String jdbcUrl) {
        org.sqlite.SQLiteDataSource source = new org.sqlite.SQLiteDataSource(new org.sqlite.SQLiteConfig(sqlitePragmas()));
        source.setUrl(jdbcUrl);
        return source;
    }

    /**
     * Durability first: WAL with synchronous=FULL means an acknowledged commit survives a crash or
     * power loss; foreign keys are off by default in SQLite and must be switched on per connection.
     */
    private static Properties sqlitePragmas() {
        Properties pragmas = new Properties();
        pragmas.setProperty("journal_mode", "WAL");
        pragmas.setProperty("synchronous", "FULL");
        pragmas.setProperty("foreign_keys", "true");
        pragmas.setProperty("busy_timeout", "10000");
        // Take the write lock at BEGIN, so two writers queue instead of failing on lock upgrade.
        pragmas.setProperty("transaction_mode", "IMMEDIATE");
        return pragmas;
    }

    private static void prepareSqliteFolder(DatabaseSettings settings) {
        Path file = Path.of(settings.jdbcUrl().substring("jdbc:sqlite:".length()));
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the data folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** How this database was reached, so that another process can open the same one. */
    public DatabaseSettings settings() {
        return settings;
    }

    public Kind kind() {
        return kind;
    }

    /** The schema as opening left it. */
    public Schema schema() {
        return schema;
    }

    /**
     * The schema's version after opening, how many migrations opening applied, and whether it had
     * to ask Flyway (which scans the class path): not when the schema was already current.
     */
    public record Schema(int version, int migrationsApplied, boolean migrationsScanned) {
    }

    /** Which database, for people: "SQLite /home/a/.local/share/plimsoll/plimsoll.db". */
    public String description() {
        return description;
    }

    public Jdbi jdbi() {
        return built().jdbi();
    }

    /** True only when the database answers a query now. */
    public boolean isAnswering() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Tells {@code listener} of each person whose data changed, once the change is committed (on the
     * committing thread: it must only hand the id on). One listener per database; a later one replaces it.
     */
    public void afterChanges(java.util.function.LongConsumer listener) {
        onceBuilt(() -> jdbi().getConfig(org.plimsoll.store.account.CommittedChanges.class).listen(listener));
    }

    /** Whether a thread waits for one of the pool's connections now: background work gives way to it. */
    public boolean connectionsAwaited() {
        return pool.getHikariPoolMXBean().getThreadsAwaitingConnection() > 0;
    }

    /** Runs work in one transaction, translating database failures into {@link StoreException}. */
    public <T> T inTransaction(org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi().inTransaction(work);
        } catch (JdbiException e) {
            throw new StoreException("database error: " + rootMessage(e), e);
        }
    }

    /**
     * Runs a person's write in the next shared commit ({@link GroupCommit}): it returns once the
     * write is on disk, having waited for the disk together with the writers that came with it. A
     * write that fails is undone alone; the others' work may run a second time, so it writes only
     * through the handle. The same on SQLite and PostgreSQL.
     */
    public <T> T inGroupCommit(org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
        return built().groupCommit().write(work);
    }

    /**
     * Whether this thread is inside a transaction of this database now (a write's, or a shared commit's
     * unit of work): what is computed here may still be rolled back, so it must not be cached.
     */
    public boolean inTransactionHere() {
        Built done = built;
        if (done == null) {
            return false;
        }
        org.jdbi.v3.core.extension.HandleSupplier open = done.jdbi().getHandleScope().get();
        return open != null && open.getHandle().isInTransaction();
    }

    /** The writes committed in groups so far, and in how many commits. */
    public GroupCommits groupCommits() {
        Built done = built;
        return done == null ? new GroupCommits(0, 0, 0)
                : new GroupCommits(done.groupCommit().units(), done.groupCommit().commits(),
                        done.groupCommit().groupsRunAgain());
    }

    /**
     * Writes committed through {@link #inGroupCommit}, the commits that carried them, and the groups run a
     * second time, a savepoint for each unit, because one of their units failed.
     */
    public record GroupCommits(long writes, long commits, long runAgain) {
    }

    /** Writers waiting for the next shared commit now (for tests that make writers arrive together). */
    int waitingForCommit() {
        return built().groupCommit().waiting();
    }

    /**
     * Runs reads on one connection in one read transaction, so that they see one state of the data:
     * on SQLite a deferred transaction, which takes no write lock (the pool's transactions are
     * IMMEDIATE); on PostgreSQL a repeatable-read one. Nested reads of repositories use the same
     * connection.
     */
    public <T> T inReadTransaction(org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
        if (kind == Kind.POSTGRESQL) {
            try {
                // Inside a write's transaction (an answer made before its key is kept) the read joins it, as on
                // SQLite: it must see the write, and PostgreSQL cannot change isolation mid-transaction.
                return jdbi().withHandle(handle -> handle.isInTransaction() ? work.withHandle(handle)
                        : handle.inTransaction(org.jdbi.v3.core.transaction.TransactionIsolationLevel.REPEATABLE_READ,
                                work));
            } catch (JdbiException e) {
                throw new StoreException("database error: " + rootMessage(e), e);
            }
        }
        return withHandle(handle -> {
            if (handle.isInTransaction()) {
                return work.withHandle(handle);
            }
            handle.execute("BEGIN DEFERRED");
            try {
                return work.withHandle(handle);
            } finally {
                handle.execute("COMMIT");
            }
        });
    }

    /** Runs read work on a handle, translating database failures into {@link StoreException}. */
    public <T> T withHandle(org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi().withHandle(work);
        } catch (JdbiException e) {
            throw new StoreException("database error: " + rootMessage(e), e);
        }
    }

    @Override
    public void close() {
        synchronized (onBuilt) {
            closed = true;
        }
        Built done = built;
        if (done != null) {
            done.groupCommit().close();
        }
        pool.close();
    }
}
