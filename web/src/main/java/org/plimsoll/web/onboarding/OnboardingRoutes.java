package org.plimsoll.web.onboarding;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.baseline.BaselineTest;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.dose.Level;
import org.plimsoll.engine.profile.Goal;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.form.Entered;
import org.plimsoll.web.form.FormBody;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.words.Wording;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.unit.SessionsPerWeek;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.ExactMinutes;
import org.plimsoll.engine.unit.Reps;

/**
 * The first visit: back regions, activities and goals, irritability, the red-flag screen of
 * ENGINE.md section 9, and per activity either a baseline test or a comfortable starting level.
 * Everything lands in one transaction; the red-flag answers go in as today's check-in, so the
 * today page shows the referral first if one is needed.
 */
public final class OnboardingRoutes {
    /** Activities offered: everything one trains, not the daily postures or "other". */
    public static final List<Activity> ACTIVITIES = Activity.TRAINED;
    /** Back exercises left blank start at 3 a week of 10 minutes, effort up to 3: short, easy, regular. */
    public static final int BACK_EXERCISES_SESSIONS = 3;
    public static final int BACK_EXERCISES_MINUTES = 10;

    /** An activity's fields, by the start of their names, and what a person calls them. */
    static final Map<String, String> ACTIVITY_FIELDS = new LinkedHashMap<>();

    static {
        ACTIVITY_FIELDS.put("goalSessions", "goal, times a week");
        ACTIVITY_FIELDS.put("goalMinutes", "goal, minutes each");
        ACTIVITY_FIELDS.put("levelSessions", "times a week");
        ACTIVITY_FIELDS.put("levelMinutes", "minutes each");
        ACTIVITY_FIELDS.put("levelRpe", "effort up to");
        ACTIVITY_FIELDS.put("testMinutes", "baseline test, minutes");
        ACTIVITY_FIELDS.put("testDistance", "baseline test, distance");
        ACTIVITY_FIELDS.put("testReps", "baseline test, reps");
    }

    /**
     * The onboarding page, with the problems of the last attempt and what was entered in it, so
     * that nothing typed is lost to an error.
     */
    public record View(Snapshot snapshot, List<FieldError> problems, Entered entered) {
        /** Whether an activity's section should open: it was ticked or has something in it. */
        public boolean open(Activity a) {
            return entered.ticked("activities", a.code(), false) || ACTIVITY_FIELDS.keySet().stream()
                    .anyMatch(f -> !entered.value(f + "-" + a.code()).isBlank());
        }

        /** A problem in words: "Running, minutes each: must be a number from 1 to 600". */
        public String problem(FieldError e) {
            int dash = e.field().indexOf('-');
            if (dash < 0 || !ACTIVITY_FIELDS.containsKey(e.field().substring(0, dash))) {
                return e.message();
            }
            String activity = Activity.fromCode(e.field().substring(dash + 1)).map(Wording::activity).orElse("");
            String words = activity + ", " + ACTIVITY_FIELDS.get(e.field().substring(0, dash));
            return e.message().startsWith(activity) ? e.message() : words + ": " + e.message();
        }

        /** The ids of a field's problems, for its aria-describedby; null (no attribute) when it has none. */
        public String describedBy(String field) {
            String ids = java.util.stream.IntStream.range(0, problems.size()).filter(i -> problems.get(i).field().equals(field))
                    .mapToObj(i -> "problem-" + i).collect(java.util.stream.Collectors.joining(" "));
            return ids.isEmpty() ? null : ids;
        }
    }
    private final Wiring web;
    private final HistoryRepository histories;

    public OnboardingRoutes(Wiring web) {
        this.web = web;
        this.histories = new HistoryRepository(web.database());
    }

    public void register(RoutesConfig routes) {
        routes.get("/onboarding", ctx -> Guard.with(ctx, account ->
                web.pages().render(ctx, "onboarding.jte", "Getting started", "", new View(web.snapshots().of(account),
                        List.of(), Entered.NOTHING))), Access.SIGNED_IN);
        routes.post("/onboarding", this::save, Access.SIGNED_IN);
        routes.post("/onboarding/skip", ctx -> {
            Account account = Guard.account(ctx);
            web.profiles().setOnboarded(account.id(), true);
            ctx.redirect("/today", HttpStatus.SEE_OTHER);
        }, Access.SIGNED_IN);
    }

