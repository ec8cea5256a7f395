package org.plimsoll.store.testing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.plimsoll.store.Database;
import org.plimsoll.store.DatabaseSettings;

/**
 * Real databases for tests: a fresh SQLite file, or a fresh database on one PostgreSQL server
 * started in-process (no Docker) and shared by the whole test JVM.
 */
public final class TestDatabases {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static final java.util.concurrent.atomic.AtomicBoolean NOTED = new java.util.concurrent.atomic.AtomicBoolean();

    private TestDatabases() {
    }

    /** PostgreSQL refuses to run as root; our CI drops to a normal user for that reason. */
    public static Optional<String> whyPostgresCannotRun() {
        if ("root".equals(System.getProperty("user.name"))) {
            return Optional.of("PostgreSQL tests skipped: PostgreSQL refuses to run as root. "
                    + "Run ./mvnw verify as a normal user, or bash .ci/run (which does that).");
        }
        return Optional.empty();
    }

    /** Skips the calling test when PostgreSQL cannot run here, saying why once per test run. */
    public static void assumePostgresCanRun() {
        whyPostgresCannotRun().ifPresent(why -> {
            if (!NOTED.getAndSet(true)) {
                System.out.println("NOTE " + why);
            }
            throw new org.opentest4j.TestAbortedException(why);
        });
    }

    public static DatabaseSettings sqliteSettings() {
        try {
            Path dir = Files.createTempDirectory("plimsoll-test");
            return DatabaseSettings.sqliteFile(dir.resolve("plimsoll.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates an empty database on the shared server and returns how to reach it. */
    public static synchronized DatabaseSettings postgresSettings() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
                EmbeddedPostgres started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM is going away; the temporary cluster goes with it
                    }
                }));
            }
            String name = "plimsoll_test_" + NEXT.incrementAndGet();
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return DatabaseSettings.postgres(server.getJdbcUrl("postgres", name), Optional.of("postgres"),
                    Optional.empty());
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    public static Database open(DatabaseSettings settings) {
        return Database.open(settings, new SimpleMeterRegistry());
    }
}
