package org.plimsoll.engine.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.MeanPain;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.unit.Pain;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.level.ActivityAssessment;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.baseline.Pacing;
import org.plimsoll.engine.checkin.Urgency;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.dose.Level;
import org.plimsoll.engine.level.LevelState;
import org.plimsoll.engine.plan.PlannedSession.Kind;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.reason.TodayReason;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.today.Adjustment;
import org.plimsoll.engine.today.PainToday;

/**
 * The safety envelope's promises (issue 25), checked on every answer of thousands of generated lives
 * ({@link Lives}): each life is assessed on its last day and one or two others (and, where a flare
 * or a referral stands, the day before). 10,000 lives by default; {@code -Dlives=100000} runs more,
 * {@code -DfirstSeed=N} another stretch of seeds. A failure names the seed, the day, the invariant and
 * the values, so that {@code Lives.of(seed)} tells the same life again.
 */
class SafetyInvariantsTest {

    /**
     * Lives that once broke an invariant, always checked first. Each was found against the engine of
     * 2026-12-06 (before the safety envelope) and shows:
     */
    static final List<Long> REGRESSION_SEEDS = List.of(
            3L,    // I3: pain 5 today (and 6 on another day), yet golf 23 min at effort 3 today
            5L,    // I3: pain 9 today, yet a run of 18 min and a ride of 21 min today
            1L,    // I4: 29 days into a 45-day break from cycling, still 3 x 9 min planned (the break's frequency cut not taken)
            17L,   // I4: golf 5 x 219 min = 1095 min planned, the most done in a week 930 (110%: 1023); confirmed at 5 a week
            40L,   // I4: walks of 3 x 44 min = 132 min planned, the most done in a week 81
            21L,   // I5: walks at effort 6 on consecutive days of the plan
            67L,   // I5: a ride at effort 6 and golf at effort 7 on consecutive days, across activities
            11L,   // I5: a hard ride (effort 6) planned today after a hard ride yesterday
            9L,    // I6: the clinician's golf level 5 x 216 set the day after a flare began: 2 x 90 -> 5 x 151 in the flare
            20L,   // I6: in a flare, swimming goes from 2 to 3 a week overnight
            30L,   // I6: in a flare, night pain brings a SOON referral and the ride goes back up from 2 x 20 to 2 x 34 min
            43L,   // I6: under a SOON referral (night pain) the clinician's walk level raises 3 x 13 at 3 to 5 x 30 at 4
            22L,   // I8: today's run rounded up to 3.9 km over the level's 3.896 km
            867L,  // I8: today's run 7.43 km over the level's 7.425 km
            7L,    // I9: "0% lighter today" for sleep, and on another day for stress
            4L);   // I9: a sitting cut of 0% listed beside the recent-red and pain-today cuts

    static final int LIVES = Integer.getInteger("lives", 10_000);
    static final long FIRST_SEED = Long.getLong("firstSeed", 1L);
    /** Determinism is asked of every fifth life (its last day assessed twice): 2,000 of the 10,000, at a fifth of the cost. */
    static final int DETERMINISM_EVERY = 5;
    /** Examples printed per invariant when it fails. */
    static final int EXAMPLES = 6;

    enum Invariant {
        I1("no dose under an emergency or same-day referral"),
        I2("under a SOON referral nothing above the confirmed level"),
        I3("pain today 5 or more: only an easy walk today"),
        I4("the week's planned volume within the weekly guard"),
        I5("hard days: one a day, never back to back, none in a flare"),
        I6("no level raised in a flare or under a referral"),
        I7("nothing above the spike guard"),
        I8("nothing above the level"),
        I9("every cut listed once, none of 0%"),
        I10("never throws, and the same answer twice");

        final String rule;

        Invariant(String rule) {
            this.rule = rule;
        }
    }

    record Violation(Invariant invariant, long seed, LocalDate date, String values) {
        @Override
        public String toString() {
            return "seed " + seed + " on " + date + " broke " + invariant + " (" + invariant.rule + "): " + values;
        }
    }

    /** Everything one run of the lives found, and what the lives held (so that the generator is seen to do real work). */
    static final class Run {
        final Map<Invariant, List<Violation>> violations = new EnumMap<>(Invariant.class);
        final Map<Invariant, Set<Long>> failingLives = new EnumMap<>(Invariant.class);
        final Map<String, Set<Long>> livesWith = new HashMap<>();
        int lives;
        int answers;
        long millis;
        long cpuMillis;

