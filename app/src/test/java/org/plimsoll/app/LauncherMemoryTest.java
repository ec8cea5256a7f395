package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A busy instance stays under 512 MB resident only if the launcher's heap leaves room for the JVM's own
 * memory: 157-164 MB with the full compiler under `scripts/load`, the heap touched to its end
 * (docs/benchmarks.md, "A busy instance's memory"). The launcher's options are given to this JDK, which must accept them, and its final values read.
 */
class LauncherMemoryTest {
    static final long MB = 1024 * 1024;
    static final long RESIDENT_MARGIN = 480 * MB;
    static final long BESIDE_THE_HEAP = 160 * MB;
    static final Set<String> READ = Set.of("MaxHeapSize", "MaxMetaspaceSize", "ReservedCodeCacheSize");

    @Test
    void theHeapLeavesRoomForTheJvmsOwnMemoryUnderTheResidentBound() throws Exception {
        Map<String, Long> flags = finalFlags(launcherOptions());
        assertThat(flags.get("MaxHeapSize") + BESIDE_THE_HEAP).as("heap limit plus the JVM's own memory")
                .isLessThanOrEqualTo(RESIDENT_MARGIN);
        assertThat(flags.get("MaxMetaspaceSize")).as("metaspace bounded").isLessThanOrEqualTo(128 * MB);
        assertThat(flags.get("ReservedCodeCacheSize")).as("code cache bounded").isLessThanOrEqualTo(64 * MB);
    }

    @Test
    void theLauncherKeepsMallocToTwoArenas() throws IOException {
        assertThat(launcher()).contains("export MALLOC_ARENA_MAX=\"${MALLOC_ARENA_MAX:-2}\"");
    }

    private static String launcher() throws IOException {
        return Files.readString(Path.of("").toAbsolutePath().getParent().resolve("plimsoll"));
    }

    private static List<String> launcherOptions() throws IOException {
        Matcher m = Pattern.compile("(?m)^default_opts=\"(.*)\"$").matcher(launcher());
        assertThat(m.find()).as("default_opts in ./plimsoll").isTrue();
        return Arrays.asList(m.group(1).split(" "));
    }

    private static Map<String, Long> finalFlags(List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor()).as("this JDK accepts the launcher's options:%n%s", out).isZero();
        Map<String, Long> flags = new HashMap<>();
        Matcher line = Pattern.compile("(?m)^\\s*\\S+\\s+(\\w+)\\s+=\\s+(\\d+)\\s").matcher(out);
        while (line.find()) {
            if (READ.contains(line.group(1))) {
                // An unbounded size prints as 2^64 - 1: it is read as the largest long.
                flags.put(line.group(1), new BigInteger(line.group(2)).min(BigInteger.valueOf(Long.MAX_VALUE)).longValue());
            }
        }
        return flags;
    }
}
