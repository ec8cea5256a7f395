package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class of ours does many jobs: a main source file over {@value #MOST_LINES} lines is split by
 * job (docs/architecture.md). Read from the sources beside this module, so every module is held.
 */
class ClassSizeTest {
    static final int MOST_LINES = 350;

    @Test
    void noMainClassIsOver350Lines() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> sources;
        try (Stream<Path> modules = Files.list(root)) {
            sources = modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory)
                    .flatMap(ClassSizeTest::javaFiles).toList();
        }
        assertThat(sources).as("main sources found under %s", root).hasSizeGreaterThan(100);
        assertThat(sources).filteredOn(f -> lines(f) > MOST_LINES)
                .as("main classes over %d lines", MOST_LINES).isEmpty();
    }

    private static Stream<Path> javaFiles(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> p.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
