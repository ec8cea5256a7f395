package org.plimsoll.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * Starts and exercises the server once on a throw-away database, so that the launcher can record
 * the classes a start-up loads into a class-data archive (AppCDS): later starts map them instead
 * of loading them one by one, which roughly halves the time to the first answer.
 */
@Command(name = "cds-training", hidden = true)
final class CdsTrainingCommand implements Callable<Integer> {
    private final Terminal terminal;

    CdsTrainingCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("plimsoll-cds");
        try {
            Configuration config = Configuration.resolve(new Configuration.Flags(Optional.of(dir),
                    Optional.of("127.0.0.1"), Optional.of(0), Optional.empty()), java.util.Map.of());
            ServeCommand.Running running = ServeCommand.start(config, false, terminal);
            try {
                HttpClient client = HttpClient.newHttpClient();
                for (String path : new String[] {"/healthz", "/", "/signin", "/api/v1/me", "/metrics"}) {
                    client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.app().port() + path))
                            .build(), HttpResponse.BodyHandlers.discarding());
                }
                // The reminders' first tick belongs in the archive too.
                running.background().awaitStarted(java.time.Duration.ofSeconds(30));
            } finally {
                running.stop();
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }
}
