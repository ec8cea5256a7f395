package org.plimsoll.web.settings;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.activity.Demands;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.engine.profile.Units;
import org.plimsoll.formats.export.ExportTable;
import org.plimsoll.formats.json.JsonFields;
import org.plimsoll.formats.json.JsonProblem;
import org.plimsoll.store.account.Account;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.form.FormBody;
import org.plimsoll.web.json.JsonBodies;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.reminder.ReminderRoutes;

/** Profile, units, time zone, morning check-in time and each activity's demands. */
public final class SettingsRoutes {
    /** The page: the person's settings, and what was wrong with the last form. */
    public record View(Snapshot snapshot, List<FieldError> problems, boolean saved, ReminderRoutes.View reminders,
                       Optional<String> remindersSaid, Optional<String> typedName) {
        /** The name in the field: as typed when it was refused, so that it can be shortened rather than typed again. */
        public String name() {
            return typedName.or(snapshot::displayName).orElse("");
        }

        public Demands demandsOf(Activity a) {
            return snapshot.history().demandsOf(a);
        }
    }
    private final Wiring web;
    private final ReminderRoutes reminders;

    public SettingsRoutes(Wiring web) {
        this.web = web;
        this.reminders = new ReminderRoutes(web, web.outbound());
    }

    private static Optional<String> remindersSaid(Context ctx) {
        String said = ctx.queryParam("reminders");
        return "saved".equals(said) ? Optional.of("Reminders saved.")
                : "removed".equals(said) ? Optional.of("That device no longer shows reminders.") : Optional.empty();
    }

    public void register(RoutesConfig routes) {
        routes.get("/settings", ctx -> Guard.with(ctx, account -> web.pages().render(ctx,
                "settings.jte", "Settings", "settings",
                new View(web.snapshots().of(account), List.of(), ctx.queryParam("saved") != null,
                        reminders.view(account), remindersSaid(ctx), Optional.empty()))), Access.SIGNED_IN);
        routes.post("/settings", this::saveForm, Access.SIGNED_IN);
        routes.get("/api/v1/settings", ctx -> ctx.json(settings(web.snapshots().of(Guard.account(ctx)))), Access.SIGNED_IN);
        routes.put("/api/v1/settings", this::saveApi, Access.SIGNED_IN);
    }

    /**
     * {@code Settings}: {@code displayName} null when the person has none; demands keyed by activity;
     * {@code readiness} whether a watch or ring's readiness may lighten the day (ENGINE.md section 8).
     */
    record SettingsJson(List<String> regions, String irritability, String units, String timezone, String morningCheckIn,
                        String displayName, Map<String, DemandsJson> demands, boolean readiness) {
        record DemandsJson(int rotation, int armLoad, int impact) {
        }
    }

    static SettingsJson settings(Snapshot s) {
        Profile p = s.profile();
        Map<String, SettingsJson.DemandsJson> demands = new LinkedHashMap<>();
        for (Activity a : Activity.values()) {
            Demands d = s.history().demandsOf(a);
            demands.put(a.code(), new SettingsJson.DemandsJson(d.rotation(), d.armLoad(), d.impact()));
        }
        return new SettingsJson(p.regions().stream().sorted().map(Region::name).toList(), p.irritability().name(),
                p.units().name(), p.zone().getId(), p.morningCheckIn().toString(), s.displayName().orElse(null), demands,
                s.history().settings().readinessCutPercent() > 0);
    }

    private void saveForm(Context ctx) {
        Account account = Guard.account(ctx);
        Snapshot s = web.snapshots().of(account);
        List<FieldError> errors = new ArrayList<>();
        Set<Region> regions = EnumSet.noneOf(Region.class);
        for (String r : ctx.formParams("regions")) {
            FormBody.choice(Region.class, r).ifPresentOrElse(regions::add, () -> errors.add(new FieldError("regions", "unknown region " + r)));
        }
        if (regions.isEmpty()) {
            errors.add(new FieldError("regions", "choose at least one part of the back"));
        }
        Optional<Irritability> irritability = FormBody.choice(Irritability.class, ctx.formParam("irritability"));
        Optional<Units> units = FormBody.choice(Units.class, ctx.formParam("units"));
        Optional<ZoneId> zone = zone(ctx.formParam("timezone"), errors);
        Optional<LocalTime> morning = time(ctx.formParam("morningCheckIn"), errors);
        if (irritability.isEmpty()) {
            errors.add(new FieldError("irritability", "choose LOW, MODERATE or HIGH"));
        }
        if (units.isEmpty()) {
            errors.add(new FieldError("units", "choose km or mi"));
        }
        Map<Activity, Demands> demands = new LinkedHashMap<>();
        for (Activity a : Activity.values()) {
            Optional<Integer> rotation = level(ctx.formParam("rotation-" + a.code()));
            Optional<Integer> arm = level(ctx.formParam("armLoad-" + a.code()));
            Optional<Integer> impact = level(ctx.formParam("impact-" + a.code()));
            if (rotation.isPresent() && arm.isPresent() && impact.isPresent()) {
                demands.put(a, new Demands(rotation.get(), arm.get(), impact.get()));
            } else if (ctx.formParam("rotation-" + a.code()) != null) {
                errors.add(new FieldError("demands/" + a.code(), "each demand must be 0, 1, 2 or 3"));
            }
        }
        Optional<String> name = displayName(ctx.formParam("displayName"));
        Optional<String> nameProblem = name.flatMap(ExportTable::displayName);
        nameProblem.ifPresent(problem -> errors.add(new FieldError("displayName", problem)));
        if (!errors.isEmpty()) {
            ctx.status(400);
            web.pages().render(ctx, "settings.jte", "Settings", "settings", new View(s, errors, false,
                    reminders.view(s.account()), Optional.empty(), name));
            return;
        }
        save(account, s, new Profile(regions, irritability.get(), units.get(), zone.get(), morning.get(),
                s.profile().goals()), demands);
        web.profiles().setDisplayName(account.id(), name);
        Optional.ofNullable(ctx.formParam("readiness")).ifPresent(r -> saveReadiness(account, s, r.equals("on")));
        ctx.redirect("/settings?saved=1", HttpStatus.SEE_OTHER);
    }

