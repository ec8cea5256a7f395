package org.plimsoll.app;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
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
import org.plimsoll.store.Database;
import org.plimsoll.store.DatabaseSettings;
import org.plimsoll.web.WebApp;
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
            PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            try (Database database = Database.open(DatabaseSettings.sqliteFile(dir.resolve("plimsoll.db")), metrics)) {
                Javalin app = WebApp.create(database, metrics, terminal.clock(), Version.current(),
                        new WebApp.Listen("127.0.0.1", 0), Optional.empty()).start();
                try {
                    HttpClient client = HttpClient.newHttpClient();
                    for (String path : new String[] {"/healthz", "/", "/signin", "/api/v1/me", "/metrics"}) {
                        client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                                HttpResponse.BodyHandlers.discarding());
                    }
                } finally {
                    app.stop();
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }
}