        /** Adds another run's findings after this one's (lives are checked in parallel, merged in seed order). */
        void add(Run other) {
            other.violations.forEach((i, list) -> list.forEach(v -> {
                List<Violation> own = violations.computeIfAbsent(i, k -> new ArrayList<>());
                if (own.size() < 200) {
                    own.add(v);
                }
            }));
            other.failingLives.forEach((i, seeds) -> failingLives.computeIfAbsent(i, k -> new LinkedHashSet<>()).addAll(seeds));
            other.livesWith.forEach((k, seeds) -> livesWith.computeIfAbsent(k, x -> new LinkedHashSet<>()).addAll(seeds));
            lives += other.lives;
            answers += other.answers;
        }

        void broke(Invariant i, long seed, LocalDate date, String values) {
            List<Violation> list = violations.computeIfAbsent(i, k -> new ArrayList<>());
            if (list.size() < 200) {
                list.add(new Violation(i, seed, date, values));
            }
            failingLives.computeIfAbsent(i, k -> new LinkedHashSet<>()).add(seed);
        }

        void saw(String what, long seed) {
            livesWith.computeIfAbsent(what, k -> new LinkedHashSet<>()).add(seed);
        }

        double share(String what) {
            return livesWith.getOrDefault(what, Set.of()).size() / (double) lives;
        }

        String report(Invariant i) {
            Set<Long> failing = failingLives.getOrDefault(i, Set.of());
            return String.format("%s %d of %d lives (%.1f%%) break '%s'; first: %s", i, failing.size(), lives,
                    100.0 * failing.size() / lives, i.rule, violations.getOrDefault(i, List.of()).stream()
                            .limit(EXAMPLES).map(Violation::toString).collect(Collectors.joining("\n  ", "\n  ", "")));
        }
    }

    private static Run generated;

    /** The run over the regression seeds and the generated lives, made once for all the invariants. */
    static synchronized Run generated() {
        if (generated == null) {
            Set<Long> seeds = new LinkedHashSet<>(REGRESSION_SEEDS);
            for (long s = FIRST_SEED; s < FIRST_SEED + LIVES; s++) {
                seeds.add(s);
            }
            generated = run(List.copyOf(seeds));
            System.out.printf("Safety invariants: %d lives, %d answers in %d ms (%d ms of processor time)%n",
                    generated.lives, generated.answers, generated.millis, generated.cpuMillis);
            for (Invariant i : Invariant.values()) {
                System.out.println(generated.report(i));
            }
            generated.livesWith.keySet().stream().sorted().forEach(k -> System.out.printf("  lives with %s: %.1f%%%n", k,
                    100 * generated.share(k)));
        }
        return generated;
    }

    static Run run(List<Long> seeds) {
        long start = System.nanoTime();
        long cpu = processCpuNanos();
        // The engine is pure and each life its own, so lives are checked in parallel and merged in seed order.
        List<Run> each = seeds.parallelStream().map(seed -> {
            Lives.Life life;
            try {
                life = Lives.of(seed);
            } catch (RuntimeException e) {
                throw new AssertionError("the generator failed on seed " + seed, e);
            }
            Run one = new Run();
            one.lives = 1;
            check(life, one);
            return one;
        }).toList();
        Run run = new Run();
        each.forEach(run::add);
        run.millis = (System.nanoTime() - start) / 1_000_000;
        run.cpuMillis = (processCpuNanos() - cpu) / 1_000_000;
        return run;
    }

    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    // One test per invariant, so that each one's state reads on its own.

    @Test
    void underAnEmergencyOrSameDayReferralNoDoseIsOfferedAnywhere() {
        holds(Invariant.I1);
    }

    @Test
    void underASoonReferralNoVariableGoesAboveTheLastConfirmedLevel() {
        holds(Invariant.I2);
    }

    @Test
    void painTodayOfFiveOrMoreLeavesOnlyAnEasyWalkOfTwentyMinutesToday() {
        holds(Invariant.I3);
    }

    @Test
    void noWeekPlansMoreOfAnActivityThanTheWeeklyGuardAllows() {
        holds(Invariant.I4);
    }

