package org.plimsoll.web;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.opentest4j.TestAbortedException;

/**
 * A checker nobody here wrote (qpdf, Redocly's linter), run as its own program. {@code .ci/run}
 * installs them, so under CI a missing one fails the test; elsewhere the test is skipped with a note
 * saying what to install.
 */
public record InstalledTool(Path executable) {
    private static final Set<String> NOTED = ConcurrentHashMap.newKeySet();

    /** What a run printed (standard output and error together) and how it ended. */
    public record Run(int exitCode, String output) {
    }

    public static InstalledTool require(String name, String install) {
        Optional<Path> found = onPath(name);
        if (found.isPresent()) {
            return new InstalledTool(found.get());
        }
        String why = name + " is not installed, so its check is skipped; " + install + " (.ci/run does)";
        if (System.getenv("CI") != null) {
            throw new AssertionError(why);
        }
        if (NOTED.add(name)) {
            System.out.println("NOTE " + why);
        }
        throw new TestAbortedException(why);
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public Run run(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish");
            }
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new AssertionError("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
