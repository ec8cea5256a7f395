package org.plimsoll.formats.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.activity.Demands;
import org.plimsoll.engine.baseline.BaselineTest;
import org.plimsoll.engine.care.CareDecision;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.engine.checkin.Symptom;
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
import org.plimsoll.engine.settings.CoachingSettings;
import org.plimsoll.engine.session.Source;
import org.plimsoll.engine.session.StrengthSet;
import org.plimsoll.formats.json.JsonFields;
import org.plimsoll.formats.json.JsonProblem;
import org.plimsoll.formats.json.JsonSyntax;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Kilograms;
import org.plimsoll.engine.unit.Minutes;
import org.plimsoll.engine.unit.SessionsPerWeek;

/**
 * Reads a scenario file (SCENARIO.md). Strict: unknown fields, values out of range, unknown codes,
 * unparseable dates and check-ins naming missing sessions are each reported with their path.
 */
public final class ScenarioReader {
    private static final String WINDOWS = "BEFORE, DURING, AFTER_1H, NEXT_MORNING, DAILY";
    private static final String SYMPTOMS = String.join(", ",
            Arrays.stream(Symptom.values()).map(Symptom::name).toArray(String[]::new));
    private static final String RUN_TYPES = "easy, long, tempo, intervals, hills";

    /** Either a scenario or the problems that kept it from being one. */
    public record Result(Optional<Scenario> scenario, List<JsonProblem> problems) {
    }

    private ScenarioReader() {
    }

