package org.plimsoll.formats.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.engine.session.Session;
import org.plimsoll.formats.json.JsonFields;

/**
 * A scenario's {@code experiments} and its sessions' {@code condition} (SCENARIO.md, ENGINE.md section
 * 15): {@code {"id", "activity", "conditions": [FIRST, SECOND], "start", "weeks", "pausedOn", "stoppedOn"}},
 * one experiment per activity at a time; a session's condition must be one of an experiment's on its
 * activity. Each problem is reported with its path.
 */
final class ScenarioExperiments {
    private ScenarioExperiments() {
    }

    /** The experiments; each session given a condition gets it in {@code sessions}, in place. */
    static List<Experiment> read(List<JsonFields> items, List<JsonFields> sessionFields, List<Session> sessions) {
        List<Experiment> experiments = experiments(items);
        List<Session> conditioned = withConditions(sessionFields, sessions, experiments);
        sessions.clear();
        sessions.addAll(conditioned);
        return experiments;
    }

    private static List<Experiment> experiments(List<JsonFields> items) {
        List<Experiment> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonFields e : items) {
            e.allowOnly("id", "activity", "conditions", "start", "weeks", "pausedOn", "stoppedOn");
            Optional<String> id = e.requiredText("id").map(String::strip);
            id.filter(x -> x.isEmpty() || !ids.add(x))
                    .ifPresent(x -> e.problem("id", x.isEmpty() ? "must not be blank" : "'" + x + "' is used twice"));
            Optional<Activity> activity = e.requiredCode("activity", Activity::fromCode, Activity.knownCodes());
            List<String> conditions = conditions(e);
            Optional<LocalDate> start = e.requiredDate("start");
            OptionalInt weeks = e.integer("weeks", Experiment.FEWEST_WEEKS, Experiment.MOST_WEEKS);
            Optional<LocalDate> paused = e.date("pausedOn");
            Optional<LocalDate> stopped = e.date("stoppedOn");
            start.filter(s -> paused.filter(s::isAfter).isPresent() || stopped.filter(s::isAfter).isPresent())
                    .ifPresent(s -> e.problem(paused.filter(s::isAfter).isPresent() ? "pausedOn" : "stoppedOn",
                            "is before the experiment's start (" + s + ")"));
            if (id.isEmpty() || activity.isEmpty() || conditions.size() != 2 || start.isEmpty() || e.hasProblems()
                    || (e.has("weeks") && weeks.isEmpty())) {
                continue;
            }
            if (out.stream().anyMatch(o -> o.activity() == activity.get() && overlaps(o, start.get()))) {
                e.problem("start", "an activity has one experiment at a time: stop the earlier one first");
                continue;
            }
            out.add(new Experiment(id.get(), activity.get(), conditions, start.get(),
                    weeks.orElse(Experiment.DEFAULT_WEEKS), paused, stopped));
        }
        return out;
    }

    /** The two conditions, in the person's words: each 1–60 characters, the two different. */
    private static List<String> conditions(JsonFields e) {
        if (!e.has("conditions")) {
            e.problem("conditions", "is required: two conditions, like [\"usual\", \"cadence +5%\"]");
            return List.of();
        }
        List<JsonFields> items = e.elements("conditions");
        List<String> out = new ArrayList<>();
        for (JsonFields c : items) {
            Optional<String> text = c.asText().map(String::strip);
            if (text.isEmpty() || text.get().isEmpty() || text.get().length() > Experiment.MOST_CONDITION_LENGTH
                    || JsonFields.hasControlCharacter(text.get())) {
                c.problemHere("a condition is named in 1 to " + Experiment.MOST_CONDITION_LENGTH + " characters");
            } else {
                out.add(text.get());
            }
        }
        if (items.size() != 2) {
            e.problem("conditions", "an experiment compares exactly two conditions, had " + items.size());
        } else if (out.size() == 2 && out.get(0).equals(out.get(1))) {
            e.problem("conditions", "the two conditions must differ");
        }
        return items.size() == 2 && out.size() == 2 && !out.get(0).equals(out.get(1)) ? out : List.of();
    }

    /** Whether an experiment is still running on the day another of its activity starts (by its weeks). */
    private static boolean overlaps(Experiment earlier, LocalDate start) {
        LocalDate over = earlier.stoppedOn().orElse(earlier.start().plusWeeks(earlier.weeks()));
        return !start.isBefore(earlier.start()) && start.isBefore(over) || start.equals(earlier.start());
    }

    /**
     * The sessions with their {@code condition}: one of an experiment's conditions on the session's
     * activity, else a problem at the session's path.
     */
    private static List<Session> withConditions(List<JsonFields> fields, List<Session> sessions, List<Experiment> experiments) {
        // Ids may repeat in a scenario file; a condition goes to the first session of its id.
        Map<String, Session> byId = sessions.stream().collect(Collectors.toMap(Session::id, Function.identity(),
                (first, later) -> first));
        Map<String, Session> conditioned = new java.util.HashMap<>();
        for (JsonFields s : fields) {
            Optional<String> condition = s.text("condition").map(String::strip);
            Optional<Session> session = s.text("id").map(byId::get);
            if (condition.isEmpty() || session.isEmpty()) {
                continue;
            }
            boolean known = experiments.stream().anyMatch(e -> e.activity() == session.get().activity()
                    && e.conditions().contains(condition.get()));
            if (!known) {
                s.problem("condition", "'" + condition.get() + "' is not a condition of an experiment on "
                        + session.get().activity().code());
            } else {
                conditioned.put(session.get().id(), session.get().withCondition(condition.get()));
            }
        }
        return sessions.stream().map(x -> byId.get(x.id()) == x ? conditioned.getOrDefault(x.id(), x) : x).toList();
    }
}
