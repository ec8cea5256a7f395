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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.plimsoll.store.Database;

/** The background services start on the first /healthz, which does not wait for them; unprobed, they start anyway. */
class BackgroundStartTest {
    private static final Duration NEVER = Duration.ofHours(1);

    @Test
    void healthzAnswersBeforeTheBackgroundServicesStartAndTheyStartBecauseOfIt() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ServeCommand.Running running = ServeCommand.start(config(), 0, terminal(), NEVER, () -> {
            asked.countDown();
            await(release);
        });
        try {
            assertThat(asked.getCount()).as("nothing starts them before a probe").isEqualTo(1);
            assertThat(vapidKeysStored(running.database())).as("no push key made before the server answers").isZero();

            // The services are held at their start: /healthz answers all the same.
            HttpResponse<String> health = healthz(running);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(running.background().started()).isFalse();
            assertThat(reminderThreads()).isZero();
            assertThat(asked.await(30, TimeUnit.SECONDS)).as("the first /healthz starts them").isTrue();

            release.countDown();
            assertThat(running.background().awaitStarted(Duration.ofSeconds(30))).isTrue();
            assertThat(reminderThreads()).isEqualTo(1);
            assertThat(vapidKeysStored(running.database())).as("the reminders' push key, made on first use").isEqualTo(1);

            healthz(running);
            assertThat(reminderThreads()).as("a second probe starts nothing more").isEqualTo(1);
        } finally {
            release.countDown();
            running.stop();
        }
    }

    @Test
    void aServerNobodyProbesStartsTheBackgroundServicesAfterTheFallback() throws Exception {
        ServeCommand.Running running = ServeCommand.start(config(), 0, terminal(), Duration.ofMillis(200), () -> { });
        try {
            assertThat(running.background().awaitStarted(Duration.ofSeconds(30))).isTrue();
            assertThat(reminderThreads()).isEqualTo(1);
        } finally {
            running.stop();
        }
    }

    private static HttpResponse<String> healthz(ServeCommand.Running running) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + running.app().port() + "/healthz")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int vapidKeysStored(Database database) {
        return database.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM vapid_keys").mapTo(Integer.class).one());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Configuration config() throws Exception {
        Path dir = Files.createTempDirectory("plimsoll-background");
        return Configuration.resolve(new Configuration.Flags(Optional.of(dir),
                Optional.of("127.0.0.1"), Optional.of(0), Optional.empty()), Map.of());
    }

    private static Terminal terminal() {
        return new Terminal(Map.of(), Clock.systemUTC(), Path.of("."), new ByteArrayOutputStream(),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                new BufferedReader(new StringReader("")));
    }

    private static long reminderThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("plimsoll-reminders") && t.isAlive()).count();
    }
}
