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
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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
        assertThat(QuickServe.parse(TERMINAL, "serve", "--smtp-port", "tls")).isEmpty();
        assertThat(QuickServe.parse(TERMINAL, "serve", "--demo-weeks", "many")).isEmpty();
        assertThat(QuickServe.parse(TERMINAL, "serve", "--prot", "8080")).isEmpty();
        assertThat(QuickServe.parse(TERMINAL, "log", "--port", "1")).isEmpty();
    }

    @Test
    void everyFlagPicocliDeclaresForServeIsReadByQuickServe() {
        Set<String> declared = new CommandLine(new ServeCommand(TERMINAL)).getCommandSpec().options().stream()
                .filter(o -> !o.usageHelp() && !o.versionHelp())
                .flatMap(o -> java.util.Arrays.stream(o.names()))
                .collect(Collectors.toSet());
        assertThat(QuickServe.READS).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void quickServeReadsEveryFlagAsPicocliDoes() {
        String[] line = {"serve", "--data-dir", "/tmp/p", "--db-url", "jdbc:postgresql://db/p", "--port", "8081",
                "--host", "0.0.0.0", "--smtp-host", "mail.example", "--smtp-port", "2525", "--smtp-user", "me",
                "--mail-from", "coach@example.org", "--trusted-proxies", "10.0.0.0/8", "--demo", "--demo-weeks", "104"};
        assertThat(QuickServe.READS).allMatch(flag -> java.util.List.of(line).contains(flag));
        ServeCommand quick = QuickServe.parse(TERMINAL, line).orElseThrow();
        ServeCommand picocli = new ServeCommand(TERMINAL);
        new CommandLine(picocli).parseArgs(java.util.Arrays.copyOfRange(line, 1, line.length));

        assertThat(quick).usingRecursiveComparison().ignoringFields("terminal").isEqualTo(picocli);
        assertThat(quick.smtpPort).isEqualTo(2525);
        assertThat(quick.demoWeeks).isEqualTo(104);
    }

    @Test
    void quickServeDefaultsAreTheOnesPicocliGives() {
        ServeCommand quick = QuickServe.parse(TERMINAL, "serve").orElseThrow();
        ServeCommand picocli = new ServeCommand(TERMINAL);
        new CommandLine(picocli).parseArgs();
        assertThat(quick).usingRecursiveComparison().ignoringFields("terminal").isEqualTo(picocli);
    }
}
