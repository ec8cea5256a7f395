package org.plimsoll.app;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.plimsoll.store.Database;
import org.plimsoll.store.DatabaseSettings;

/**
 * One command line as a person types it, against a test database: its exit code, both outputs,
 * and the bytes a command wrote whole to standard output.
 */
record Typed(int exit, String out, String err, byte[] bytes) {
    static Typed run(Database db, Clock clock, String stdin, String... args) {
        return in(Path.of("").toAbsolutePath(), db, clock, stdin, args);
    }

    /** Typed in {@code folder}, which relative output paths start from. */
    static Typed in(Path folder, Database db, Clock clock, String stdin, String... args) {
        DatabaseSettings s = db.settings();
        Map<String, String> env = new HashMap<>();
        env.put("PLIMSOLL_DB_URL", s.jdbcUrl());
        s.user().ifPresent(u -> env.put("PLIMSOLL_DB_USER", u));
        s.password().ifPresent(p -> env.put("PLIMSOLL_DB_PASSWORD", p));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = Main.run(new Terminal(env, clock, folder, bytes, new PrintWriter(out), new PrintWriter(err),
                new BufferedReader(new StringReader(stdin))), args);
        return new Typed(exit, out.toString(), err.toString(), bytes.toByteArray());
    }
}