    @Test
    void atMostOneHardSessionADayNeverBackToBackAndNoneInAFlare() {
        holds(Invariant.I5);
    }

    /**
     * Each day of a flare or a referral is held to the levels shown the day before ({@code ShownLevel}),
     * which the application keeps and gives back, so no day climbs above the one before it even where
     * the record was reworked in between (a late check-in re-dating a flare, a first week still forming).
     */
    @Test
    void noLevelIsRaisedInAFlareOrUnderAReferral() {
        holds(Invariant.I6);
    }

    @Test
    void noPlannedSessionIsLongerThanTheSpikeGuardAllows() {
        holds(Invariant.I7);
    }

    @Test
    void nothingIsPlannedAboveTheLevel() {
        holds(Invariant.I8);
    }

    @Test
    void everyCutOfTodayIsListedOnceAndNoneIsZero() {
        holds(Invariant.I9);
    }

    @Test
    void theEngineNeverThrowsAndGivesTheSameAnswerTwice() {
        holds(Invariant.I10);
    }

    @Test
    void theLivesThatOnceBrokeAnInvariantNowKeepEveryOne() {
        Run regressions = run(REGRESSION_SEEDS);
        List<String> broken = new ArrayList<>();
        for (Invariant i : Invariant.values()) {
            if (regressions.failingLives.containsKey(i)) {
                broken.add(regressions.report(i));
            }
        }
        assertThat(broken).as("regression seeds").isEmpty();
    }

    /**
     * A test of the generator: lives in which nothing happens would prove nothing. Most lives get a
     * level confirmed, many a level raised, and the turns the invariants guard come up often.
     */
    @Test
    void theLivesGiveTheEngineRealWork() {
        Run run = generated();
        // Measured over 2,000 lives: 45%, 20%, 11%, 8%, 29%, 57%, 36% and 9%.
        assertThat(run.share("a confirmed level")).as("lives with a confirmed level").isGreaterThan(0.35);
        assertThat(run.share("a level raised")).as("lives with a level raised").isGreaterThan(0.15);
        assertThat(run.share("referral EMERGENCY")).as("lives assessed under an emergency referral").isGreaterThan(0.05);
        assertThat(run.share("referral SAME_DAY")).as("lives assessed under a same-day referral").isGreaterThan(0.04);
        assertThat(run.share("referral SOON")).as("lives assessed under a SOON referral").isGreaterThan(0.15);
        assertThat(run.share("a flare")).as("lives assessed in a flare").isGreaterThan(0.2);
        assertThat(run.share("pain today 5+")).as("lives assessed on a day of pain 5 or more").isGreaterThan(0.15);
        assertThat(run.share("a hard session planned")).as("lives with a hard session planned").isGreaterThan(0.04);
        assertThat(run.lives).as("lives checked").isGreaterThanOrEqualTo(LIVES);
    }

    private static void holds(Invariant i) {
        Run run = generated();
        if (run.failingLives.containsKey(i)) {
            fail(run.report(i));
        }
    }

    // ---- checking one life

    static void check(Lives.Life life, Run run) {
        for (LocalDate day : life.assessed()) {
            Optional<Assessment> answer = assess(life, day, List.of(), run);
            if (answer.isEmpty()) {
                continue;
            }
            Assessment a = answer.get();
            List<ShownLevel> shown = List.of();
            if (a.flare().isPresent() || a.referral().inForce()) {
                Optional<Assessment> before = assess(life, day.minusDays(1), List.of(), run);
                if (before.isPresent()) {
                    // As the application does: it keeps what it showed yesterday and gives it back today.
                    shown = before.get().shownLevels();
                    Optional<Assessment> held = assess(life, day, shown, run);
                    if (held.isEmpty()) {
                        continue;
                    }
                    a = held.get();
                    noLevelRaised(life, day, before.get(), a, run);
                }
            }
            checkAnswer(life, day, a, run);
            if (day.equals(life.last()) && life.seed() % DETERMINISM_EVERY == 0) {
                Assessment first = a;
                assess(life, day, shown, run).filter(again -> !again.equals(first)).ifPresent(again -> run.broke(
                        Invariant.I10, life.seed(), day, "two answers differ for the same life and day"));
            }
        }
    }

