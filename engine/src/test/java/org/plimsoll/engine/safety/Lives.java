package org.plimsoll.engine.safety;

import org.plimsoll.engine.unit.SessionsPerWeek;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.baseline.BaselineTest;
import org.plimsoll.engine.care.CareDecision;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.checkin.Urgency;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.history.DeclaredFlare;
import org.plimsoll.engine.history.History;
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
import org.plimsoll.engine.unit.ExactMinutes;
import org.plimsoll.engine.unit.Hours;
import org.plimsoll.engine.unit.SleepQuality;
import org.plimsoll.engine.unit.Stress;
import org.plimsoll.engine.unit.Kilograms;

/**
 * Varied lives of people with back pain, each made from one seed, so that a failing life is told by
 * its seed alone. A life lasts 2 to 40 weeks with one to three activities done mostly as the person
 * can bear (the engine confirms and raises their levels), and the turns that sit between the rules:
 * missing and late check-ins entered out of order, pains of 0 and 10, sharp pains and bad sessions,
 * red-flag symptoms at odd hours with clearances before and after them on the same day, declared
 * flares, a clinician's decisions in flares and under referrals, long breaks, hard days back to
 * back, short nights, stressful days and long sitting.
 */
final class Lives {
    private static final List<Activity> KINDS = List.of(Activity.RUN, Activity.CYCLE, Activity.SWIM, Activity.STRENGTH,
            Activity.WALK, Activity.GOLF);
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/London"), ZoneId.of("Europe/London"),
            ZoneId.of("America/New_York"), ZoneId.of("Australia/Sydney"));
    private static final LocalDate EARLIEST = LocalDate.of(2025, 1, 6);
    private static final List<String> EXERCISES = List.of("goblet squat", "split squat", "suitcase carry",
            "romanian deadlift", "side plank", "bent-over row");

    private Lives() {
    }

    /**
     * One generated life: the history, its first and last day, and the days its answers are checked
     * on (the last day always; one or two others, often a day when something happened).
     */
    record Life(long seed, History history, LocalDate first, LocalDate last, List<LocalDate> assessed, String story) {
        @Override
        public String toString() {
            return "life " + seed + " (" + story + ")";
        }
    }

    /** How one activity is done in this life. */
    private record Habit(Activity activity, int perWeek, int minutes, int rpe, boolean exercises, boolean km) {
    }

    static Life of(long seed) {
        return new Living(seed).live();
    }

    /** Builds one life day by day; its only state is the random source and what was written so far. */
    private static final class Living {
        private final long seed;
        private final SplittableRandom r;
        private final ZoneId zone;
        private final LocalDate first;
        private final int days;
        private final List<Habit> habits = new ArrayList<>();
        private final List<Level> levels = new ArrayList<>();
        private final List<Session> sessions = new ArrayList<>();
        private final List<CheckIn> checkIns = new ArrayList<>();
        private final List<DailyContext> context = new ArrayList<>();
        private final List<BaselineTest> tests = new ArrayList<>();
        private final List<DeclaredFlare> declared = new ArrayList<>();
        private final List<CareDecision> care = new ArrayList<>();
        private final List<CheckUp> checkUps = new ArrayList<>();
        private final TreeSet<LocalDate> eventful = new TreeSet<>();
        private final List<String> story = new ArrayList<>();
        private Irritability irritability;
        private int next = 1;
        private int lastSessionDay = -9;
        private int lastHardDay = -9;

        /** Background pain of each day, flares and extremes included. */
        private final int[] pain;
        /** Days on which no session is done: a long break. */
        private final boolean[] resting;
        // The person's ways, fixed for the life.
        private final double missing;
        private final double badShare;
        private final double growthPerWeek;
        private final double hardShare;
        private final double lateShare;
        private final boolean timed;
        private final boolean logsContext;

        Living(long seed) {
            this.seed = seed;
            this.r = new SplittableRandom(seed);
            this.zone = ZONES.get(r.nextInt(ZONES.size()));
            this.first = EARLIEST.plusDays(r.nextInt(500));
            // 2 to 40 weeks, shorter lives more often: they cost less, and the turns come sooner in them.
            double u = r.nextDouble();
            this.days = 7 * (2 + (int) (39 * u * u));
            this.pain = new int[days + 2];
            this.resting = new boolean[days + 2];
            this.missing = pick(0.0, 0.0, 0.05, 0.15, 0.3);
            this.badShare = pick(0.005, 0.01, 0.02, 0.04, 0.08, 0.2);
            this.growthPerWeek = pick(0.0, 0.02, 0.03, 0.05);
            this.hardShare = chance(0.3) ? pick(0.1, 0.25) : 0;
            this.lateShare = chance(0.35) ? pick(0.1, 0.3) : 0;
            this.timed = chance(0.75);
            this.logsContext = chance(0.6);
            this.irritability = Irritability.values()[r.nextInt(3)];
        }

        Life live() {
            chooseHabits();
            backgroundPain();
            longBreaks();
            for (int d = 0; d < days; d++) {
                day(d);
            }
            redFlags();
            flaresAndClinicians();
            checkUps();
            enteredOutOfOrder();
            List<Region> regions = new ArrayList<>(List.of(Region.values()));
            Collections.shuffle(regions, new java.util.Random(r.nextLong()));
            List<Goal> goals = chance(0.3) ? List.of(goal(habits.get(0))) : List.of();
            Profile profile = new Profile(Set.copyOf(regions.subList(0, 1 + r.nextInt(2))), irritability, Units.KM, zone,
                    LocalTime.of(7, 30), goals);
            History history = new History(profile, levels, sessions, checkIns, context, tests, declared, Map.of())
                    .withCare(care).withCheckUps(checkUps);
            LocalDate last = first.plusDays(days - 1L);
            return new Life(seed, history, first, last, assessed(last), String.join(", ", story));
        }

        private Goal goal(Habit h) {
            return new Goal(h.activity(), Optional.of(SessionsPerWeek.of(Math.min(5, h.perWeek() + 1))),
                    Optional.of(Minutes.of(h.minutes() * 3 / 2)), Optional.empty(), Optional.of(Effort.of(Math.min(8, h.rpe() + 2))));
        }

        private void chooseHabits() {
            List<Activity> kinds = new ArrayList<>(KINDS);
            Collections.shuffle(kinds, new java.util.Random(r.nextLong()));
            int n = 1 + r.nextInt(3);
            for (Activity a : kinds.subList(0, n)) {
                int minutes = switch (a) {
                    case GOLF -> 60 + r.nextInt(150);
                    case CYCLE -> 25 + r.nextInt(50);
                    case WALK -> 20 + r.nextInt(40);
                    default -> 15 + r.nextInt(35);
                };
                Habit h = new Habit(a, 2 + r.nextInt(3), minutes, 2 + r.nextInt(4),
                        a == Activity.STRENGTH && chance(0.6), a == Activity.RUN && chance(0.15));
                habits.add(h);
                story.add(a.code() + " " + h.perWeek() + "x" + h.minutes() + "@" + h.rpe());
                if (chance(0.3)) {
                    // A starting level the person named, sometimes a little above what they then do.
                    int levelMinutes = (int) Math.round(h.minutes() * pick(0.9, 1.0, 1.0, 1.2));
                    levels.add(new Level(a, first, h.perWeek(), h.km() ? Optional.empty() : Optional.of(Minutes.of(levelMinutes)),
                            h.km() ? Optional.of(Distance.ofKm(levelMinutes / 6.0)) : Optional.empty(),
                            Math.min(10, h.rpe() + r.nextInt(2))));
                    story.add("starting level");
                } else if (a != Activity.STRENGTH && a != Activity.GOLF && chance(0.25)) {
                    double onset = h.minutes() * pick(1.0, 1.1, 1.3);
                    tests.add(new BaselineTest(a, first, Optional.of(Distance.ofKm(onset / 6.0)),
                            Optional.of(ExactMinutes.of(onset)), Optional.empty()));
                    story.add("baseline test");
                }
            }
        }

        /** The usual pain, flare-ups of a week or three, and now and then a day of 0 or of 8 to 10. */
        private void backgroundPain() {
            int usual = r.nextInt(20) < 6 ? 0 : r.nextInt(20) < 17 ? 1 + r.nextInt(3) : 4 + r.nextInt(2);
            double extremes = pick(0.0, 0.01, 0.03);
            int[] bump = new int[days + 2];
            int flareUps = r.nextInt(10) < 7 ? 0 : 1 + r.nextInt(2);
            for (int f = 0; f < flareUps; f++) {
                int from = r.nextInt(days);
                int len = 5 + r.nextInt(20);
                int size = 2 + r.nextInt(4);
                for (int d = from; d < Math.min(days + 2, from + len); d++) {
                    bump[d] = Math.max(bump[d], size);
                }
                eventful.add(first.plusDays(from + Math.min(3, len - 1)));
                story.add("flare-up day " + from);
            }
            for (int d = 0; d < days + 2; d++) {
                int p = usual + bump[d] + (r.nextInt(4) == 0 ? r.nextInt(3) - 1 : 0);
                if (chance(extremes)) {
                    p = chance(0.5) ? 0 : 8 + r.nextInt(3);
                    if (p >= 8) {
                        eventful.add(first.plusDays(d));
                    }
                }
                pain[d] = clamp(p);
            }
        }

        private void longBreaks() {
            if (days < 42 || !chance(0.3)) {
                return;
            }
            int len = 20 + r.nextInt(61);
            int from = r.nextInt(Math.max(1, days - 14));
            for (int d = from; d < Math.min(days + 2, from + len); d++) {
                resting[d] = true;
            }
            story.add("break " + len + "d from day " + from);
            eventful.add(first.plusDays(Math.min(days - 1, from + len)));
        }

        /** One day: context, the morning's pain, and the sessions with their check-ins. */
        private void day(int d) {
            LocalDate date = first.plusDays(d);
            if (logsContext && chance(0.75)) {
                boolean shortNight = chance(0.15);
                context.add(new DailyContext(date,
                        Optional.of(Hours.of(shortNight ? 3 + r.nextInt(3) : 6 + r.nextInt(4) + r.nextInt(2) / 2.0)),
                        chance(0.8) ? Optional.of(SleepQuality.of(shortNight ? 1 + r.nextInt(2) : 2 + r.nextInt(4)))
                                : Optional.empty(),
                        chance(0.85) ? Optional.of(Stress.of(chance(0.15) ? 7 + r.nextInt(4) : r.nextInt(7)))
                                : Optional.empty(),
                        chance(0.7) ? Optional.of(Hours.of(chance(0.2) ? 8 + r.nextInt(4) : 1 + r.nextInt(7)))
                                : Optional.empty()));
            }
            boolean sessionYesterday = lastSessionDay == d - 1;
            if (!sessionYesterday && !chance(missing) && chance(0.8)) {
                daily(date, LocalTime.of(7, 0).plusMinutes(r.nextInt(120)), pain[d], Set.of(), false);
            }
            if (resting[d]) {
                return;
            }
            boolean hardYesterday = lastHardDay == d - 1;
            for (Habit h : habits) {
                if (!chance(h.perWeek() / 7.0)) {
                    continue;
                }
                session(d, h, hardYesterday);
            }
        }

        private void session(int d, Habit h, boolean hardYesterday) {
            LocalDate date = first.plusDays(d);
            double growth = Math.min(1.8, 1 + growthPerWeek * d / 7.0);
            int minutes = Math.max(5, (int) Math.round(h.minutes() * growth * (0.9 + r.nextDouble() * 0.2)));
            int rpe = clampRpe(h.rpe() + (r.nextInt(5) == 0 ? r.nextInt(3) - 1 : 0));
            Optional<RunType> type = h.activity() == Activity.RUN ? Optional.of(RunType.EASY) : Optional.empty();
            if (hardShare > 0 && (chance(hardShare) || hardYesterday && chance(0.5))) {
                rpe = 6 + r.nextInt(4);
                type = h.activity() == Activity.RUN ? Optional.of(chance(0.5) ? RunType.TEMPO : RunType.INTERVALS) : type;
                eventful.add(date.plusDays(1));
            }
            String id = "s" + next++;
            lastSessionDay = d;
            if (rpe >= 6) {
                lastHardDay = d;
            }
            ZonedDateTime start = ZonedDateTime.of(date, LocalTime.of(6, 0).plusMinutes(r.nextInt(14 * 60)), zone);
            List<StrengthSet> sets = h.exercises() ? exercises() : List.of();
            Optional<Distance> km = h.km() || h.activity() == Activity.CYCLE && chance(0.5)
                    ? Optional.of(Distance.ofKm(Math.round(minutes / (h.activity() == Activity.CYCLE ? 2.5 : 6.0) * 10) / 10.0))
                    : Optional.empty();
            sessions.add(new Session(id, h.activity(), start, Minutes.of(minutes), km, Optional.of(new Effort(rpe)), false, type,
                    chance(0.1), Optional.empty(), Optional.empty(), sets, chance(0.1) ? Source.IMPORT : Source.MANUAL));
            boolean bad = chance(badShare + (pain[d] >= 5 ? 0.15 : 0) + (rpe >= 7 ? 0.05 : 0));
            int before = pain[d];
            int during = clamp(before + (bad ? 2 + r.nextInt(5) : r.nextInt(2)));
            int after = clamp(during + r.nextInt(3) - 1);
            int morning = clamp(pain[d + 1] + (bad && chance(0.6) ? 2 + r.nextInt(3) : 0));
            Instant begin = start.toInstant();
            Instant end = begin.plus(Duration.ofMinutes(minutes));
            if (!chance(missing)) {
                forSession(id, CheckInWindow.BEFORE, Optional.empty(), begin.minus(Duration.ofMinutes(5)), before, false);
            }
            if (!chance(missing)) {
                forSession(id, CheckInWindow.DURING, Optional.empty(), end.plus(Duration.ofMinutes(10)), during,
                        bad && chance(0.25));
            }
            if (!chance(missing)) {
                forSession(id, CheckInWindow.AFTER_1H, Optional.empty(), end.plus(Duration.ofHours(1)), after, false);
            }
            if (!chance(missing)) {
                LocalDate nextDay = date.plusDays(1);
                // Now and then the morning answer is dated a day too late (it then no longer answers the 24-hour rule).
                LocalDate dated = chance(0.03) ? nextDay.plusDays(1) : nextDay;
                forSession(id, CheckInWindow.NEXT_MORNING, Optional.of(dated),
                        ZonedDateTime.of(dated, LocalTime.of(6, 30).plusMinutes(r.nextInt(150)), zone).toInstant(),
                        morning, false);
            }
        }

        private List<StrengthSet> exercises() {
            List<StrengthSet> sets = new ArrayList<>();
            int n = 2 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                sets.add(new StrengthSet(EXERCISES.get(r.nextInt(EXERCISES.size())), 2 + r.nextInt(3), 6 + r.nextInt(8),
                        chance(0.7) ? Optional.of(Kilograms.of(8 + r.nextInt(40))) : Optional.empty()));
            }
            return sets;
        }

        /** Red-flag symptoms of each urgency at odd hours, each sometimes cleared, even the same day. */
        private void redFlags() {
            int reports = r.nextInt(10) < 6 ? 0 : 1 + r.nextInt(3);
            Symptom[] all = Symptom.values();
            for (int k = 0; k < reports; k++) {
                Urgency urgency = List.of(Urgency.EMERGENCY, Urgency.SAME_DAY, Urgency.SOON, Urgency.SOON)
                        .get(r.nextInt(4));
                List<Symptom> ofUrgency = java.util.Arrays.stream(all).filter(s -> s.urgency() == urgency).toList();
                Set<Symptom> symptoms = EnumSet.of(ofUrgency.get(r.nextInt(ofUrgency.size())));
                if (chance(0.15)) {
                    symptoms.add(all[r.nextInt(all.length)]);
                }
                int d = r.nextInt(days);
                LocalDate date = first.plusDays(d);
                LocalTime at = LocalTime.of(r.nextInt(24), r.nextInt(60));
                boolean inSession = chance(0.3);
                Optional<Session> that = sessions.stream().filter(s -> s.start().toLocalDate().equals(date)).findFirst();
                if (inSession && that.isPresent()) {
                    String id = "c" + next++;
                    checkIns.add(new CheckIn(id, Optional.of(that.get().id()), CheckInWindow.AFTER_1H, Optional.empty(),
                            recorded(that.get().start().toInstant().plus(Duration.ofMinutes(that.get().minutes().value() + 60))),
                            new Pain(clamp(pain[d] + 1)), false, Optional.empty(), Optional.empty(), symptoms, false));
                    at = that.get().start().toLocalTime().plusMinutes(that.get().minutes().value() + 60L);
                } else {
                    daily(date, at, pain[d], symptoms, false);
                }
                eventful.add(date);
                story.add(symptoms + " day " + d);
                if (chance(0.6)) {
                    clearance(d, at);
                }
            }
            if (chance(0.05)) {
                clearance(r.nextInt(days), LocalTime.of(r.nextInt(24), 0));
            }
        }

        /** A clinician's clearance after a report at {@code at} on day {@code d}: the same day (before or after it) or later. */
        private void clearance(int d, LocalTime at) {
            int after = chance(0.35) ? 0 : 1 + r.nextInt(20);
            LocalDate date = first.plusDays(Math.min(days - 1, d + after));
            LocalTime time = LocalTime.of(8 + r.nextInt(10), r.nextInt(60));
            if (after == 0) {
                boolean before = chance(0.5);
                LocalTime moved = before ? at.minusHours(1 + r.nextInt(3)) : at.plusHours(1 + r.nextInt(3));
                // An hour that wrapped past midnight stays on the day, at its edge.
                time = before == moved.isBefore(at) ? moved : before ? LocalTime.MIN : LocalTime.of(23, 59);
            }
            story.add("cleared day " + (d + after) + (after == 0 ? " " + time : ""));
            eventful.add(date);
            if (chance(0.5)) {
                daily(date, time, pain[Math.min(days - 1, d + after)], chance(0.1) ? Set.of(Symptom.NIGHT_PAIN) : Set.of(),
                        true);
            } else {
                care.add(new CareDecision.Cleared(ZonedDateTime.of(date, time, zone).toInstant(), date, "seen in clinic"));
            }
        }

        /** Flares the person declares, and a clinician's levels, flares, ends and irritability at odd moments. */
        private void flaresAndClinicians() {
            if (chance(0.15)) {
                int d = r.nextInt(days);
                declared.add(new DeclaredFlare(first.plusDays(d), chance(0.5) ? Optional.of("stiff again") : Optional.empty()));
                eventful.add(first.plusDays(d));
                story.add("declared flare day " + d);
            }
            if (!chance(0.3)) {
                return;
            }
            int decisions = 1 + r.nextInt(4);
            for (int k = 0; k < decisions; k++) {
                int d = r.nextInt(days);
                LocalDate date = first.plusDays(d);
                eventful.add(date);
                switch (r.nextInt(4)) {
                    case 0 -> {
                        Habit h = habits.get(r.nextInt(habits.size()));
                        int minutes = (int) Math.round(h.minutes() * pick(0.7, 1.0, 1.3, 1.6));
                        Level level = new Level(h.activity(), date, 2 + r.nextInt(4), Optional.of(Minutes.of(minutes)),
                                Optional.empty(), 3 + r.nextInt(5));
                        care.add(new CareDecision.LevelSet(level, "set in clinic"));
                        levels.add(level);
                        story.add("clinician level " + h.activity().code() + " " + level.sessionsPerWeek() + "x" + minutes
                                + "@" + level.rpeCap() + " day " + d);
                    }
                    case 1 -> {
                        care.add(new CareDecision.FlareDeclared(date, "flaring"));
                        story.add("clinician flare day " + d);
                        if (chance(0.6)) {
                            int end = Math.min(days - 1, d + r.nextInt(15));
                            care.add(new CareDecision.FlareEnded(first.plusDays(end), "settled"));
                            story.add("clinician flare end day " + end);
                        }
                    }
                    case 2 -> {
                        care.add(new CareDecision.FlareEnded(date, "settled"));
                        story.add("clinician flare end day " + d);
                    }
                    default -> {
                        irritability = Irritability.values()[r.nextInt(3)];
                        care.add(new CareDecision.IrritabilitySet(irritability, date, "assessed"));
                        story.add("clinician irritability day " + d);
                    }
                }
            }
        }

        private void checkUps() {
            if (!chance(0.2)) {
                return;
            }
            for (int d = 13; d < days; d += 14) {
                checkUps.add(new CheckUp(first.plusDays(d), Optional.of(Pain.of(pain[d])),
                        List.of(new CheckUp.Ability(habits.get(0).activity().code(), clamp(10 - pain[d])))));
            }
        }

        /** Offline check-ins sync late: some entries move later in the list than those entered after them. */
        private void enteredOutOfOrder() {
            if (!chance(0.3)) {
                return;
            }
            story.add("out of order");
            for (int k = 0; k < checkIns.size() / 4; k++) {
                int i = r.nextInt(checkIns.size());
                int j = Math.min(checkIns.size() - 1, i + 1 + r.nextInt(8));
                Collections.swap(checkIns, i, j);
            }
        }

        private void daily(LocalDate date, LocalTime time, int p, Set<Symptom> symptoms, boolean cleared) {
            checkIns.add(new CheckIn("c" + next++, Optional.empty(), CheckInWindow.DAILY, Optional.of(date),
                    // A symptom or a clearance keeps its hour: the same-day order is what is being tried.
                    symptoms.isEmpty() && !cleared ? recorded(ZonedDateTime.of(date, time, zone).toInstant())
                            : Optional.of(ZonedDateTime.of(date, time, zone).toInstant()), new Pain(p), false, Optional.empty(),
                    Optional.empty(), symptoms, cleared));
        }

        private void forSession(String session, CheckInWindow window, Optional<LocalDate> date, Instant felt, int p,
                                boolean sharp) {
            checkIns.add(new CheckIn("c" + next++, Optional.of(session), window, date, recorded(felt), new Pain(p), sharp,
                    Optional.empty(), chance(0.1) ? Optional.of(Minutes.of(r.nextInt(60))) : Optional.empty(), Set.of(), false));
        }

        /** When a check-in was entered: when it was felt, or hours to days later; or not known at all. */
        private Optional<Instant> recorded(Instant felt) {
            if (!timed) {
                return Optional.empty();
            }
            if (lateShare > 0 && chance(lateShare)) {
                return Optional.of(felt.plus(Duration.ofMinutes(30 + r.nextInt(60 * 72))));
            }
            return Optional.of(felt);
        }

        /** The last day, and one or two others, often one on which something happened. */
        private List<LocalDate> assessed(LocalDate last) {
            TreeSet<LocalDate> chosen = new TreeSet<>();
            chosen.add(last);
            int others = chance(0.5) ? 1 : 2;
            List<LocalDate> interesting = eventful.stream().filter(d -> d.isAfter(first) && d.isBefore(last)).toList();
            for (int k = 0; k < others; k++) {
                if (!interesting.isEmpty() && chance(0.6)) {
                    chosen.add(interesting.get(r.nextInt(interesting.size())));
                } else if (days > 2) {
                    chosen.add(first.plusDays(1 + r.nextInt(days - 2)));
                }
            }
            return List.copyOf(chosen);
        }

        private boolean chance(double p) {
            return r.nextDouble() < p;
        }

        private double pick(double... options) {
            return options[r.nextInt(options.length)];
        }

        private static int clamp(int p) {
            return Math.max(0, Math.min(10, p));
        }

        private static int clampRpe(int rpe) {
            return Math.max(1, Math.min(10, rpe));
        }
    }
}
