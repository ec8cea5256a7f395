package org.plimsoll.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.plimsoll.simulate.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run virtual people whose true capacity moves with sleep, stress and flares, each under "
                + "Plimsoll's plan and under a fixed progression, a ramp, a flat dose and an oracle that knows the "
                + "true capacity, and print per policy: sessions, red sessions, flares, capacity gained and minutes run.",
                "Seeded: the same options print the same table.",
                "Bad options: exit 2, nothing on standard output, one line per problem on standard error."},
        footer = {"", "Example: plimsoll simulate --people 200 --weeks 24 --seed 1"})
final class SimulateCommand implements Callable<Integer> {
    private final Terminal terminal;

    // Read as text so that every bad option is named on its own line, not only the first.
    @Option(names = "--people", paramLabel = "N", defaultValue = "100",
            description = "Virtual people, 1–10000 (default: ${DEFAULT-VALUE}).")
    String people;

    @Option(names = "--weeks", paramLabel = "N", defaultValue = "12",
            description = "Weeks each person lives, 2–104 (default: ${DEFAULT-VALUE}).")
    String weeks;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed for the people, their days and the noise in their answers (default: ${DEFAULT-VALUE}).")
    String seed;

    SimulateCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        List<String> problems = new ArrayList<>();
        long n = whole("--people", people, 1, Simulation.MOST_PEOPLE, problems);
        long w = whole("--weeks", weeks, Simulation.FEWEST_WEEKS, Simulation.MOST_WEEKS, problems);
        long s = whole("--seed", seed, Long.MIN_VALUE, Long.MAX_VALUE, problems);
        if (!problems.isEmpty()) {
            problems.forEach(p -> terminal.err().println("plimsoll simulate: " + p));
            return 2;
        }
        terminal.out().printf("%d people, %d weeks, seed %d%n%n", n, w, s);
        terminal.out().print(Simulation.table(Simulation.run((int) n, (int) w, s)));
        return 0;
    }

    private static long whole(String option, String text, long least, long most, List<String> problems) {
        try {
            long value = Long.parseLong(text.strip());
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Named below with its bounds.
        }
        problems.add(least == Long.MIN_VALUE ? option + " must be a whole number, was '" + text + "'"
                : option + " must be a whole number " + least + "–" + most + ", was '" + text + "'");
        return 0;
    }
}