    private static Optional<Assessment> assess(Lives.Life life, LocalDate day, List<ShownLevel> shown, Run run) {
        try {
            run.answers++;
            return Optional.of(Assessment.derivedFrom(life.history(), day, shown));
        } catch (RuntimeException e) {
            run.broke(Invariant.I10, life.seed(), day, "threw " + e);
            return Optional.empty();
        }
    }

    static void checkAnswer(Lives.Life life, LocalDate day, Assessment a, Run run) {
        long seed = life.seed();
        Optional<Pain> painToday = PainToday.latest(new AsOf(life.history(), day), day);
        record(life, a, painToday, run);
        Urgency urgency = a.referral().level();
        // I1
        if (urgency == Urgency.EMERGENCY || urgency == Urgency.SAME_DAY) {
            for (ActivityAssessment act : a.activities()) {
                if (act.todayLevel().isPresent()) {
                    run.broke(Invariant.I1, seed, day, urgency + ": " + act.activity().code() + " today "
                            + dose(act.todayLevel().get()));
                }
            }
            if (!a.plan().isEmpty()) {
                run.broke(Invariant.I1, seed, day, urgency + ": plan holds " + entries(a.plan()));
            }
        }
        // I2
        if (urgency == Urgency.SOON) {
            for (ActivityAssessment act : a.activities()) {
                if (act.confirmedLevel().isEmpty()) {
                    continue;
                }
                Dose cap = act.confirmedLevel().get();
                act.currentLevel().filter(l -> !within(l, cap)).ifPresent(l -> run.broke(Invariant.I2, seed, day,
                        act.activity().code() + " current " + dose(l) + " above confirmed " + dose(cap)));
                act.todayLevel().filter(l -> !within(l, cap)).ifPresent(l -> run.broke(Invariant.I2, seed, day,
                        act.activity().code() + " today " + dose(l) + " above confirmed " + dose(cap)));
                entriesAbove(a.plan(), act.activity(), cap).ifPresent(s -> run.broke(Invariant.I2, seed, day,
                        act.activity().code() + " confirmed " + dose(cap) + ", plan " + s));
            }
        }
        // I3: from 5, or (section 8) from 2 above a usual pain of 5 or more once a clinician has set a level,
        // computed here from the history, not from the engine's own answer.
        AsOf seen = new AsOf(life.history(), day);
        Optional<MeanPain> usual = org.plimsoll.engine.response.MorningBaseline.on(seen, day.minusDays(1),
                org.plimsoll.engine.response.MorningBaseline.morningsAfter(
                        org.plimsoll.engine.today.TodayFactor.redDays(a.responses())));
        boolean clinicianLevel = life.history().care(org.plimsoll.engine.care.CareDecision.LevelSet.class).stream()
                .anyMatch(d -> !d.date().isAfter(day));
        double highFrom = clinicianLevel && usual.isPresent() && usual.get().value() >= 5 ? usual.get().value() + 2 : 5;
        if (painToday.isPresent() && painToday.get().value() >= highFrom) {
            for (ActivityAssessment act : a.activities()) {
                act.todayLevel().ifPresent(l -> run.broke(Invariant.I3, seed, day, "pain " + painToday.get().value()
                        + ", " + act.activity().code() + " today " + dose(l)));
            }
            List<PlannedSession> today = a.plan().stream().filter(p -> p.date().equals(day)).toList();
            boolean easyWalksOnly = today.stream().allMatch(p -> p.kind() == Kind.WALK && p.rpeCap() <= 3
                    && p.minutes().map(Minutes::value).orElse(0) <= 20);
            if (!easyWalksOnly) {
                run.broke(Invariant.I3, seed, day, "pain " + painToday.get().value() + ", today's plan " + entries(today));
            }
        }
        weeklyGuard(life, day, a, run);
        hardDays(life, day, a, run);
        spikeGuard(life, day, a, run);
        // I8
        for (ActivityAssessment act : a.activities()) {
            if (act.currentLevel().isEmpty()) {
                continue;
            }
            Dose level = act.currentLevel().get();
            entriesAbove(a.plan(), act.activity(), level).ifPresent(s -> run.broke(Invariant.I8, seed, day,
                    act.activity().code() + " level " + dose(level) + ", plan " + s));
            act.todayLevel().filter(t -> !within(t, level)).ifPresent(t -> run.broke(Invariant.I8, seed, day,
                    act.activity().code() + " today " + dose(t) + " above level " + dose(level)));
        }
        cuts(life, day, a, run);
    }

