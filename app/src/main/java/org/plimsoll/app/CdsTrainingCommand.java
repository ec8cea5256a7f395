package org.plimsoll.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Starts and exercises the server once on a throw-away database, so that the launcher can record
 * the classes a start-up loads into a class-data archive (AppCDS): later starts map them instead
 * of loading them one by one, which roughly halves the time to the first answer.
 *
 * <p>The archive holds every class the recording run loaded, and a mapped archive is resident
 * memory as a whole, so the run loads only what a real start does: the launcher first migrates the
 * folder in a run of its own ({@code --prepare}), because a server finds its schema current and
 * never loads Flyway; and the requests go over a plain socket, not the JDK's HTTP client, which no
 * server start loads.
 */
@Command(name = "cds-training", hidden = true)
final class CdsTrainingCommand implements Callable<Integer> {
    /** What a start and the first visits ask for: the probe, the front pages, the API, the metrics. */
    static final String[] PATHS = {"/healthz", "/", "/signin", "/api/v1/me", "/metrics"};

    private final Terminal terminal;

    @Option(names = "--prepare", description = "Only create and migrate the database in DIR.")
    boolean prepare;

    @Parameters(paramLabel = "DIR", description = "The throw-away data folder.")
    Path dir;

    CdsTrainingCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Configuration config = Configuration.resolve(new Configuration.Flags(Optional.of(dir),
                Optional.of("127.0.0.1"), Optional.of(0), Optional.empty()), java.util.Map.of());
        if (prepare) {
            org.plimsoll.store.Database.open(config.database(),
                    new io.micrometer.core.instrument.simple.SimpleMeterRegistry()).close();
            return 0;
        }
        ServeCommand.Running running = ServeCommand.start(config, false, terminal);
        try {
            for (String path : PATHS) {
                get(running.app().port(), path);
            }
            // The first /healthz started the background services: their first tick belongs in the archive too.
            running.background().awaitStarted(java.time.Duration.ofSeconds(30));
        } finally {
            running.stop();
        }
        return 0;
    }

    private static void get(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            in.transferTo(OutputStream.nullOutputStream());
        }
    }
}
