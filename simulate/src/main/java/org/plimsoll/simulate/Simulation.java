package org.plimsoll.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A population of virtual people, each living the same days once under every policy. Seeded and
 * deterministic: the same people, weeks and seed give the same table.
 */
public final class Simulation {
    public static final int MOST_PEOPLE = 10_000;
    public static final int FEWEST_WEEKS = 2;
    public static final int MOST_WEEKS = 104;
    /** A Monday, so that every person's weeks start on one. */
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 5);

    private Simulation() {
    }

    /** One row of the table: a policy and what it did, summed over everyone. */
    public record Row(String policy, int people, int weeks, Outcome total) {
        public double redShare() {
            return total.sessions() == 0 ? 0 : (double) total.redSessions() / total.sessions();
        }

        public double capacityGainedPerPerson() {
            return total.capacityGained() / people;
        }

        public double minutesPerPersonWeek() {
            return total.minutes() / people / weeks;
        }

        public double flaresPerPerson() {
            return (double) total.flares() / people;
        }
    }

    public static List<Row> run(int people, int weeks, long seed) {
        if (people < 1 || people > MOST_PEOPLE) {
            throw new IllegalArgumentException("people must be 1–" + MOST_PEOPLE + ", was " + people);
        }
        if (weeks < FEWEST_WEEKS || weeks > MOST_WEEKS) {
            throw new IllegalArgumentException("weeks must be " + FEWEST_WEEKS + "–" + MOST_WEEKS + ", was " + weeks);
        }
        List<VirtualPerson> population = IntStream.range(0, people)
                .mapToObj(i -> VirtualPerson.drawn(seed, i, FIRST_DAY, weeks)).toList();
        List<Policy> policies = Policy.all();
        List<Row> rows = new ArrayList<>();
        for (int p = 0; p < policies.size(); p++) {
            int index = p;
            Policy policy = policies.get(p);
            // People are independent: in parallel, summed in a fixed order so the table does not depend on it.
            List<Outcome> outcomes = population.parallelStream()
                    .map(person -> Life.lived(person, policy, seed, index)).toList();
            Outcome total = outcomes.stream().reduce(Outcome.NONE, Outcome::plus);
            rows.add(new Row(policy.name(), people, weeks, total));
        }
        return rows;
    }

    /** The table as printed by {@code plimsoll simulate} and pasted into docs/benchmarks.md. */
    public static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append("| policy | sessions | red sessions | flares per person | capacity gained per person "
                + "| minutes run per person-week |\n|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            out.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d (%.1f%%) | %.2f | %+.1f min | %.0f |%n",
                    r.policy(), r.total().sessions(), r.total().redSessions(), 100 * r.redShare(),
                    r.flaresPerPerson(), r.capacityGainedPerPerson(), r.minutesPerPersonWeek()));
        }
        return out.toString();
    }
}
