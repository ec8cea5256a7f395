package org.plimsoll.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.level.ActivityAssessment;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.baseline.BaselineTest;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.history.DeclaredFlare;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.dose.Level;
import org.plimsoll.engine.history.CheckUp;
import org.plimsoll.engine.profile.Goal;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.engine.profile.Units;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.session.RunType;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.session.Source;
import org.plimsoll.engine.session.StrengthSet;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.ExactMinutes;
import org.plimsoll.engine.unit.Hours;
import org.plimsoll.engine.unit.Kilograms;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.unit.SessionsPerWeek;
import org.plimsoll.engine.unit.SleepQuality;
import org.plimsoll.engine.unit.Stress;

/**
 * A believable, deterministic history for the demo account and for load tests: a runner with a
 * sensitive low back, 3–5 run/strength/cycle sessions a week, check-ins in every window with some
 * forgotten, daily context, one baseline test in the first week, and a flare around week 7 (and
 * every 26 weeks after in longer histories). The same end date and weeks give the same history.
 * Like a person using the app, the demo reads the engine's level each Monday and trains just
 * inside it, except for the one long run that sets off each flare.
 */
public final class DemoHistory {
    private static final long SEED = 20_260_301L;
    private static final int FIRST_FLARE_WEEK = 7;
    private static final int FLARE_EVERY_WEEKS = 26;

    private final Random random = new Random(SEED);
    private final ZoneId zone;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final List<Session> sessions = new ArrayList<>();
    private final List<CheckIn> checkIns = new ArrayList<>();
    private final List<DailyContext> context = new ArrayList<>();
    private final List<DeclaredFlare> flares = new ArrayList<>();
    private int nextId = 1;
    /** Morning pain the back settles to; rises in a flare and eases after. */
    private double background = 2.0;
    private final Profile profile;
    private final List<Level> levels;
    private final List<BaselineTest> tests;
    /** This week's level per activity, as the engine gave it on Sunday evening. */
    private Map<Activity, Dose> lines = Map.of();

    private DemoHistory(LocalDate lastDay, int weeks, ZoneId zone) {
        this.zone = zone;
        this.lastDay = lastDay;
        this.firstDay = lastDay.minusDays(weeks * 7L - 1);
        this.profile = new Profile(Set.of(Region.LOW), Irritability.MODERATE, Units.KM, zone, LocalTime.of(7, 30),
                List.of(new Goal(Activity.RUN, Optional.of(SessionsPerWeek.of(4)), Optional.of(new Minutes(45)),
                        Optional.empty(), Optional.of(Effort.of(6)))));
        this.levels = List.of(new Level(Activity.RUN, firstDay, 3, Optional.of(new Minutes(25)), Optional.empty(), 4));
        this.tests = List.of(new BaselineTest(Activity.RUN, firstDay.plusDays(1),
                Optional.of(Distance.ofKm(4.0)), Optional.of(ExactMinutes.of(26)), Optional.empty()));
    }

