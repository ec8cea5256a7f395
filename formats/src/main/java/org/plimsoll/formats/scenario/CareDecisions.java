package org.plimsoll.formats.scenario;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.care.CareDecision;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.dose.Level;
import org.plimsoll.engine.outcome.Outcomes;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.formats.json.JsonFields;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;

/**
 * A scenario's {@code careDecisions} (SCENARIO.md): a clinician's decisions by the names the API
 * takes them ({@code POST /api/v1/care/patients/{id}/...}), within the API's bounds, and put into
 * the history exactly where the app's store puts them: a level among the levels, an irritability in
 * the profile, and every decision among the clinician's.
 */
final class CareDecisions {
    /** The bounds of a clinician's level and of a reason are the API's, declared with the decision. */
    static final int MOST_SESSIONS_A_WEEK = CareDecision.LevelSet.MOST_SESSIONS_A_WEEK;
    static final int FEWEST_MINUTES = CareDecision.LevelSet.FEWEST_MINUTES;
    static final int MOST_MINUTES = CareDecision.LevelSet.MOST_MINUTES;
    static final int MOST_EFFORT = CareDecision.LevelSet.MOST_EFFORT;
    static final int REASON_LENGTH = CareDecision.REASON_LENGTH;
    /** The API takes no distance; a scenario may, within what one session of walking to cycling can be. */
    static final double FEWEST_KM = 0.1;
    static final double MOST_KM = 300;

    private static final String KINDS = "level, flare, flare_end, clearance, irritability, check_ups";
    private static final String IRRITABILITIES = "LOW, MODERATE, HIGH";

    private CareDecisions() {
    }

    /**
     * The decisions, in the order the file lists them: the order they were made, as the app keeps
     * them. One dated before the one above it is a problem, since the engine reads "later" by that order.
     */
    static List<CareDecision> read(List<JsonFields> items, ZoneId zone) {
        List<CareDecision> out = new ArrayList<>();
        Optional<LocalDate> previous = Optional.empty();
        for (JsonFields d : items) {
            Optional<CareDecision> decision = decision(d, zone);
            if (decision.isPresent()) {
                LocalDate on = decision.get().date();
                if (previous.filter(on::isBefore).isPresent()) {
                    d.problem("on", "is before the decision listed above it (" + previous.get()
                            + "); list the decisions in the order they were made");
                }
                previous = Optional.of(on);
                out.add(decision.get());
            }
        }
        return out;
    }

    private static Optional<CareDecision> decision(JsonFields d, ZoneId zone) {
        Optional<String> kind = d.requiredCode("decided", t -> Arrays.asList(KINDS.split(", ")).contains(t)
                ? Optional.of(t) : Optional.empty(), KINDS);
        if (kind.isEmpty()) {
            d.allowOnly("decided", "on", "reason", "activity", "sessionsPerWeek", "minutes", "distanceKm", "rpeCap",
                    "effortCap", "irritability", "at", "everyDays");
            return Optional.empty();
        }
        List<String> fields = switch (kind.get()) {
            case "level" -> List.of("activity", "sessionsPerWeek", "minutes", "distanceKm", "rpeCap", "effortCap");
            case "irritability" -> List.of("irritability");
            case "clearance" -> List.of("at");
            case "check_ups" -> List.of("everyDays");
            default -> List.of();
        };
        d.allowOnly(Stream.concat(Stream.of("decided", "on", "reason"), fields.stream()).toArray(String[]::new));
        Optional<LocalDate> on = d.requiredDate("on");
        Optional<String> why = reason(d);
        return switch (kind.get()) {
            case "level" -> level(d, on, why);
            case "flare" -> on.flatMap(day -> why.map(w -> new CareDecision.FlareDeclared(day, w)));
            case "flare_end" -> on.flatMap(day -> why.map(w -> new CareDecision.FlareEnded(day, w)));
            case "irritability" -> {
                Optional<Irritability> value = d.requiredCode("irritability", t -> Arrays.stream(Irritability.values())
                        .filter(i -> i.name().equals(t)).findFirst(), IRRITABILITIES);
                yield on.flatMap(day -> why.flatMap(w -> value.map(i -> new CareDecision.IrritabilitySet(i, day, w))));
            }
            case "clearance" -> {
                if (!d.has("at")) {
                    d.problem("at", "is required: the moment the clinician cleared the person, like 2026-03-10T09:30:00Z");
                }
                Optional<OffsetDateTime> at = d.dateTime("at");
                if (at.isPresent() && on.isPresent() && !at.get().atZoneSameInstant(zone).toLocalDate().equals(on.get())) {
                    d.problem("at", "is on " + at.get().atZoneSameInstant(zone).toLocalDate() + " in the person's time zone, "
                            + "not on the decision's day " + on.get());
                    yield Optional.empty();
                }
                yield on.flatMap(day -> why.flatMap(w -> at.map(t -> new CareDecision.Cleared(t.toInstant(), day, w))));
            }
            case "check_ups" -> {
                OptionalInt days = d.requiredInteger("everyDays", Outcomes.FEWEST_EVERY_DAYS, Outcomes.MOST_EVERY_DAYS);
                yield days.isEmpty() ? Optional.empty()
                        : on.flatMap(day -> why.map(w -> new CareDecision.CheckUpsEvery(days.getAsInt(), day, w)));
            }
            default -> Optional.empty();
        };
    }

