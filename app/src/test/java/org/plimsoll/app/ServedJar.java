package org.plimsoll.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged jar running {@code plimsoll serve --demo} on a free port, as a person starts it, and what it printed. */
record ServedJar(Process process, String url, List<String> output, Thread reader) implements AutoCloseable {
    private static final Pattern URL = Pattern.compile("serving on (http://\\S+)/");

    static ServedJar start(Path dataDir, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(javaBin(), "-jar", System.getProperty("plimsoll.jar"), "serve",
                "--demo", "--port", "0", "--data-dir", dataDir.toString()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        String line;
        String url = null;
        while ((line = out.readLine()) != null) {
            lines.add(line);
            Matcher m = URL.matcher(line);
            if (m.find()) {
                url = m.group(1);
            }
            if (line.startsWith("Stop with Ctrl-C") && url != null) {
                Thread reader = new Thread(() -> out.lines().forEach(lines::add));
                reader.setDaemon(true);
                reader.start();
                return new ServedJar(process, url, lines, reader);
            }
        }
        throw new AssertionError("serve ended before it listened: " + lines);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Stops a server a test left running (the tests that check the shutdown stop it themselves). */
    @Override
    public void close() {
        process.destroy();
    }
}
