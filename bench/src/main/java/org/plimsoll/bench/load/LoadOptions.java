package org.plimsoll.bench.load;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A load run's options, read from {@code --name value} pairs; {@link #deadline} is when the whole
 * run (storing, start-up, warm-up and the measured run) must be over.
 */
record LoadOptions(String store, int people, int instances, int seconds, int clients, int clinicians, int caseload,
                   double caseloadShare, int writers, List<String> launch, List<String> javaOptions, Optional<Path> keep,
                   int maxMinutes, long deadline) {
    private static final Set<String> NAMES = Set.of("store", "people", "instances", "seconds", "clients",
            "clinicians", "caseload", "caseload-share", "writers", "jar", "classpath", "java-options", "keep", "max-minutes");

    static LoadOptions parse(String... args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("options come as --name value; got " + args[i]);
            }
            String name = args[i].substring(2);
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; the options are --"
                        + String.join(", --", NAMES.stream().sorted().toList()));
            }
            o.put(name, args[++i]);
        }
        String store = o.getOrDefault("store", "sqlite");
        if (!store.equals("sqlite") && !store.equals("postgres")) {
            throw new IllegalArgumentException("--store must be sqlite or postgres, was " + store);
        }
        boolean sqlite = store.equals("sqlite");
        int people = whole(o, "people", sqlite ? 1000 : 10000, 1);
        int instances = whole(o, "instances", sqlite ? 1 : 2, 1);
        if (instances > 1 && sqlite) {
            throw new IllegalArgumentException("--instances: several instances need PostgreSQL; one SQLite file has one server");
        }
        int clinicians = whole(o, "clinicians", 50, 1);
        // A caseload holds each person once: with fewer people than a caseload, it is everyone.
        int caseload = Math.min(people, whole(o, "caseload", 200, 1));
        double share;
        try {
            share = Double.parseDouble(o.getOrDefault("caseload-share", "0.02"));
        } catch (NumberFormatException e) {
            share = -1;
        }
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("--caseload-share must be a number from 0 to 1, was " + o.get("caseload-share"));
        }
        int maxMinutes = whole(o, "max-minutes", 10, 1);
        return new LoadOptions(store, people, instances, whole(o, "seconds", 180, 1), whole(o, "clients", 64, 1),
                clinicians, caseload, share, whole(o, "writers", sqlite ? 1 : 4, 1),
                launch(o),
                List.of(o.getOrDefault("java-options", "-XX:+UseSerialGC -Xms16m -Xmx320m -Xss512k").split(" ")),
                Optional.ofNullable(o.get("keep")).map(k -> Path.of(k).toAbsolutePath()), maxMinutes,
                System.nanoTime() + maxMinutes * 60_000_000_000L);
    }

    /** How an instance is started: the runnable jar, or (for the harness's own test) a class path. */
    private static List<String> launch(Map<String, String> o) {
        if (o.containsKey("classpath")) {
            return List.of("-cp", o.get("classpath"), "org.plimsoll.app.Main");
        }
        Path jar = Path.of(o.getOrDefault("jar", "app/target/plimsoll.jar")).toAbsolutePath();
        if (!java.nio.file.Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("--jar: no runnable jar at " + jar
                    + " (./mvnw -B -q -DskipTests -pl app -am package builds it)");
        }
        return List.of("-jar", jar.toString());
    }

    private static int whole(Map<String, String> o, String name, int otherwise, int least) {
        String value = o.get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= least) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("--" + name + " must be a whole number of at least " + least + ", was " + value);
    }
}