    private void save(Context ctx) {
        Account account = Guard.account(ctx);
        Snapshot s = web.snapshots().of(account);
        List<FieldError> errors = new ArrayList<>();
        FormBody form = new FormBody(ctx);
        Set<Region> regions = EnumSet.noneOf(Region.class);
        ctx.formParams("regions").forEach(r -> FormBody.choice(Region.class, r).ifPresent(regions::add));
        if (regions.isEmpty()) {
            errors.add(new FieldError("regions", "choose at least one part of the back"));
        }
        Optional<Irritability> irritability = FormBody.choice(Irritability.class, ctx.formParam("irritability"));
        if (irritability.isEmpty()) {
            errors.add(new FieldError("irritability", "choose how easily your back is stirred up"));
        }
        Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
        ctx.formParams("symptoms").forEach(c -> Symptom.fromCode(c).ifPresent(symptoms::add));
        OptionalInt pain = form.whole("pain", 0, 10, errors);
        if (pain.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("pain"))) {
            errors.add(new FieldError("pain", "say how much your back hurts today, from 0 (none) to 10 (worst)"));
        }
        // Something entered for an activity that is not ticked would be lost without a word.
        List<String> ticked = ctx.formParams("activities");
        for (Activity a : ACTIVITIES) {
            boolean filledIn = ACTIVITY_FIELDS.keySet().stream()
                    .anyMatch(f -> !Optional.ofNullable(ctx.formParam(f + "-" + a.code())).orElse("").isBlank());
            if (filledIn && !ticked.contains(a.code())) {
                errors.add(new FieldError("activities-" + a.code(), Wording.activity(a) + ": tick \"I do "
                        + Wording.activity(a).toLowerCase(java.util.Locale.ROOT)
                        + "\" to keep what you entered, or clear it"));
            }
        }

        List<Goal> goals = new ArrayList<>();
        List<Level> levels = new ArrayList<>();
        List<BaselineTest> tests = new ArrayList<>();
        for (String code : ctx.formParams("activities")) {
            Optional<Activity> found = Activity.fromCode(code).filter(ACTIVITIES::contains);
            if (found.isEmpty()) {
                errors.add(new FieldError("activities", "unknown activity " + code));
                continue;
            }
            Activity a = found.get();
            String c = a.code();
            OptionalInt perWeek = form.whole("goalSessions-" + c, 1, 14, errors);
            OptionalInt goalMinutes = form.whole("goalMinutes-" + c, 1, 600, errors);
            goals.add(new Goal(a, perWeek.stream().mapToObj(SessionsPerWeek::new).findFirst(),
                    goalMinutes.stream().mapToObj(Minutes::new).findFirst(), Optional.empty(), Optional.empty()));
            String start = Optional.ofNullable(ctx.formParam("start-" + c)).orElse("comfortable");
            if (start.equals("test")) {
                OptionalDouble minutes = form.decimal("testMinutes-" + c, 0, 600, errors);
                OptionalDouble distance = form.decimal("testDistance-" + c, 0, 500, errors);
                OptionalInt reps = form.whole("testReps-" + c, 0, 1000, errors);
                if (minutes.isEmpty() && distance.isEmpty() && reps.isEmpty()) {
                    errors.add(new FieldError("testMinutes-" + c, Wording.activity(a)
                            + ": give the minutes, distance or reps at which pain started"));
                } else {
                    tests.add(new BaselineTest(a, s.today(), distance.stream()
                            .mapToObj(d -> Distance.ofKm(Wording.toKm(d, s.profile().units()))).findFirst(),
                            minutes.stream().mapToObj(ExactMinutes::of).findFirst(),
                            reps.stream().mapToObj(Reps::of).findFirst()));
                }
            } else {
                OptionalInt sessions = form.whole("levelSessions-" + c, 1, 14, errors);
                OptionalInt minutes = form.whole("levelMinutes-" + c, 1, 600, errors);
                OptionalInt rpe = form.whole("levelRpe-" + c, 0, 10, errors);
                if (minutes.isEmpty() && a == Activity.BACK_EXERCISES
                        && errors.stream().noneMatch(e -> e.field().equals("levelMinutes-" + c))) {
                    // A short routine most days is where a back-exercise programme starts; shown as the placeholders.
                    levels.add(new Level(a, s.today(), sessions.orElse(BACK_EXERCISES_SESSIONS),
                            Optional.of(new Minutes(BACK_EXERCISES_MINUTES)), Optional.empty(), rpe.orElse(3)));
                } else if (minutes.isEmpty()) {
                    errors.add(new FieldError("levelMinutes-" + c, Wording.activity(a)
                            + ": give the minutes per session that feel comfortably easy now"));
                } else {
                    levels.add(new Level(a, s.today(), sessions.orElse(2), Optional.of(new Minutes(minutes.getAsInt())),
                            Optional.empty(), rpe.orElse(3)));
                }
            }
        }
        if (!errors.isEmpty()) {
            ctx.status(400);
            web.pages().render(ctx, "onboarding.jte", "Getting started", "", new View(s, errors, Entered.from(ctx)));
            return;
        }
        Profile before = s.profile();
        Profile profile = new Profile(regions, irritability.get(), before.units(), before.zone(), before.morningCheckIn(), goals);
        // All or nothing: a failure part-way leaves the person not onboarded, to try again from a clean start.
        histories.write(account.id(), web.clock().instant(), writes -> {
            writes.saveProfile(profile);
            levels.forEach(writes::addLevel);
            tests.forEach(writes::addBaselineTest);
            if (pain.isPresent()) {
                writes.addCheckIn(new CheckIn("new", Optional.empty(), CheckInWindow.DAILY,
                        Optional.of(s.today()), Optional.empty(), new Pain(pain.getAsInt()), false, Optional.empty(),
                        Optional.empty(), symptoms, false));
            }
            writes.markOnboarded();
            return null;
        });
        ctx.redirect("/today", HttpStatus.SEE_OTHER);
    }
}
