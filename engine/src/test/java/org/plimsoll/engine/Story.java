package org.plimsoll.engine;

import org.plimsoll.engine.unit.SessionsPerWeek;
import org.plimsoll.engine.unit.Minutes;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.baseline.BaselineTest;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.history.DeclaredFlare;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.dose.Level;
import org.plimsoll.engine.profile.Goal;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.engine.profile.Units;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.session.Source;
import org.plimsoll.engine.session.StrengthSet;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.ExactMinutes;
import org.plimsoll.engine.unit.Hours;
import org.plimsoll.engine.unit.SleepQuality;
import org.plimsoll.engine.unit.Stress;

/** A person's history told day by day, for tests that read like the rulebook. */
public final class Story {
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final LocalDate DAY_1 = LocalDate.of(2026, 3, 2);

    private Irritability irritability = Irritability.MODERATE;
    private Set<Region> regions = Set.of(Region.LOW);
    private final List<Goal> goals = new ArrayList<>();
    private final List<Level> levels = new ArrayList<>();
    private final List<Session> sessions = new ArrayList<>();
    private final List<CheckIn> checkIns = new ArrayList<>();
    private final List<DailyContext> context = new ArrayList<>();
    private final List<BaselineTest> tests = new ArrayList<>();
    private final List<DeclaredFlare> flares = new ArrayList<>();
    private final List<org.plimsoll.engine.care.CareDecision> care = new ArrayList<>();
    private final List<org.plimsoll.engine.history.CheckUp> checkUps = new ArrayList<>();
    private final List<org.plimsoll.engine.history.Experiment> experiments = new ArrayList<>();
    private int next = 1;

    private org.plimsoll.engine.settings.CoachingSettings settings = org.plimsoll.engine.settings.CoachingSettings.DEFAULT;

    public static Story of() {
        return new Story();
    }

    public static LocalDate day(int n) {
        return DAY_1.plusDays(n - 1L);
    }

    public Story irritability(Irritability i) {
        irritability = i;
        return this;
    }

    public Story regions(Region... r) {
        regions = Set.of(r);
        return this;
    }

    public Story goal(Activity a, int sessionsPerWeek, int minutes, int rpeCap) {
        goals.add(new Goal(a, Optional.of(SessionsPerWeek.of(sessionsPerWeek)), Optional.of(Minutes.of(minutes)),
                Optional.empty(), Optional.of(Effort.of(rpeCap))));
        return this;
    }

    public Story level(Activity a, int day, int sessionsPerWeek, int minutes, int rpeCap) {
        levels.add(new Level(a, day(day), sessionsPerWeek, Optional.of(Minutes.of(minutes)), Optional.empty(), rpeCap));
        return this;
    }

    public Story baselineTest(Activity a, int day, double km, double minutes) {
        tests.add(new BaselineTest(a, day(day), Optional.of(Distance.ofKm(km)), Optional.of(ExactMinutes.of(minutes)),
                Optional.empty()));
        return this;
    }

    /** A baseline test of a posture or activity timed in minutes only (sitting, standing). */
    public Story baselineTest(Activity a, int day, double minutes) {
        tests.add(new BaselineTest(a, day(day), Optional.empty(), Optional.of(ExactMinutes.of(minutes)), Optional.empty()));
        return this;
    }

    /** A strength session at 07:00 with its exercises, and pain 2 in every window; returns its id. */
    public String strengthSession(int day, int minutes, int rpe, StrengthSet... sets) {
        String id = add(Activity.STRENGTH, day, minutes, rpe, List.of(sets));
        for (CheckInWindow w : List.of(CheckInWindow.BEFORE, CheckInWindow.DURING, CheckInWindow.AFTER_1H,
                CheckInWindow.NEXT_MORNING)) {
            checkIn(id, w, 2);
        }
        return id;
    }

    /** A session at 07:00 on a day; returns its id. */
    public String session(Activity a, int day, int minutes, int rpe) {
        return add(a, day, minutes, rpe, List.of());
    }