    /** What the lives held, for the test of the generator. */
    private static void record(Lives.Life life, Assessment a, Optional<Pain> p, Run run) {
        long seed = life.seed();
        if (a.referral().inForce()) {
            run.saw("referral " + a.referral().level(), seed);
        }
        if (a.flare().isPresent()) {
            run.saw("a flare", seed);
        }
        if (a.activities().stream().anyMatch(x -> x.confirmedLevel().isPresent())) {
            run.saw("a confirmed level", seed);
        }
        if (a.activities().stream().anyMatch(x -> x.changedVariable().isPresent() || x.state() == LevelState.PROGRESS)) {
            run.saw("a level raised", seed);
        }
        if (a.plan().stream().anyMatch(SafetyInvariantsTest::hard)) {
            run.saw("a hard session planned", seed);
        }
        if (p.isPresent() && p.get().value() >= 5) {
            run.saw("pain today 5+", seed);
        }
    }

    /**
     * I4: the week's planned minutes (or kilometres) of an activity against 110% of the most done in
     * any of the four 7-day blocks ending today, +1 minute (0.01 km) an entry for rounding; a person
     * starting out (first session under 28 days ago, or none) may also have their starting level's week,
     * and one starting again after four weeks without it the after-a-break level (section 6).
     */
    private static void weeklyGuard(Lives.Life life, LocalDate day, Assessment a, Run run) {
        for (ActivityAssessment act : a.activities()) {
            if (act.currentLevel().isEmpty()) {
                continue;
            }
            Activity activity = act.activity();
            Dose level = act.currentLevel().get();
            boolean inKm = level.minutes().isEmpty() && level.distance().isPresent();
            List<PlannedSession> own = trained(a.plan(), activity);
            if (own.isEmpty()) {
                continue;
            }
            double planned = 0;
            for (PlannedSession p : own) {
                if (inKm) {
                    Dose ofDay = p.date().equals(day) ? act.todayLevel().orElse(level) : level;
                    planned += ofDay.distance().map(Distance::km).orElse(0.0);
                } else {
                    planned += p.minutes().map(Minutes::value).orElse(0);
                }
            }
            List<Session> done = done(life, activity, day);
            double most = 0;
            for (int k = 0; k < 4; k++) {
                LocalDate to = day.minusDays(7L * k);
                LocalDate from = to.minusDays(6);
                double block = done.stream().filter(s -> !localDay(life, s).isBefore(from) && !localDay(life, s).isAfter(to))
                        .mapToDouble(s -> inKm ? s.distance().map(Distance::km).orElse(0.0) : s.minutes().value()).sum();
                most = Math.max(most, block);
            }
            double allowed = most * 1.1;
            // A person starting out (first session under 28 days old) or back after a break (nothing in 28
            // days) may have their level's own week: the starting level, or the level after the break, whose
            // own rules CalibrationRulesTest checks (docs/engine.md, the safety envelope).
            boolean startingOut = done.isEmpty() || ChronoUnit.DAYS.between(localDay(life, done.get(0)), day) < 28;
            if (startingOut || most == 0) {
                double perSession = inKm ? level.distance().map(Distance::km).orElse(0.0) : level.minutes().map(Minutes::value).orElse(0);
                allowed = Math.max(allowed, perSession * level.sessionsPerWeek());
            }
            double rounding = own.size() * (inKm ? 0.01 : 1);
            if (planned > allowed + rounding + 1e-9) {
                run.broke(Invariant.I4, life.seed(), day, String.format("%s plans %.1f %s in the week (%d entries) but"
                                + " the most done in a 7-day block of the last 4 was %.1f (allowed %.1f%s); level %s",
                        activity.code(), planned, inKm ? "km" : "min", own.size(), most, allowed,
                        startingOut ? ", starting out" : "", dose(level)));
            }
        }
    }

