package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.plimsoll.store.Database;

/**
 * The set-up the command-line imports of daily measures share: a person with an account in
 * Europe/Oslo, typing {@code plimsoll import} on a fixed day, who imports a file once and then
 * again (the second time must add nothing).
 */
record MeasuresImporter(Database db) {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    /** The {@code measures} of an import's JSON that added nothing. */
    static final String NOTHING_ADDED = "{\"sleep\":0,\"hrv\":0,\"restingHeartRate\":0}";

    /** ana@example.org, with an account made from the command line. */
    static MeasuresImporter withAccount(Database db) {
        MeasuresImporter ana = new MeasuresImporter(db);
        assertThat(ana.plimsoll("account", "create", "ana@example.org", "--timezone", "Europe/Oslo").exit()).isZero();
        return ana;
    }

    Typed plimsoll(String... args) {
        return Typed.run(db, CLOCK, "correct horse battery\n", args);
    }

    /** What {@code plimsoll import file} says, having checked that it succeeded. */
    String imports(Path file) {
        Typed typed = plimsoll("import", file.toString());
        assertThat(typed.exit()).as(typed.err()).isZero();
        return typed.out();
    }

    /** The {@code measures} counts of {@code plimsoll import file --json}, having checked that it succeeded. */
    String importsAsJson(Path file) {
        Typed typed = plimsoll("import", file.toString(), "--json");
        assertThat(typed.exit()).as(typed.err()).isZero();
        try {
            return new ObjectMapper().readTree(typed.out()).get("measures").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
