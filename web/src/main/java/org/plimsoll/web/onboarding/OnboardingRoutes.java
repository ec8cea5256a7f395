package org.plimsoll.web.onboarding;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.baseline.BaselineTest;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.checkin.Pain;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.level.Level;
import org.plimsoll.engine.profile.Goal;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.baseline.BaselineTestRepository;
import org.plimsoll.store.checkin.CheckInRepository;
import org.plimsoll.store.level.LevelRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.web.auth.SignIn;
import org.plimsoll.web.form.FormBody;
import org.plimsoll.web.page.Pages;
import org.plimsoll.words.Wording;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.person.Snapshots;
import org.plimsoll.web.problem.FieldError;

/**
 * The first visit: back regions, activities and goals, irritability, the red-flag screen of
 * ENGINE.md section 9, and per activity either a baseline test or a comfortable starting level.
 * Everything lands in one transaction; the red-flag answers go in as today's check-in, so the
 * today page shows the referral first if one is needed.
 */
public final class OnboardingRoutes {
    /** Activities offered: everything one trains, not the daily postures or "other". */
    public static final List<Activity> ACTIVITIES = Arrays.stream(Activity.values())
            .filter(a -> !a.isPosture() && a != Activity.OTHER).toList();

    /** The onboarding page, with the problems of the last attempt. */
    public record View(Snapshot snapshot, List<FieldError> problems) {
    }

    private final Pages pages;
    private final SignIn signIn;
    private final Snapshots snapshots;
    private final ProfileRepository profiles;
    private final Database database;
    private final Clock clock;

    public OnboardingRoutes(Pages pages, SignIn signIn, Snapshots snapshots, ProfileRepository profiles,
                            Database database, Clock clock) {
        this.pages = pages;
        this.signIn = signIn;
        this.snapshots = snapshots;
        this.profiles = profiles;
        this.database = database;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get("/onboarding", ctx -> pages.signedInOrRedirect(ctx).ifPresent(account ->
                pages.render(ctx, "onboarding.jte", "Getting started", "", new View(snapshots.of(account), List.of()))));
        routes.post("/onboarding", this::save);
        routes.post("/onboarding/skip", ctx -> {
            Account account = signIn.required(ctx);
            profiles.setOnboarded(account.id(), true);
            ctx.redirect("/today", HttpStatus.SEE_OTHER);
        });
    }

    private void save(Context ctx) {
        Account account = signIn.required(ctx);
        Snapshot s = snapshots.of(account);
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
        if (pain.isEmpty() && !symptoms.isEmpty()) {
            errors.add(new FieldError("pain", "say how much your back hurts today, so the warning signs can be recorded"));
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
            goals.add(new Goal(a, perWeek, goalMinutes, OptionalDouble.empty(), OptionalInt.empty()));
            String start = Optional.ofNullable(ctx.formParam("start-" + c)).orElse("comfortable");
            if (start.equals("test")) {
                OptionalDouble minutes = form.decimal("testMinutes-" + c, 0, 600, errors);
                OptionalDouble distance = form.decimal("testDistance-" + c, 0, 500, errors);
                OptionalInt reps = form.whole("testReps-" + c, 0, 1000, errors);
                if (minutes.isEmpty() && distance.isEmpty() && reps.isEmpty()) {
                    errors.add(new FieldError("testMinutes-" + c, Wording.activity(a)
                            + ": give the minutes, distance or reps at which pain started"));
                } else {
                    tests.add(new BaselineTest(a, s.today(), distance.isPresent()
                            ? OptionalDouble.of(Wording.toKm(distance.getAsDouble(), s.profile().units()))
                            : OptionalDouble.empty(), minutes, reps));
                }
            } else {
                OptionalInt sessions = form.whole("levelSessions-" + c, 1, 14, errors);
                OptionalInt minutes = form.whole("levelMinutes-" + c, 1, 600, errors);
                OptionalInt rpe = form.whole("levelRpe-" + c, 0, 10, errors);
                if (minutes.isEmpty()) {
                    errors.add(new FieldError("levelMinutes-" + c, Wording.activity(a)
                            + ": give the minutes per session that feel comfortably easy now"));
                } else {
                    levels.add(new Level(a, s.today(), sessions.orElse(2), minutes, OptionalDouble.empty(), rpe.orElse(3)));
                }
            }
        }
        if (!errors.isEmpty()) {
            ctx.status(400);
            pages.render(ctx, "onboarding.jte", "Getting started", "", new View(s, errors));
            return;
        }
        Profile before = s.profile();
        Profile profile = new Profile(regions, irritability.get(), before.units(), before.zone(), before.morningCheckIn(), goals);
        database.inTransaction(handle -> {
            ProfileRepository.upsert(handle, account.id(), profile, clock.instant());
            levels.forEach(l -> LevelRepository.insert(handle, account.id(), l, clock.instant()));
            tests.forEach(t -> BaselineTestRepository.insert(handle, account.id(), t));
            if (pain.isPresent()) {
                CheckInRepository.insert(handle, account.id(), new CheckIn("new", Optional.empty(), CheckInWindow.DAILY,
                        Optional.of(s.today()), Optional.empty(), new Pain(pain.getAsInt()), false, Optional.empty(),
                        OptionalInt.empty(), symptoms, false), clock.instant());
            }
            return null;
        });
        profiles.setOnboarded(account.id(), true);
        ctx.redirect("/today", HttpStatus.SEE_OTHER);
    }
}
