package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The store owns its transactions: no class of the web layer names a Jdbi type, not even through a
 * lambda's inferred parameter (its compiled descriptor names it), so no route builds a transaction.
 */
class StoreOwnsTransactionsTest {

    @Test
    void noWebClassUsesJdbi() throws IOException, URISyntaxException {
        Path classes = Path.of(WebApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> using;
        try (Stream<Path> files = Files.walk(classes)) {
            using = files.filter(f -> f.toString().endsWith(".class")).filter(StoreOwnsTransactionsTest::namesJdbi)
                    .map(f -> classes.relativize(f).toString()).toList();
        }
        assertThat(using).as("web classes naming org.jdbi").isEmpty();
    }

    private static boolean namesJdbi(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains("org/jdbi/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
