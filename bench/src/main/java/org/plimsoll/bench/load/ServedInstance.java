package org.plimsoll.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One {@code plimsoll serve} process on loopback, started from the runnable jar with the
 * launcher's JVM options except C1-only (docs/benchmarks.md: drop it under load), and its
 * resident memory read from /proc.
 */
final class ServedInstance implements AutoCloseable {
    static final String METRICS_TOKEN = "load-metrics-token-for-the-harness";
    private final Process process;
    final String base;

    private ServedInstance(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    static ServedInstance start(List<String> launch, int port, Path dataDir, String dbUrl, Map<String, String> dbEnv,
                                List<String> javaOptions) throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(javaOptions);
        command.addAll(launch);
        command.add("serve");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("serve.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("PLIMSOLL_HOST", "127.0.0.1");
        env.put("PLIMSOLL_PORT", Integer.toString(port));
        env.put("PLIMSOLL_DATA_DIR", dataDir.toString());
        env.put("PLIMSOLL_DB_URL", dbUrl);
        env.put("PLIMSOLL_METRICS_TOKEN", METRICS_TOKEN);
        env.putAll(dbEnv);
        ServedInstance served = new ServedInstance(builder.start(), "http://127.0.0.1:" + port);
        try {
            served.awaitHealthy(dataDir);
        } catch (IllegalStateException e) {
            served.close();
            // The log goes with the run's folder: show its end now.
            List<String> log = Files.readAllLines(dataDir.resolve("serve.log"));
            log.subList(Math.max(0, log.size() - 30), log.size()).forEach(line -> System.err.println("  serve: " + line));
            throw e;
        }
        return served;
    }

    private void awaitHealthy(Path dataDir) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("plimsoll serve stopped; see " + dataDir.resolve("serve.log"));
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(base + "/healthz")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("no /healthz 200 from " + base + " in 120 s");
    }

    /** Resident memory now and at its peak (VmRSS, VmHWM), in MB. */
    long[] rssMegabytes() throws IOException {
        return new long[] {field("VmRSS:").orElse(-1) / 1024, field("VmHWM:").orElse(-1) / 1024};
    }

    private OptionalLong field(String name) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith(name)) {
                return OptionalLong.of(Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]));
            }
        }
        return OptionalLong.empty();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