    /** I5. */
    private static void hardDays(Lives.Life life, LocalDate day, Assessment a, Run run) {
        long seed = life.seed();
        Map<LocalDate, List<PlannedSession>> byDay = a.plan().stream().filter(SafetyInvariantsTest::hard)
                .collect(Collectors.groupingBy(PlannedSession::date));
        byDay.forEach((date, hard) -> {
            if (hard.size() > 1) {
                run.broke(Invariant.I5, seed, day, "two hard entries on " + date + ": " + entries(hard));
            }
            if (byDay.containsKey(date.plusDays(1))) {
                run.broke(Invariant.I5, seed, day, "hard days back to back: " + entries(hard) + " then "
                        + entries(byDay.get(date.plusDays(1))));
            }
        });
        if (byDay.containsKey(day)) {
            life.history().sessions().stream().filter(s -> localDay(life, s).equals(day.minusDays(1)))
                    .filter(s -> s.rpe().isPresent() && s.rpe().get().value() >= (s.activity() == Activity.STRENGTH ? 7 : 6))
                    .findFirst().ifPresent(s -> run.broke(Invariant.I5, seed, day, "hard today " + entries(byDay.get(day))
                            + " after a hard " + s.activity().code() + " at effort " + s.rpe().get().value() + " yesterday"));
        }
        if (a.flare().isPresent() && !byDay.isEmpty()) {
            run.broke(Invariant.I5, seed, day, "in a flare since " + a.flare().get().since() + ", hard entries "
                    + entries(byDay.values().stream().flatMap(List::stream).toList()));
        }
    }

    /** I6: a level on a day of a flare or a referral is no higher than the day before's on any variable. */
    private static void noLevelRaised(Lives.Life life, LocalDate day, Assessment before, Assessment a, Run run) {
        for (ActivityAssessment act : a.activities()) {
            Optional<Dose> yesterday = before.activities().stream().filter(x -> x.activity() == act.activity())
                    .findFirst().flatMap(ActivityAssessment::currentLevel);
            if (act.currentLevel().isPresent() && yesterday.isPresent() && !within(act.currentLevel().get(), yesterday.get())) {
                List<String> why = new ArrayList<>();
                a.flare().ifPresent(f -> why.add("flare since " + f.since()));
                if (a.referral().inForce()) {
                    why.add("referral " + a.referral().level());
                }
                run.broke(Invariant.I6, life.seed(), day, String.join(", ", why) + ": " + act.activity().code() + " " + dose(yesterday.get()) + " the day before, now "
                        + dose(act.currentLevel().get()));
            }
        }
    }

    /** I7: no entry longer than 110% (rounded down) of the activity's longest session of the last 30 days. */
    private static void spikeGuard(Lives.Life life, LocalDate day, Assessment a, Run run) {
        Map<Activity, Integer> longest = new EnumMap<>(Activity.class);
        for (Session s : life.history().sessions()) {
            long ago = ChronoUnit.DAYS.between(localDay(life, s), day);
            if (ago >= 0 && ago < 30) {
                longest.merge(s.activity(), s.minutes().value(), Math::max);
            }
        }
        for (PlannedSession p : a.plan()) {
            if ((p.kind() == Kind.SESSION || p.kind() == Kind.STRENGTH) && longest.containsKey(p.activity())
                    && p.minutes().isPresent()) {
                int cap = longest.get(p.activity()) * 11 / 10;
                if (p.minutes().get().value() > cap) {
                    run.broke(Invariant.I7, life.seed(), day, entries(List.of(p)) + " but the longest "
                            + p.activity().code() + " of the last 30 days was " + longest.get(p.activity())
                            + " min (guard " + cap + ")");
                }
            }
        }
    }

    /** I9. */
    private static void cuts(Lives.Life life, LocalDate day, Assessment a, Run run) {
        List<Adjustment> adjustments = a.today().adjustments();
        Set<Adjustment.Cause> causes = adjustments.stream().map(Adjustment::cause).collect(Collectors.toSet());
        if (causes.size() != adjustments.size()) {
            run.broke(Invariant.I9, life.seed(), day, "a cause listed twice: " + adjustments(adjustments));
        }
        if (adjustments.stream().anyMatch(x -> x.percent() == 0)) {
            run.broke(Invariant.I9, life.seed(), day, "a cut of 0%: " + adjustments(adjustments));
        }
        for (ActivityAssessment act : a.activities()) {
            List<TodayReason.TodayCut> cuts = act.reasons().stream().flatMap(x -> x instanceof TodayReason.TodayCut c
                    ? java.util.stream.Stream.of(c) : java.util.stream.Stream.empty()).toList();
            List<String> listed = cuts.stream().map(SafetyInvariantsTest::cause).toList();
            if (Set.copyOf(listed).size() != listed.size()) {
                run.broke(Invariant.I9, life.seed(), day, act.activity().code() + " lists a cut twice: " + listed);
            }
            if (cuts.stream().anyMatch(x -> x.percent() == 0)) {
                run.broke(Invariant.I9, life.seed(), day, act.activity().code() + " lists a cut of 0%: " + listed);
            }
        }
    }