    private String add(Activity a, int day, int minutes, int rpe, List<StrengthSet> sets) {
        String id = "s" + next++;
        ZonedDateTime start = ZonedDateTime.of(day(day), LocalTime.of(7, 0), LONDON);
        sessions.add(new Session(id, a, start, Minutes.of(minutes), Optional.empty(), Optional.of(new Effort(rpe)), false,
                Optional.empty(), false, Optional.empty(), Optional.empty(), sets, Source.MANUAL));
        return id;
    }

    public Story checkIn(String session, CheckInWindow window, int pain) {
        return checkIn(session, window, pain, false);
    }

    public Story checkIn(String session, CheckInWindow window, int pain, boolean sharp, Symptom... symptoms) {
        Optional<LocalDate> date = Optional.empty();
        if (window == CheckInWindow.NEXT_MORNING) {
            Session s = sessions.stream().filter(x -> x.id().equals(session)).findFirst().orElseThrow();
            date = Optional.of(s.start().toLocalDate().plusDays(1));
        }
        checkIns.add(new CheckIn("c" + next++, Optional.of(session), window, date, Optional.empty(), new Pain(pain),
                sharp, Optional.empty(), Optional.empty(), symptoms.length == 0 ? Set.of()
                : EnumSet.of(symptoms[0], symptoms), false));
        return this;
    }

    /** A NEXT_MORNING check-in of a session dated on a given day (which may not be the morning after). */
    public Story nextMorningOn(String session, int day, int pain) {
        checkIns.add(new CheckIn("c" + next++, Optional.of(session), CheckInWindow.NEXT_MORNING, Optional.of(day(day)),
                Optional.empty(), new Pain(pain), false, Optional.empty(), Optional.empty(), Set.of(), false));
        return this;
    }

    /** A session with before, during, one hour after and next morning pain. */
    public String sessionWithCheckIns(Activity a, int day, int minutes, int rpe, int before, int during, int after,
                                      int morning) {
        String id = session(a, day, minutes, rpe);
        checkIn(id, CheckInWindow.BEFORE, before);
        checkIn(id, CheckInWindow.DURING, during);
        checkIn(id, CheckInWindow.AFTER_1H, after);
        checkIn(id, CheckInWindow.NEXT_MORNING, morning);
        return id;
    }

    public Story daily(int day, int pain, Symptom... symptoms) {
        checkIns.add(new CheckIn("c" + next++, Optional.empty(), CheckInWindow.DAILY, Optional.of(day(day)),
                Optional.empty(), new Pain(pain), false, Optional.empty(), Optional.empty(),
                symptoms.length == 0 ? Set.of() : EnumSet.of(symptoms[0], symptoms), false));
        return this;
    }

    /** A daily check-in entered at a time of day, as the app records them. */
    public Story dailyAt(int day, LocalTime time, int pain, Symptom... symptoms) {
        checkIns.add(new CheckIn("c" + next++, Optional.empty(), CheckInWindow.DAILY, Optional.of(day(day)),
                Optional.of(ZonedDateTime.of(day(day), time, LONDON).toInstant()), new Pain(pain), false,
                Optional.empty(), Optional.empty(), symptoms.length == 0 ? Set.of() : EnumSet.of(symptoms[0], symptoms),
                false));
        return this;
    }

    /** A clearance by a clinician recorded at a time of day, with any symptoms reported in the same check-in. */
    public Story clearedAt(int day, LocalTime time, Symptom... symptoms) {
        checkIns.add(new CheckIn("c" + next++, Optional.empty(), CheckInWindow.DAILY, Optional.of(day(day)),
                Optional.of(ZonedDateTime.of(day(day), time, LONDON).toInstant()), new Pain(2), false,
                Optional.empty(), Optional.empty(), symptoms.length == 0 ? Set.of() : EnumSet.of(symptoms[0], symptoms),
                true));
        return this;
    }

    public Story cleared(int day) {
        checkIns.add(new CheckIn("c" + next++, Optional.empty(), CheckInWindow.DAILY, Optional.of(day(day)),
                Optional.empty(), new Pain(2), false, Optional.empty(), Optional.empty(), Set.of(), true));
        return this;
    }