    private void save(Account account, Snapshot s, Profile profile, Map<Activity, Demands> demands) {
        web.profiles().save(account.id(), profile, web.clock().instant());
        demands.forEach((a, d) -> {
            if (!d.equals(s.history().demandsOf(a))) {
                web.profiles().saveDemands(account.id(), a, d);
            }
        });
    }

    private void saveApi(Context ctx) {
        Account account = Guard.account(ctx);
        Snapshot s = web.snapshots().of(account);
        List<JsonProblem> problems = new ArrayList<>();
        JsonFields body = JsonBodies.fields(ctx, web.json(), problems);
        body.allowOnly("regions", "irritability", "units", "timezone", "morningCheckIn", "demands", "displayName",
                "readiness");
        boolean readinessGiven = body.mentions("readiness");
        boolean readiness = body.flag("readiness");
        boolean nameGiven = body.mentions("displayName");
        Optional<String> name = body.text("displayName").flatMap(SettingsRoutes::displayName);
        name.flatMap(ExportTable::displayName).ifPresent(problem -> body.problem("displayName", problem));
        Profile p = s.profile();
        Set<Region> regions = EnumSet.noneOf(Region.class);
        List<JsonFields> regionItems = body.elements("regions");
        for (JsonFields r : regionItems) {
            r.asText().ifPresent(text -> FormBody.choice(Region.class, text).ifPresentOrElse(regions::add,
                    () -> r.problemHere("unknown region '" + text + "'; allowed: LOW, MID, UPPER")));
        }
        Optional<Irritability> irritability = body.code("irritability", c -> FormBody.choice(Irritability.class, c), "LOW, MODERATE, HIGH");
        Optional<Units> units = body.code("units", c -> FormBody.choice(Units.class, c), "KM, MI");
        Optional<ZoneId> zone = body.zone("timezone");
        Optional<LocalTime> morning = body.time("morningCheckIn");
        Map<Activity, Demands> demands = new LinkedHashMap<>();
        Optional<JsonFields> demandObject = body.object("demands");
        demandObject.ifPresent(d -> {
            for (Activity a : Activity.values()) {
                d.object(a.code()).ifPresent(one -> {
                    one.allowOnly("rotation", "armLoad", "impact");
                    Demands now = s.history().demandsOf(a);
                    int rotation = one.integer("rotation", 0, 3).orElse(now.rotation());
                    int arm = one.integer("armLoad", 0, 3).orElse(now.armLoad());
                    int impact = one.integer("impact", 0, 3).orElse(now.impact());
                    demands.put(a, new Demands(rotation, arm, impact));
                });
            }
        });
        JsonBodies.requireValid(problems);
        save(account, s, new Profile(regionItems.isEmpty() ? p.regions() : regions, irritability.orElse(p.irritability()),
                units.orElse(p.units()), zone.orElse(p.zone()), morning.orElse(p.morningCheckIn()), p.goals()), demands);
        if (nameGiven) {
            web.profiles().setDisplayName(account.id(), name);
        }
        if (readinessGiven) {
            saveReadiness(account, s, readiness);
        }
        // This request's account still carries the revision from before the write: read afresh.
        web.snapshots().forget(account.id());
        ctx.json(settings(web.snapshots().of(account)));
    }

    /**
     * Turns readiness off (a cut of 0) or on again: at the default cut, or at the one a clinician
     * set when it is already on.
     */
    private void saveReadiness(Account account, Snapshot s, boolean on) {
        var settings = s.history().settings();
        var readiness = org.plimsoll.engine.settings.CoachingSettings.Setting.READINESS_CUT_PERCENT;
        int cut = !on ? 0 : settings.readinessCutPercent() > 0 ? settings.readinessCutPercent() : readiness.defaultValue();
        if (cut != settings.readinessCutPercent()) {
            new org.plimsoll.store.settings.CoachingSettingsRepository(web.database()).save(account.id(),
                    settings.with(readiness, cut), web.clock().instant());
        }
    }

    /** A name as typed: trimmed, and none when blank (the e-mail address stands in). */
    private static Optional<String> displayName(String typed) {
        return Optional.ofNullable(typed).map(String::strip).filter(n -> !n.isEmpty());
    }

    private static Optional<Integer> level(String text) {
        try {
            int v = Integer.parseInt(text == null ? "" : text.trim());
            return v >= 0 && v <= 3 ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneId> zone(String id, List<FieldError> errors) {
        try {
            return Optional.of(ZoneId.of(id == null ? "" : id.trim()));
        } catch (DateTimeException e) {
            errors.add(new FieldError("timezone", "must be a time zone like Europe/Berlin or America/Chicago"));
            return Optional.empty();
        }
    }

    private static Optional<LocalTime> time(String text, List<FieldError> errors) {
        try {
            return Optional.of(LocalTime.parse(text == null ? "" : text.trim()));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("morningCheckIn", "must be a time like 07:30"));
            return Optional.empty();
        }
    }
}