    /** A reason as the API takes it: one line the person reads. */
    private static Optional<String> reason(JsonFields d) {
        if (!d.has("reason")) {
            d.problem("reason", "is required: say why, in one line of at most " + REASON_LENGTH
                    + " characters: the person reads it");
            return Optional.empty();
        }
        Optional<String> text = d.text("reason").map(String::strip);
        if (text.isPresent() && (text.get().isEmpty() || text.get().length() > REASON_LENGTH
                || text.get().chars().anyMatch(Character::isISOControl))) {
            d.problem("reason", "say why, in one line of at most " + REASON_LENGTH + " characters: the person reads it");
            return Optional.empty();
        }
        return text;
    }

    private static Optional<CareDecision> level(JsonFields d, Optional<LocalDate> on, Optional<String> why) {
        Optional<Activity> activity = d.requiredCode("activity", t -> Activity.fromCode(t)
                .filter(Activity.TRAINED::contains), String.join(", ", Activity.TRAINED.stream().map(Activity::code)
                .toArray(String[]::new)));
        OptionalInt sessions = d.requiredInteger("sessionsPerWeek", 1, MOST_SESSIONS_A_WEEK);
        Optional<Minutes> minutes = d.minutes("minutes", FEWEST_MINUTES, MOST_MINUTES);
        Optional<Distance> km = d.distanceKm("distanceKm", FEWEST_KM, MOST_KM);
        if (!d.has("minutes") && !d.has("distanceKm")) {
            d.problem("minutes", "a level needs minutes or distanceKm");
        }
        // SCENARIO.md names the cap rpeCap, as the levels do; the API's request names it effortCap. Either, not both.
        OptionalInt effort = OptionalInt.empty();
        if (d.has("rpeCap") && d.has("effortCap")) {
            d.problem("effortCap", "give the cap once, as rpeCap or effortCap");
        } else if (d.has("effortCap")) {
            effort = d.integer("effortCap", 1, MOST_EFFORT);
        } else {
            effort = d.requiredInteger("rpeCap", 1, MOST_EFFORT);
        }
        if (activity.isEmpty() || on.isEmpty() || why.isEmpty() || sessions.isEmpty() || effort.isEmpty()
                || (minutes.isEmpty() && km.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new CareDecision.LevelSet(new Level(activity.get(), on.get(), sessions.getAsInt(), minutes, km,
                effort.getAsInt()), why.get()));
    }

    /**
     * The history with the clinician's decisions where the app's store puts them: each level the
     * clinician set joins the levels after the file's own (the store lists levels by day, then in the
     * order they were set), and the profile holds the irritability of the latest decision made by
     * {@code asOf} (the store overwrites the profile; anything dated later is ignored, as everywhere).
     */
    static History honoured(History h, List<CareDecision> decisions, LocalDate asOf) {
        List<Level> levels = Stream.concat(h.levels().stream(), decisions.stream()
                        .filter(CareDecision.LevelSet.class::isInstance).map(d -> ((CareDecision.LevelSet) d).level()))
                .sorted(java.util.Comparator.comparing(Level::since)).toList();
        Profile p = h.profile();
        Irritability irritability = decisions.stream().filter(CareDecision.IrritabilitySet.class::isInstance)
                .map(CareDecision.IrritabilitySet.class::cast).filter(d -> !d.date().isAfter(asOf))
                .reduce((a, b) -> b).map(CareDecision.IrritabilitySet::irritability).orElse(p.irritability());
        Profile profile = new Profile(p.regions(), irritability, p.units(), p.zone(), p.morningCheckIn(), p.goals());
        return new History(profile, levels, h.sessions(), h.checkIns(), h.context(), h.baselineTests(),
                h.declaredFlares(), h.demands(), h.settings(), decisions, h.checkUps());
    }
}