    /** Morning pain on each day from {@code from} to {@code to}. */
    public Story mornings(int from, int to, int pain) {
        for (int d = from; d <= to; d++) {
            daily(d, pain);
        }
        return this;
    }

    public Story context(int day, Double sleepHours, Integer sleepQuality, Integer stress, Double sitting) {
        context.add(new DailyContext(day(day), Optional.ofNullable(sleepHours).map(Hours::of),
                Optional.ofNullable(sleepQuality).map(SleepQuality::of), Optional.ofNullable(stress).map(Stress::of),
                Optional.ofNullable(sitting).map(Hours::of)));
        return this;
    }

    /** A watch or ring's morning on a day: HRV of a kind (or null) and resting heart rate (or null). */
    public Story morningMeasures(int day, Double hrvMs, org.plimsoll.engine.context.HrvKind kind, Integer restingBpm) {
        context.add(new DailyContext(day(day), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.ofNullable(hrvMs).map(org.plimsoll.engine.unit.Hrv::ofMs),
                hrvMs == null ? Optional.empty() : Optional.of(kind),
                Optional.ofNullable(restingBpm).map(org.plimsoll.engine.unit.HeartRate::ofBpm)));
        return this;
    }

    public Story declareFlare(int day) {
        flares.add(new DeclaredFlare(day(day), Optional.empty()));
        return this;
    }

    /** A clinician's decision; a level they set goes among the levels too, as the store keeps it. */
    public Story clinician(org.plimsoll.engine.care.CareDecision decision) {
        care.add(decision);
        if (decision instanceof org.plimsoll.engine.care.CareDecision.LevelSet set) {
            levels.add(set.level());
        }
        if (decision instanceof org.plimsoll.engine.care.CareDecision.IrritabilitySet set) {
            irritability = set.irritability();
        }
        return this;
    }

    /** An outcome check-up on a day: the week's average pain (or null) and each activity's ability, by name. */
    public Story checkUp(int day, Integer weeklyPain, Object... activityThenScore) {
        List<org.plimsoll.engine.history.CheckUp.Ability> abilities = new ArrayList<>();
        for (int i = 0; i < activityThenScore.length; i += 2) {
            abilities.add(new org.plimsoll.engine.history.CheckUp.Ability((String) activityThenScore[i],
                    (Integer) activityThenScore[i + 1]));
        }
        checkUps.add(new org.plimsoll.engine.history.CheckUp(day(day),
                Optional.ofNullable(weeklyPain).map(Pain::of), abilities));
        return this;
    }

    /** An experiment of the person's (ENGINE.md section 15). */
    public Story experiment(org.plimsoll.engine.history.Experiment e) {
        experiments.add(e);
        return this;
    }

    /** The same story without its experiments (the sessions keep their conditions). */
    public Story experimentless() {
        experiments.clear();
        return this;
    }

    /** The session was done under an experiment's condition. */
    public Story condition(String session, String condition) {
        sessions.replaceAll(s -> s.id().equals(session) ? s.withCondition(condition) : s);
        return this;
    }

    public Story settings(org.plimsoll.engine.settings.CoachingSettings chosen) {
        this.settings = chosen;
        return this;
    }

    public History history() {
        return new History(new Profile(regions, irritability, Units.KM, LONDON, LocalTime.of(7, 30), goals), levels,
                sessions, checkIns, context, tests, flares).withSettings(settings).withCare(care)
                .withCheckUps(checkUps).withExperiments(experiments);
    }

    public Assessment asOf(int day) {
        return Assessment.derivedFrom(history(), day(day));
    }

    /** The codes of some reasons, in order: what tests of the rules assert, with the numbers where they matter. */
    public static List<Reason.Code> codes(List<Reason> reasons) {
        return reasons.stream().map(Reason::code).toList();
    }

    /** The first reason of this kind, with its fields to read. */
    public static <R extends Reason> R first(List<? extends Reason> reasons, Class<R> kind) {
        return reasons.stream().filter(kind::isInstance).map(kind::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind.getSimpleName() + " in " + reasons));
    }
}
