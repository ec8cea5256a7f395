package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The schedulers start after the server answers, and then run. */
class BackgroundStartTest {

    @Test
    void healthzAnswersBeforeTheRemindersStartAndTheRemindersThenRun() throws Exception {
        Path dir = Files.createTempDirectory("plimsoll-background");
        Configuration config = Configuration.resolve(new Configuration.Flags(Optional.of(dir),
                Optional.of("127.0.0.1"), Optional.of(0), Optional.empty()), Map.of());
        Terminal terminal = new Terminal(Map.of(), Clock.systemUTC(), dir, new ByteArrayOutputStream(),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new BufferedReader(new StringReader("")));
        ServeCommand.Running running = ServeCommand.start(config, 0, terminal, Duration.ofSeconds(5));
        try {
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + running.app().port() + "/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean startedWhenHealthzAnswered = running.background().started();

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(startedWhenHealthzAnswered).isFalse();
            assertThat(reminderThreads()).isZero();

            assertThat(running.background().awaitStarted(Duration.ofSeconds(30))).isTrue();
            assertThat(reminderThreads()).isEqualTo(1);
        } finally {
            running.stop();
        }
        assertThat(running.background().started()).isTrue();
    }

    private static long reminderThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("plimsoll-reminders") && t.isAlive()).count();
    }
}
