package org.plimsoll.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulator's rules with concrete numbers: capacity moves as docs/benchmarks.md says. */
class SimulationTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    private static final Day RESTED = new Day(MONDAY, 8, 3, false);

    @Test
    void aRestedCalmDayHasTheWholeBase() {
        assertThat(Capacity.today(30, RESTED, false)).isEqualTo(30.0);
    }

    @Test
    void eachHourOfSleepShortOfSevenTakesSixPercent() {
        assertThat(Capacity.today(30, new Day(MONDAY, 5, 3, false), false)).isCloseTo(30 * 0.88, within());
    }

    @Test
    void eachPointOfStressAboveFourTakesFourPercent() {
        assertThat(Capacity.today(30, new Day(MONDAY, 8, 9, false), false)).isCloseTo(30 * 0.80, within());
    }

    @Test
    void aFlareHalvesTheDaysCapacity() {
        assertThat(Capacity.today(30, RESTED, true)).isEqualTo(15.0);
        assertThat(Capacity.atFlare(30)).isCloseTo(28.5, within());
    }

    @Test
    void aSessionInsideCapacityBuildsTheBaseAndOneOverItDoesNot() {
        assertThat(Capacity.afterSession(30, 27, 30)).isCloseTo(30 * (1 + 0.015 * 0.9), within());
        assertThat(Capacity.afterSession(30, 31, 30)).isEqualTo(30.0);
        assertThat(Capacity.afterSession(30, 10, 30)).isEqualTo(30.0);
        assertThat(Capacity.afterRestDay(30)).isCloseTo(29.94, within());
    }

    @Test
    void onlyARedSessionCanSetOffAFlareAndMoreSoTheFurtherOver() {
        assertThat(Capacity.flareChance(30, 30)).isZero();
        assertThat(Capacity.flareChance(33, 30)).isCloseTo(0.20, within());
        assertThat(Capacity.flareChance(45, 30)).isEqualTo(0.80, within());
        assertThat(Capacity.flareChance(60, 30)).isEqualTo(1.0);
    }

    @Test
    void theOracleNeverRunsOverTheDaysTrueCapacity() {
        Policy oracle = new Policy.Oracle();
        for (double capacity = 3; capacity < 80; capacity += 0.37) {
            int minutes = oracle.minutes(new Policy.Situation(MONDAY, 0, 0, 20, capacity, null, List.of()));
            assertThat(Capacity.red(minutes, capacity)).as("capacity %s", capacity).isFalse();
        }
        Simulation.Row row = Simulation.run(20, 8, 3).get(4);
        assertThat(row.policy()).startsWith("oracle");
        assertThat(row.total().redSessions()).isZero();
        assertThat(row.total().sessions()).isEqualTo(20 * 8 * 3);
    }

    @Test
    void theSameSeedGivesTheSameTableAndAnotherSeedAnother() {
        String once = Simulation.table(Simulation.run(12, 6, 42));
        assertThat(Simulation.table(Simulation.run(12, 6, 42))).isEqualTo(once);
        assertThat(Simulation.table(Simulation.run(12, 6, 43))).isNotEqualTo(once);
        assertThat(once).contains("| Plimsoll |", "| flat |", "| ramp", "| fixed progression", "| oracle");
    }

    @Test
    void everyPolicyMeetsTheSameDays() {
        VirtualPerson a = VirtualPerson.drawn(9, 4, MONDAY, 4);
        assertThat(VirtualPerson.drawn(9, 4, MONDAY, 4)).isEqualTo(a);
        assertThat(a.days()).hasSize(28);
        assertThat(a.startMinutes()).isLessThan((int) Math.ceil(a.startCapacity()));
    }

    @Test
    void aFixedProgressionPassesTheLineAndTurnsRedWhereTheFlatDoseDoesNot() {
        List<Simulation.Row> rows = Simulation.run(30, 12, 7);
        Simulation.Row fixed = rows.get(1);
        Simulation.Row flat = rows.get(3);
        assertThat(fixed.total().redSessions()).isGreaterThan(flat.total().redSessions());
        assertThat(fixed.minutesPerPersonWeek()).isGreaterThan(flat.minutesPerPersonWeek());
    }

    @Test
    void peopleAndWeeksOutsideTheirBoundsAreRefused() {
        assertThatThrownBy(() -> Simulation.run(0, 8, 1)).hasMessage("people must be 1–10000, was 0");
        assertThatThrownBy(() -> Simulation.run(5, 1, 1)).hasMessage("weeks must be 2–104, was 1");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
