package org.plimsoll.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A virtual person: where their capacity starts, the dose they start at, and the days the world
 * deals them. The same seed and index give the same person.
 */
public record VirtualPerson(int index, double startCapacity, int startMinutes, List<Day> days) {
    /** A flare out of the blue about once in four months. */
    static final double FLARE_OUT_OF_THE_BLUE_PER_DAY = 1.0 / 120;

    public VirtualPerson {
        days = List.copyOf(days);
    }

    /** Person {@code index} of a population drawn with {@code seed}: {@code weeks} weeks from {@code firstDay} (a Monday). */
    public static VirtualPerson drawn(long seed, int index, LocalDate firstDay, int weeks) {
        Random random = new Random(seed * 1_000_003L + index);
        double capacity = 20 + random.nextDouble() * 30;
        // They start where a careful first week would put them: about three quarters of what they can do.
        int start = (int) Math.round(capacity * (0.65 + random.nextDouble() * 0.15));
        double usualSleep = 6 + random.nextDouble() * 2;
        int usualStress = 2 + random.nextInt(5);
        List<Day> days = new ArrayList<>();
        for (int d = 0; d < weeks * 7; d++) {
            double sleep = Math.max(3, Math.min(10, usualSleep + random.nextGaussian() * 1.0));
            int stress = Math.max(0, Math.min(10, usualStress + (int) Math.round(random.nextGaussian() * 1.5)));
            days.add(new Day(firstDay.plusDays(d), Math.round(sleep * 2) / 2.0, stress,
                    random.nextDouble() < FLARE_OUT_OF_THE_BLUE_PER_DAY));
        }
        return new VirtualPerson(index, capacity, start, days);
    }
}
