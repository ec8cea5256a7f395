package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The usual serve command lines skip picocli; everything else still reaches it. */
class QuickServeTest {
    private static final Terminal TERMINAL = new Terminal(Map.of(), Clock.systemUTC(), Path.of("."),
            new ByteArrayOutputStream(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
            new BufferedReader(new StringReader("")));

    @Test
    void theUsualServeFlagsAreReadWithoutPicocli() {
        ServeCommand serve = QuickServe.parse(TERMINAL, "serve", "--data-dir", "/tmp/p", "--port", "18190",
                "--host", "0.0.0.0", "--demo").orElseThrow();
        assertThat(serve.storage.dataDir).isEqualTo(Path.of("/tmp/p"));
        assertThat(serve.port).isEqualTo(18190);
        assertThat(serve.host).isEqualTo("0.0.0.0");
        assertThat(serve.demo).isTrue();
        assertThat(serve.demoWeeks).isEqualTo(12);
    }

    @Test
    void helpOtherFlagsAndBadValuesGoToPicocliWhichExplainsThem() {
        assertThat(QuickServe.parse(TERMINAL, "serve", "--help")).isEmpty();
        assertThat(QuickServe.parse(TERMINAL, "serve", "--port=8080")).isEmpty();
        assertThat(QuickServe.parse(TERMINAL, "serve", "--port", "eighty")).isEmpty();
        assertThat(QuickServe.parse(TERMINAL, "serve", "--port")).isEmpty();
        assertThat(QuickServe.parse(TERMINAL, "serve", "--smtp-host", "mail")).isEmpty();
        assertThat(QuickServe.parse(TERMINAL, "log", "--port", "1")).isEmpty();
    }
}