    /** The cause a TODAY_CUT reason names: its reason's code, seen through the person's own estimate. */
    private static String cause(TodayReason.TodayCut cut) {
        Reason r = cut.cause();
        if (r instanceof TodayReason.YourOwnCut own) {
            r = own.cause();
        }
        return switch (r.code()) {
            case SHORT_SLEEP, POOR_SLEEP -> "SLEEP";
            case HIGH_STRESS -> "STRESS";
            case LONG_SITTING -> "SITTING";
            case RECENT_RED -> "RECENT_RED";
            case PAIN_UP_TODAY -> "PAIN_TODAY";
            default -> r.code().name();
        };
    }

    // ---- small readings

    /** Hard: effort 6 or more, strength at 7 or more (ENGINE.md section 12). */
    static boolean hard(PlannedSession p) {
        return p.rpeCap() >= (p.activity() == Activity.STRENGTH ? 7 : 6);
    }

    /** A dose no higher than another on any variable both have. */
    static boolean within(Dose d, Dose cap) {
        return d.sessionsPerWeek() <= cap.sessionsPerWeek() && d.rpeCap() <= cap.rpeCap()
                && (d.minutes().isEmpty() || cap.minutes().isEmpty() || d.minutes().get().value() <= cap.minutes().get().value())
                && (d.distance().isEmpty() || cap.distance().isEmpty()
                || d.distance().get().km() <= cap.distance().get().km() + 1e-9);
    }

    /** The plan's sessions of an activity above a dose (minutes, effort, or more entries than its frequency). */
    private static Optional<String> entriesAbove(List<PlannedSession> plan, Activity activity, Dose cap) {
        List<PlannedSession> own = trained(plan, activity);
        List<PlannedSession> above = own.stream().filter(p -> p.rpeCap() > cap.rpeCap() || p.minutes().isPresent()
                && cap.minutes().isPresent() && p.minutes().get().value() > cap.minutes().get().value()).toList();
        if (!above.isEmpty()) {
            return Optional.of(entries(above));
        }
        if (own.size() > cap.sessionsPerWeek()) {
            return Optional.of(own.size() + " entries: " + entries(own));
        }
        return Optional.empty();
    }

    private static List<PlannedSession> trained(List<PlannedSession> plan, Activity activity) {
        return plan.stream().filter(p -> p.activity() == activity && (p.kind() == Kind.SESSION || p.kind() == Kind.STRENGTH))
                .toList();
    }

    /** The sessions of an activity done by the end of a day, oldest first. */
    private static List<Session> done(Lives.Life life, Activity activity, LocalDate day) {
        return life.history().sessions().stream().filter(s -> s.activity() == activity && !localDay(life, s).isAfter(day))
                .sorted(java.util.Comparator.comparing(Session::start)).toList();
    }

    private static LocalDate localDay(Lives.Life life, Session s) {
        return s.start().withZoneSameInstant(life.history().profile().zone()).toLocalDate();
    }

    static String dose(Dose d) {
        return d.sessionsPerWeek() + "x" + (d.minutes().isPresent() ? d.minutes().get().value() + "min" : "")
                + (d.distance().isPresent() ? d.distance().get().km() + "km" : "") + "@" + d.rpeCap();
    }

    static String entries(List<PlannedSession> plan) {
        return plan.stream().map(p -> p.date() + " " + p.activity().code() + " " + p.kind() + " "
                + (p.minutes().isPresent() ? p.minutes().get().value() + "min" : "-") + "@" + p.rpeCap())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String adjustments(List<Adjustment> adjustments) {
        return adjustments.stream().map(x -> x.cause() + " " + x.percent() + "%").collect(Collectors.joining(", "));
    }
}
