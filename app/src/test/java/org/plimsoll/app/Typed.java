package org.plimsoll.app;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.plimsoll.store.Database;
import org.plimsoll.store.DatabaseSettings;

/** One command line as a person types it, against a test database: its exit code and both outputs. */
record Typed(int exit, String out, String err) {
    static Typed run(Database db, Clock clock, String stdin, String... args) {
        DatabaseSettings s = db.settings();
        Map<String, String> env = new HashMap<>();
        env.put("PLIMSOLL_DB_URL", s.jdbcUrl());
        s.user().ifPresent(u -> env.put("PLIMSOLL_DB_USER", u));
        s.password().ifPresent(p -> env.put("PLIMSOLL_DB_PASSWORD", p));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new Terminal(env, clock, new PrintWriter(out), new PrintWriter(err),
                new BufferedReader(new StringReader(stdin))), args);
        return new Typed(exit, out.toString(), err.toString());
    }
}