    /** {@code weeks} weeks of history ending on {@code lastDay} (included), in {@code zone}. */
    public static History generate(LocalDate lastDay, int weeks, ZoneId zone) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1");
        }
        return new DemoHistory(lastDay, weeks, zone).build(weeks);
    }

    private History build(int weeks) {
        for (int week = 0; week < weeks; week++) {
            buildWeek(week);
        }
        return sessionsSoFar().withCheckUps(checkUps());
    }

    /**
     * The history so far without its check-ups: levels do not read them, and building them every
     * week made the generator quadratic in the number of weeks.
     */
    private History sessionsSoFar() {
        return new History(profile, levels, sessions, checkIns, context, tests, flares);
    }

    /**
     * A check-up every 14 days from the second day: the week's average pain is the mean of that week's
     * mornings, and three activities the runner named get easier as the weeks pass and harder in a flare.
     */
    private List<CheckUp> checkUps() {
        Map<String, LocalDate> sessionDays = new java.util.HashMap<>();
        sessions.forEach(s -> sessionDays.put(s.id(), s.start().withZoneSameInstant(zone).toLocalDate()));
        Map<LocalDate, List<Integer>> mornings = new java.util.HashMap<>();
        checkIns.stream().filter(c -> c.window().isMorningPain()).forEach(c -> mornings.computeIfAbsent(
                c.date().orElseGet(() -> sessionDays.get(c.sessionId().orElseThrow()).plusDays(1)),
                d -> new ArrayList<>()).add(c.pain().value()));
        List<CheckUp> out = new ArrayList<>();
        for (LocalDate day = firstDay.plusDays(1); !day.isAfter(lastDay); day = day.plusDays(14)) {
            java.util.OptionalDouble pain = day.minusDays(6).datesUntil(day.plusDays(1))
                    .flatMap(d -> mornings.getOrDefault(d, List.of()).stream())
                    .mapToInt(Integer::intValue).average();
            if (pain.isEmpty()) {
                continue;
            }
            int gain = Math.min(4, (int) (java.time.temporal.ChronoUnit.DAYS.between(firstDay, day) / 42));
            int flare = pain.getAsDouble() >= 3.5 ? 3 : 0;
            out.add(new CheckUp(day, Optional.of(Pain.of((int) Math.round(pain.getAsDouble()))), List.of(
                    new CheckUp.Ability("running 5 km", ability(4 + gain - flare)),
                    new CheckUp.Ability("lifting my daughter", ability(5 + gain - flare)),
                    new CheckUp.Ability("sitting through a film", ability(6 + gain / 2 - flare / 2)))));
        }
        return out;
    }

    private static int ability(int score) {
        return Math.max(0, Math.min(10, score));
    }

    /** The level of each activity in force at the end of {@code day}, as the engine sees it. */
    private Map<Activity, Dose> linesAsOf(LocalDate day) {
        Map<Activity, Dose> result = new EnumMap<>(Activity.class);
        for (ActivityAssessment a : Assessment.derivedFrom(sessionsSoFar(), day).activities()) {
            a.currentLevel().ifPresent(level -> result.put(a.activity(), level));
        }
        return result;
    }

    private void buildWeek(int week) {
        LocalDate monday = firstDay.plusWeeks(week);
        boolean flareWeek = week >= FIRST_FLARE_WEEK - 1 && (week - (FIRST_FLARE_WEEK - 1)) % FLARE_EVERY_WEEKS == 0;
        int count = 3 + random.nextInt(3);
        List<Integer> days = pickDays(count);
        lines = week == 0 ? Map.of() : linesAsOf(monday.minusDays(1));
        for (int day = 0; day < 7; day++) {
            LocalDate date = monday.plusDays(day);
            if (date.isAfter(lastDay)) {
                return;
            }
            dailyContext(date);
            background = Math.max(1.5, background - 0.25);
            if (days.contains(day)) {
                boolean boom = flareWeek && day == days.get(0);
                session(date, boom);
            } else if (random.nextDouble() < 0.6) {
                checkIns.add(new CheckIn(id("c"), Optional.empty(), CheckInWindow.DAILY, Optional.of(date),
                        Optional.of(date.atTime(7, 35).atZone(zone).toInstant()), pain(background), false,
                        Optional.empty(), Optional.empty(), Set.of(), false));
            }
        }
    }

    private List<Integer> pickDays(int count) {
        List<Integer> all = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6));
        java.util.Collections.shuffle(all, random);
        List<Integer> days = new ArrayList<>(all.subList(0, count));
        days.sort(Integer::compare);
        return days;
    }

    private void dailyContext(LocalDate date) {
        if (random.nextDouble() < 0.1) {
            return;
        }
        double sleep = Math.round((5.5 + random.nextDouble() * 3.0) * 2) / 2.0;
        int quality = 2 + random.nextInt(4);
        int stress = 2 + random.nextInt(7);
        double sitting = Math.round((4 + random.nextDouble() * 6) * 2) / 2.0;
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        context.add(new DailyContext(date, Optional.of(Hours.of(sleep)), Optional.of(SleepQuality.of(quality)),
                Optional.of(Stress.of(stress)), Optional.of(Hours.of(weekend ? Math.min(sitting, 4) : sitting))));
    }

    private void session(LocalDate date, boolean boom) {
        double roll = random.nextDouble();
        Activity activity = boom || roll < 0.5 ? Activity.RUN : roll < 0.75 ? Activity.STRENGTH : Activity.CYCLE;
        ZonedDateTime start = date.atTime(random.nextBoolean() ? LocalTime.of(7, 0) : LocalTime.of(18, 0)).atZone(zone);
        int minutes;
        int rpe;
        Optional<RunType> runType = Optional.empty();
        Optional<Distance> distance = Optional.empty();
        List<StrengthSet> sets = List.of();
        // Most sessions land at 90–100% of the level (so they count toward it), at or under its RPE cap.
        Optional<Dose> line = Optional.ofNullable(lines.get(activity));
        double share = 0.90 + random.nextDouble() * 0.10;
        if (boom) {
            minutes = 2 * line.flatMap(l -> l.minutes().isPresent() ? Optional.of(l.minutes().get().value())
                    : Optional.empty()).orElse(25);
            rpe = 7;
            runType = Optional.of(RunType.LONG);
            distance = Optional.of(Distance.ofKm(Math.round(minutes / 5.6 * 10) / 10.0));
        } else if (activity == Activity.RUN) {
            minutes = inside(line, 25 + random.nextInt(5) - 2, share);
            rpe = capped(line, 3 + random.nextInt(2));
            runType = Optional.of(RunType.EASY);
            distance = Optional.of(Distance.ofKm(Math.round(minutes / 6.2 * 10) / 10.0));
        } else if (activity == Activity.CYCLE) {
            minutes = inside(line, 30 + random.nextInt(16), share);
            rpe = capped(line, 3 + random.nextInt(2));
            distance = Optional.of(Distance.ofKm(Math.round(minutes / 2.4 * 10) / 10.0));
        } else {
            minutes = inside(line, 30, share);
            rpe = capped(line, 5);
            sets = List.of(new StrengthSet("goblet squat", 3, 10, Optional.of(Kilograms.of(16))),
                    new StrengthSet("bridge", 3, 12, Optional.empty()),
                    new StrengthSet("suitcase carry", 3, 1, Optional.of(Kilograms.of(20))));
        }
        String id = id("s");
        sessions.add(new Session(id, activity, start, new Minutes(minutes), distance, Optional.of(new Effort(rpe)), false, runType,
                false, Optional.empty(), Optional.empty(), sets, Source.DEMO));

        // Pain stays near the background; the long run that sets off a flare does not.
        double before = Math.round(background);
        // On calm days about one session in five nudges the line; in a flare, the easier sessions hold steady.
        double during = boom ? 6 : before + (background < 3 && random.nextDouble() < 0.2 ? 1 : 0);
        double after = boom ? 6 : during + (random.nextDouble() < 0.15 ? 1 : 0);
        double morning = boom ? background + 3.5 : background + (random.nextDouble() < 0.15 ? 1 : 0);
        checkIn(id, CheckInWindow.BEFORE, start.minusMinutes(5), before, 0.9);
        checkIn(id, CheckInWindow.DURING, start.plusMinutes(minutes + 2), during, 0.85);
        checkIn(id, CheckInWindow.AFTER_1H, start.plusMinutes(minutes + 60), after, 0.75);
        LocalDate nextMorning = date.plusDays(1);
        if (!nextMorning.isAfter(lastDay) && random.nextDouble() < (boom ? 1.0 : 0.85)) {
            checkIns.add(new CheckIn(id("c"), Optional.of(id), CheckInWindow.NEXT_MORNING, Optional.of(nextMorning),
                    Optional.of(nextMorning.atTime(7, 30).atZone(zone).toInstant()), pain(morning), false,
                    Optional.empty(), Optional.empty(), Set.of(), false));
        }
        if (boom) {
            background = 4.0;
            flares.add(new DeclaredFlare(nextMorning, Optional.of("Back flared after a long run")));
            // The next morning the app shows the flare's reduced level, and the demo follows it.
            lines = linesAsOf(nextMorning);
        }
    }

    private static int inside(Optional<Dose> line, int withoutLevel, double share) {
        if (line.isEmpty() || line.get().minutes().isEmpty()) {
            return withoutLevel;
        }
        return Math.max(5, (int) Math.round(line.get().minutes().get().value() * share));
    }

    private static int capped(Optional<Dose> line, int rpe) {
        return line.map(l -> Math.min(rpe, l.rpeCap())).orElse(rpe);
    }

    private void checkIn(String sessionId, CheckInWindow window, ZonedDateTime at, double pain, double chance) {
        if (random.nextDouble() >= chance) {
            return;
        }
        boolean sharp = window == CheckInWindow.DURING && pain >= 6;
        checkIns.add(new CheckIn(id("c"), Optional.of(sessionId), window, Optional.empty(),
                Optional.of(at.toInstant()), pain(pain), sharp, Optional.of(Region.LOW), Optional.empty(),
                Set.of(), false));
    }

    private static Pain pain(double value) {
        return new Pain((int) Math.max(0, Math.min(10, Math.round(value))));
    }

    private String id(String prefix) {
        return prefix + nextId++;
    }
}
