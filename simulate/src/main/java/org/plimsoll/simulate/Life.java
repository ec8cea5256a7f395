package org.plimsoll.simulate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.dose.Level;
import org.plimsoll.engine.history.DeclaredFlare;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.profile.Goal;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.engine.profile.Units;
import org.plimsoll.engine.safety.ShownLevel;
import org.plimsoll.engine.session.RunType;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.session.Source;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.unit.Hours;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.engine.unit.SessionsPerWeek;
import org.plimsoll.engine.unit.Stress;

/**
 * One virtual person living their days under one policy: an easy run on Monday, Wednesday and
 * Friday evening, of the minutes the policy says; check-ins before, during, an hour after and the
 * next morning, and on other mornings, answered from the true capacity with seeded noise; sleep and
 * stress logged every day; flares declared the day they begin. The history is what the engine sees.
 */
final class Life {
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final Set<DayOfWeek> RUN_DAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
    private static final double CALM_PAIN = 2;
    private static final double FLARE_PAIN = 5;
    private static final double NOISE = 0.6;
    private static final int RPE = 4;

    private final VirtualPerson person;
    private final Policy policy;
    private final Random noise;
    private final Profile profile;
    private final List<Level> levels;
    private final List<Session> sessions = new ArrayList<>();
    private final List<CheckIn> checkIns = new ArrayList<>();
    private final List<DailyContext> context = new ArrayList<>();
    private final List<DeclaredFlare> flares = new ArrayList<>();
    private final List<ShownLevel> shown = new ArrayList<>();
    private double base;
    private int flareDaysLeft;
    private boolean flareTomorrow;
    private int nextId = 1;

    private Life(VirtualPerson person, Policy policy, long seed, int policyIndex) {
        this.person = person;
        this.policy = policy;
        this.noise = new Random(seed * 7_919L + person.index() * 31L + policyIndex);
        this.base = person.startCapacity();
        LocalDate first = person.days().get(0).date();
        this.profile = new Profile(Set.of(Region.LOW), Irritability.MODERATE, Units.KM, ZONE, LocalTime.of(7, 30),
                List.of(new Goal(Activity.RUN, Optional.of(SessionsPerWeek.of(3)), Optional.of(new Minutes(60)),
                        Optional.empty(), Optional.of(Effort.of(RPE)))));
        this.levels = List.of(new Level(Activity.RUN, first, 3, Optional.of(new Minutes(person.startMinutes())),
                Optional.empty(), RPE));
    }

    /** What {@code policy} did to {@code person}; the same seed gives the same outcome. */
    static Outcome lived(VirtualPerson person, Policy policy, long seed, int policyIndex) {
        return new Life(person, policy, seed, policyIndex).live();
    }

    private Outcome live() {
        int sessionCount = 0;
        int red = 0;
        int flareCount = 0;
        double minutesRun = 0;
        for (int d = 0; d < person.days().size(); d++) {
            Day day = person.days().get(d);
            if (flareTomorrow || (day.flareOutOfTheBlue() && flareDaysLeft == 0)) {
                flareTomorrow = false;
                flareDaysLeft = Capacity.FLARE_DAYS;
                base = Capacity.atFlare(base);
                flares.add(new DeclaredFlare(day.date(), Optional.empty()));
                flareCount++;
            }
            boolean inFlare = flareDaysLeft > 0;
            double capacity = Capacity.today(base, day, inFlare);
            double background = inFlare ? FLARE_PAIN : CALM_PAIN;
            context.add(new DailyContext(day.date(), Optional.of(Hours.of(day.sleepHours())), Optional.empty(),
                    Optional.of(Stress.of(day.stress())), Optional.empty()));
            int minutes = 0;
            if (RUN_DAYS.contains(day.date().getDayOfWeek())) {
                Policy.Decision decision = policy.decide(new Policy.Situation(day.date(), d / 7, sessionCount,
                        person.startMinutes(), capacity, history(), List.copyOf(shown)));
                shown.addAll(decision.shown());
                minutes = decision.minutes();
            }
            if (minutes > 0) {
                sessionCount++;
                minutesRun += minutes;
                if (Capacity.red(minutes, capacity)) {
                    red++;
                }
                run(day.date(), minutes, capacity, background);
                flareTomorrow = noise.nextDouble() < Capacity.flareChance(minutes, capacity);
                base = Capacity.afterSession(base, minutes, capacity);
            } else {
                morning(day.date(), Optional.empty(), CheckInWindow.DAILY, background);
                base = Capacity.afterRestDay(base);
            }
            flareDaysLeft = Math.max(0, flareDaysLeft - 1);
        }
        return new Outcome(sessionCount, red, flareCount, base - person.startCapacity(), minutesRun);
    }

    private History history() {
        return new History(profile, levels, sessions, checkIns, context, List.of(), flares);
    }

    /** The session and its check-ins: pain rises as the dose nears and passes the day's capacity. */
    private void run(LocalDate date, int minutes, double capacity, double background) {
        ZonedDateTime start = date.atTime(18, 0).atZone(ZONE);
        String id = "s" + nextId++;
        sessions.add(new Session(id, Activity.RUN, start, new Minutes(minutes), Optional.empty(),
                Optional.of(Effort.of(RPE)), false, Optional.of(RunType.EASY), false, Optional.empty(),
                Optional.empty(), List.of(), Source.MANUAL));
        double over = minutes / capacity - 1;
        double during = background + 8 * Math.max(0, over + 0.1);
        checkIn(id, CheckInWindow.BEFORE, start.minusMinutes(5), background);
        checkIn(id, CheckInWindow.DURING, start.plusMinutes(minutes + 2L), during);
        checkIn(id, CheckInWindow.AFTER_1H, start.plusMinutes(minutes + 60L), during + (over > 0 ? 1 : 0));
        morning(date.plusDays(1), Optional.of(id), CheckInWindow.NEXT_MORNING,
                background + (over > 0 ? 1.5 + 5 * over : 0));
    }

    private void checkIn(String sessionId, CheckInWindow window, ZonedDateTime at, double pain) {
        Pain answered = answer(pain);
        checkIns.add(new CheckIn("c" + nextId++, Optional.of(sessionId), window, Optional.empty(),
                Optional.of(at.toInstant()), answered, window == CheckInWindow.DURING && answered.value() >= 7,
                Optional.of(Region.LOW), Optional.empty(), Set.of(), false));
    }

    private void morning(LocalDate date, Optional<String> sessionId, CheckInWindow window, double pain) {
        checkIns.add(new CheckIn("c" + nextId++, sessionId, window, Optional.of(date),
                Optional.of(date.atTime(7, 30).atZone(ZONE).toInstant()), answer(pain), false, Optional.empty(),
                Optional.empty(), Set.of(), false));
    }

    private Pain answer(double pain) {
        return new Pain((int) Math.max(0, Math.min(10, Math.round(pain + noise.nextGaussian() * NOISE))));
    }
}