    public static Result read(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            return new Result(Optional.empty(), List.of(new JsonProblem("$", JsonSyntax.describe(e))));
        }
        List<JsonProblem> problems = new ArrayList<>();
        JsonFields doc = JsonFields.root(root, problems);
        doc.allowOnly("asOf", "profile", "levels", "sessions", "checkins", "context", "baselineTests",
                "declaredFlares", "demands", "settings", "careDecisions", "checkUps");
        Optional<LocalDate> asOf = doc.requiredDate("asOf");
        Profile profile = doc.object("profile").map(ScenarioReader::profile).orElse(Profile.defaultFor(ZoneOffset.UTC));
        List<Level> levels = doc.objects("levels").stream().map(ScenarioReader::level).flatMap(Optional::stream).toList();
        List<Session> sessions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonFields s : doc.objects("sessions")) {
            session(s, profile.zone(), ids).ifPresent(sessions::add);
        }
        List<CheckIn> checkIns = new ArrayList<>();
        List<JsonFields> checkInFields = doc.objects("checkins");
        for (int i = 0; i < checkInFields.size(); i++) {
            checkIn(checkInFields.get(i), i, ids).ifPresent(checkIns::add);
        }
        List<DailyContext> context = doc.objects("context").stream().map(ContextAndTestsReader::context)
                .flatMap(Optional::stream).toList();
        List<BaselineTest> tests = doc.objects("baselineTests").stream().map(ContextAndTestsReader::baselineTest)
                .flatMap(Optional::stream).toList();
        List<DeclaredFlare> flares = doc.objects("declaredFlares").stream().map(f -> {
            f.allowOnly("date", "note");
            Optional<LocalDate> date = f.requiredDate("date");
            Optional<String> note = f.text("note");
            return date.map(d -> new DeclaredFlare(d, note));
        }).flatMap(Optional::stream).toList();
        Map<Activity, Demands> demands = new EnumMap<>(Activity.class);
        for (JsonFields d : doc.objects("demands")) {
            d.allowOnly("activity", "rotation", "armLoad", "impact");
            Optional<Activity> activity = d.requiredCode("activity", Activity::fromCode, Activity.knownCodes());
            OptionalInt rotation = d.requiredInteger("rotation", 0, 3);
            OptionalInt arm = d.requiredInteger("armLoad", 0, 3);
            OptionalInt impact = d.requiredInteger("impact", 0, 3);
            if (activity.isPresent() && rotation.isPresent() && arm.isPresent() && impact.isPresent()) {
                demands.put(activity.get(), new Demands(rotation.getAsInt(), arm.getAsInt(), impact.getAsInt()));
            }
        }
        CoachingSettings settings = doc.object("settings").map(ScenarioReader::settings).orElse(CoachingSettings.DEFAULT);
        List<CareDecision> care = CareDecisions.read(doc.objects("careDecisions"), profile.zone());
        List<CheckUp> checkUps = doc.objects("checkUps").stream().map(ScenarioReader::checkUp).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparing(CheckUp::date)).toList();
        if (!problems.isEmpty() || asOf.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        return new Result(Optional.of(new Scenario(asOf.get(), CareDecisions.honoured(new History(profile, levels,
                sessions, checkIns, context, tests, flares, demands, settings), care, asOf.get()).withCheckUps(checkUps))),
                List.of());
    }

    /**
     * The person's coaching settings, by the names of {@link CoachingSettings.Setting}: each within
     * its range (else a problem at its path), anything not given at its default.
     */
    static CoachingSettings settings(JsonFields o) {
        CoachingSettings.Setting[] all = CoachingSettings.Setting.values();
        o.allowOnly(java.util.Arrays.stream(all).map(CoachingSettings.Setting::key).toArray(String[]::new));
        CoachingSettings settings = CoachingSettings.DEFAULT;
        for (CoachingSettings.Setting s : all) {
            OptionalInt value = o.integer(s.key(), s.min(), s.max());
            if (value.isPresent()) {
                settings = settings.with(s, value.getAsInt());
            }
        }
        return settings;
    }

    private static Profile profile(JsonFields p) {
        p.allowOnly("regions", "irritability", "timezone", "goals", "units", "morningCheckIn");
        Set<Region> regions = EnumSet.noneOf(Region.class);
        for (JsonFields r : p.elements("regions")) {
            r.asText().ifPresent(text -> {
                Optional<Region> region = Arrays.stream(Region.values()).filter(x -> x.name().equals(text)).findFirst();
                if (region.isEmpty()) {
                    r.problemHere("unknown region '" + text + "'; allowed: LOW, MID, UPPER");
                }
                region.ifPresent(regions::add);
            });
        }
        Irritability irritability = p.code("irritability", t -> Arrays.stream(Irritability.values())
                .filter(x -> x.name().equals(t)).findFirst(), "LOW, MODERATE, HIGH").orElse(Irritability.MODERATE);
        ZoneId zone = p.zone("timezone").orElse(ZoneOffset.UTC);
        Units units = p.code("units", t -> Arrays.stream(Units.values()).filter(x -> x.name().equalsIgnoreCase(t))
                .findFirst(), "km, mi").orElse(Units.KM);
        LocalTime morning = p.time("morningCheckIn").orElse(LocalTime.of(8, 0));
        List<Goal> goals = new ArrayList<>();
        for (JsonFields g : p.objects("goals")) {
            g.allowOnly("activity", "sessionsPerWeek", "minutes", "distanceKm", "rpeCap");
            Optional<Activity> activity = g.requiredCode("activity", Activity::fromCode, Activity.knownCodes());
            var sessions = g.integer("sessionsPerWeek", 1, 14).stream().mapToObj(SessionsPerWeek::new).findFirst();
            Optional<Minutes> minutes = g.minutes("minutes", 1, 24 * 60);
            Optional<Distance> km = g.distanceKm("distanceKm", 0, 1000);
            var rpe = g.integer("rpeCap", 0, 10).stream().mapToObj(Effort::new).findFirst();
            activity.ifPresent(a -> goals.add(new Goal(a, sessions, minutes, km, rpe)));
        }
        return new Profile(regions.isEmpty() ? Set.of(Region.LOW) : regions, irritability, units, zone, morning, goals);
    }

    private static Optional<Level> level(JsonFields l) {
        l.allowOnly("activity", "since", "sessionsPerWeek", "minutes", "distanceKm", "rpeCap");
        Optional<Activity> activity = l.requiredCode("activity", Activity::fromCode, Activity.knownCodes());
        Optional<LocalDate> since = l.requiredDate("since");
        OptionalInt sessions = l.requiredInteger("sessionsPerWeek", 1, 14);
        Optional<Minutes> minutes = l.minutes("minutes", 1, 24 * 60);
        Optional<Distance> km = l.distanceKm("distanceKm", 0.01, 1000);
        OptionalInt rpe = l.requiredInteger("rpeCap", 0, 10);
        if (minutes.isEmpty() && km.isEmpty() && !l.has("minutes") && !l.has("distanceKm")) {
            l.problem("minutes", "a level needs minutes or distanceKm");
        }
        if (activity.isEmpty() || since.isEmpty() || sessions.isEmpty() || rpe.isEmpty()
                || (minutes.isEmpty() && km.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Level(activity.get(), since.get(), sessions.getAsInt(), minutes, km, rpe.getAsInt()));
    }

    private static Optional<Session> session(JsonFields s, ZoneId zone, Set<String> ids) {
        s.allowOnly("id", "activity", "start", "minutes", "distanceKm", "rpe", "rpeEstimated", "runType", "hills",
                "rotationOverride", "armLoadOverride", "strength");
        Optional<String> id = s.requiredText("id");
        id.ifPresent(x -> {
            if (!ids.add(x)) {
                s.problem("id", "'" + x + "' is used by an earlier session");
            }
        });
        Optional<Activity> activity = s.requiredCode("activity", Activity::fromCode, Activity.knownCodes());
        if (!s.has("start")) {
            s.problem("start", "is required (a date and time like 2026-03-01T07:00:00Z)");
        }
        var start = s.dateTime("start");
        OptionalInt minutes = s.requiredInteger("minutes", 0, 24 * 60);
        Optional<Distance> km = s.distanceKm("distanceKm", 0, 1000);
        OptionalInt rpe = s.integer("rpe", 0, 10);
        boolean estimated = s.flag("rpeEstimated");
        Optional<RunType> runType = s.code("runType", RunType::fromCode, RUN_TYPES);
        boolean hills = s.flag("hills");
        var rotation = s.demand("rotationOverride");
        var arm = s.demand("armLoadOverride");
        List<StrengthSet> sets = s.objects("strength").stream().map(ScenarioReader::strengthSet)
                .flatMap(Optional::stream).toList();
        if (id.isEmpty() || activity.isEmpty() || start.isEmpty() || minutes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Session(id.get(), activity.get(), start.get().atZoneSameInstant(zone), new Minutes(minutes.getAsInt()),
                km, rpe.isPresent() ? Optional.of(new Effort(rpe.getAsInt())) : Optional.empty(), estimated, runType, hills,
                rotation, arm, sets, Source.MANUAL));
    }

    /** One exercise of a strength session: {@code {"exercise", "sets", "reps", "loadKg"}}. */
    public static Optional<StrengthSet> strengthSet(JsonFields set) {
        set.allowOnly("exercise", "sets", "reps", "loadKg");
        Optional<String> exercise = set.requiredText("exercise");
        exercise.filter(String::isBlank).ifPresent(x -> set.problem("exercise", "must not be blank"));
        OptionalInt count = set.requiredInteger("sets", 1, 100);
        OptionalInt reps = set.requiredInteger("reps", 1, 1000);
        Optional<Kilograms> load = set.number("loadKg", 0, 1000, Kilograms::of);
        if (exercise.isEmpty() || exercise.get().isBlank() || count.isEmpty() || reps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StrengthSet(exercise.get().trim(), count.getAsInt(), reps.getAsInt(), load));
    }

    private static Optional<CheckIn> checkIn(JsonFields c, int index, Set<String> sessionIds) {
        c.allowOnly("sessionId", "window", "pain", "sharp", "date", "region", "stiffnessMinutes", "symptoms",
                "clearedByClinician", "recordedAt");
        Optional<String> sessionId = c.text("sessionId");
        sessionId.ifPresent(id -> {
            if (!sessionIds.contains(id)) {
                c.problem("sessionId", "names session '" + id + "', which is not in sessions");
            }
        });
        Optional<CheckInWindow> window = c.requiredCode("window", t -> Arrays.stream(CheckInWindow.values())
                .filter(w -> w.name().equals(t)).findFirst(), WINDOWS);
        OptionalInt pain = c.requiredInteger("pain", 0, 10);
        boolean sharp = c.flag("sharp");
        Optional<LocalDate> date = c.date("date");
        Optional<Region> region = c.code("region", t -> Arrays.stream(Region.values()).filter(r -> r.name().equals(t))
                .findFirst(), "LOW, MID, UPPER");
        Optional<Minutes> stiffness = c.minutes("stiffnessMinutes", 0, 24 * 60);
        Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
        for (JsonFields s : c.elements("symptoms")) {
            s.asText().ifPresent(text -> {
                Optional<Symptom> symptom = Symptom.fromCode(text);
                if (symptom.isEmpty()) {
                    s.problemHere("unknown symptom code '" + text + "'; allowed: " + SYMPTOMS);
                }
                symptom.ifPresent(symptoms::add);
            });
        }
        boolean cleared = c.flag("clearedByClinician");
        var recordedAt = c.dateTime("recordedAt").map(java.time.OffsetDateTime::toInstant);
        if (window.isPresent()) {
            if (window.get().belongsToSession() && sessionId.isEmpty() && !c.has("sessionId")) {
                c.problem("sessionId", "is required for a " + window.get() + " check-in");
            }
            if (window.get() == CheckInWindow.DAILY && sessionId.isPresent()) {
                c.problem("sessionId", "a DAILY check-in belongs to no session");
            }
            if (window.get() == CheckInWindow.DAILY && date.isEmpty() && !c.has("date")) {
                c.problem("date", "is required for a DAILY check-in");
            }
        }
        if (window.isEmpty() || pain.isEmpty()
                || (window.get().belongsToSession() && (sessionId.isEmpty() || !sessionIds.contains(sessionId.get())))
                || (window.get() == CheckInWindow.DAILY && (date.isEmpty() || sessionId.isPresent()))) {
            return Optional.empty();
        }
        return Optional.of(new CheckIn("c" + (index + 1), sessionId, window.get(), date, recordedAt,
                new Pain(pain.getAsInt()), sharp, region, stiffness, symptoms, cleared));
    }

    /**
     * One outcome check-up as the API lists and takes it: {@code {"date", "weeklyPain", "abilities":
     * [{"activity", "score"}]}}, at least one question answered, at most 5 activities, each named once.
     */
    static Optional<CheckUp> checkUp(JsonFields c) {
        c.allowOnly("date", "weeklyPain", "abilities");
        Optional<LocalDate> date = c.requiredDate("date");
        OptionalInt pain = c.integer("weeklyPain", 0, 10);
        List<JsonFields> rows = c.objects("abilities");
        if (rows.size() > CheckUp.MOST_ACTIVITIES) {
            c.problem("abilities", "at most " + CheckUp.MOST_ACTIVITIES + " activities, was " + rows.size());
        }
        List<CheckUp.Ability> abilities = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonFields a : rows) {
            a.allowOnly("activity", "score");
            Optional<String> name = a.requiredText("activity").map(String::strip);
            OptionalInt score = a.requiredInteger("score", 0, 10);
            if (name.isPresent() && (name.get().isEmpty() || name.get().length() > CheckUp.MOST_NAME_LENGTH
                    || name.get().chars().anyMatch(Character::isISOControl))) {
                a.problem("activity", "name the activity in 1 to " + CheckUp.MOST_NAME_LENGTH + " characters");
            } else if (name.isPresent() && !names.add(name.get().toLowerCase(java.util.Locale.ROOT))) {
                a.problem("activity", "'" + name.get() + "' is named twice in this check-up");
            } else if (name.isPresent() && score.isPresent()) {
                abilities.add(new CheckUp.Ability(name.get(), score.getAsInt()));
            }
        }
        if (pain.isEmpty() && rows.isEmpty() && !c.has("weeklyPain")) {
            c.problem("weeklyPain", "a check-up answers at least one question: weeklyPain or abilities");
        }
        if (date.isEmpty() || pain.isEmpty() && abilities.isEmpty() || abilities.size() != rows.size()
                || rows.size() > CheckUp.MOST_ACTIVITIES) {
            return Optional.empty();
        }
        return Optional.of(new CheckUp(date.get(), pain.stream().mapToObj(Pain::new).findFirst(), abilities));
    }
}
