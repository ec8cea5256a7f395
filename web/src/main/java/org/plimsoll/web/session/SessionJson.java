package org.plimsoll.web.session;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.unit.Demand;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.unit.Kilograms;
import org.plimsoll.engine.session.RunType;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.session.SessionBounds;
import org.plimsoll.engine.session.Source;
import org.plimsoll.engine.session.StrengthSet;
import org.plimsoll.web.checkin.CheckInJson;
import org.plimsoll.formats.json.JsonFields;
import org.plimsoll.formats.scenario.ScenarioReader;
import org.plimsoll.words.BoundsWords;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;

/** The JSON form of a session, in and out. */
public final class SessionJson {
    /** As long as an exercise name can be, on either database. */
    static final int EXERCISE_CHARS = 120;
    private static final String RUN_TYPES = "easy, long, tempo, intervals, hills";

    private SessionJson() {
    }

    /**
     * Reads a session body. The start defaults to now; its zone is the one sent, else the person's.
     * Returns empty when there were problems, which {@code body} holds.
     */
    public static Optional<Session> read(JsonFields body, ZoneId personZone, Instant now) {
        body.allowOnly("activity", "start", "timezone", "minutes", "distanceKm", "rpe", "rpeEstimated", "runType",
                "hills", "rotationOverride", "armLoadOverride", "strength", "unusualConfirmed", "condition");
        Optional<Activity> activity = body.requiredCode("activity", Activity::fromCode, Activity.knownCodes());
        ZoneId zone = body.zone("timezone").orElse(personZone);
        ZonedDateTime start = body.dateTime("start")
                .map(t -> t.atZoneSameInstant(zone)).orElse(now.atZone(zone));
        // A session is logged once it has started; a day of margin covers clocks and zones that disagree.
        if (start.toInstant().isAfter(now.plus(java.time.Duration.ofDays(1)))) {
            body.problem("start", "is in the future (" + start.toLocalDate() + "); log a session once it has started");
        }
        // The bounds are SessionBounds': the wire takes any whole number, so that 0 and 2000 get its words.
        OptionalInt minutes = body.requiredInteger("minutes", Integer.MIN_VALUE, Integer.MAX_VALUE);
        Optional<Distance> distance = body.distanceKm("distanceKm", 0, 1000);
        boolean unusualConfirmed = body.flag("unusualConfirmed");
        if (activity.isPresent() && minutes.isPresent()) {
            Minutes said = new Minutes(Math.max(0, minutes.getAsInt()));
            SessionBounds.Verdict verdict = SessionBounds.check(activity.get(), said, distance);
            boolean refused = verdict instanceof SessionBounds.Verdict.Impossible
                    || verdict instanceof SessionBounds.Verdict.Unusual && !unusualConfirmed;
            if (refused) {
                body.problem(fieldOf(verdict), BoundsWords.problem(verdict, said));
            }
        } else if (minutes.isPresent() && !SessionBounds.possibleMinutes(minutes.getAsInt())) {
            // Without a known activity only the bounds every activity shares can be said.
            body.problem("minutes", "must be from " + SessionBounds.FEWEST_MINUTES + " to " + SessionBounds.MOST_MINUTES
                    + ", was " + minutes.getAsInt());
        }
        OptionalInt rpe = body.integer("rpe", 0, 10);
        boolean estimated = body.flag("rpeEstimated");
        Optional<RunType> runType = body.code("runType", RunType::fromCode, RUN_TYPES);
        if (runType.isPresent() && activity.isPresent() && activity.get() != Activity.RUN) {
            body.problem("runType", "applies only to activity run");
        }
        boolean hills = body.flag("hills");
        var rotation = body.demand("rotationOverride");
        var armLoad = body.demand("armLoadOverride");
        List<JsonFields> strength = body.objects("strength");
        for (JsonFields set : strength) {
            set.text("exercise").flatMap(name -> org.plimsoll.web.form.PlainText.problem(name, EXERCISE_CHARS))
                    .ifPresent(why -> set.problem("exercise", why));
        }
        List<StrengthSet> sets = strength.stream().map(ScenarioReader::strengthSet).flatMap(Optional::stream).toList();
        // Checked against the person's experiments by SessionCondition, which knows them.
        Optional<String> condition = body.text("condition").map(String::strip).filter(c -> !c.isEmpty());
        if (body.hasProblems()) {
            return Optional.empty();
        }
        return Optional.of(new Session("new", activity.orElseThrow(), start, new Minutes(minutes.getAsInt()), distance,
                rpe.isPresent() ? Optional.of(new Effort(rpe.getAsInt())) : Optional.empty(), estimated, runType, hills,
                rotation, armLoad, sets, Source.MANUAL, condition));
    }

    /** The field a refused session's verdict is about, as the body names it. */
    private static String fieldOf(SessionBounds.Verdict verdict) {
        SessionBounds.Field field = verdict instanceof SessionBounds.Verdict.Impossible i ? i.field()
                : ((SessionBounds.Verdict.Unusual) verdict).field();
        return field == SessionBounds.Field.DISTANCE ? "distanceKm" : "minutes";
    }

    public record StrengthView(String exercise, int sets, int reps, Double loadKg) {
    }

    /** What we answer with: the session, and its check-ins when they were asked for. */
    public record View(String id, String activity, String start, String timezone, int minutes, Double distanceKm,
                       Integer rpe, boolean rpeEstimated, String runType, boolean hills, Integer rotationOverride,
                       Integer armLoadOverride, List<StrengthView> strength, String source,
                       List<CheckInJson.View> checkins, String condition) {
    }

    public static View view(Session s, List<CheckIn> checkIns) {
        return new View(s.id(), s.activity().code(), s.start().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                s.start().getZone().getId(), s.minutes().value(),
                s.distance().isPresent() ? s.distance().get().km() : null,
                s.rpe().map(Effort::value).orElse(null), s.rpeEstimated(), s.runType().map(RunType::code).orElse(null),
                s.hills(), s.rotationOverride().map(Demand::value).orElse(null),
                s.armLoadOverride().map(Demand::value).orElse(null),
                s.strengthSets().stream().map(x -> new StrengthView(x.exercise(), x.sets(), x.reps(),
                        x.loadKg().map(Kilograms::value).orElse(null))).toList(),
                s.source().name().toLowerCase(java.util.Locale.ROOT),
                checkIns.stream().map(CheckInJson::view).toList(), s.condition().orElse(null));
    }
}
