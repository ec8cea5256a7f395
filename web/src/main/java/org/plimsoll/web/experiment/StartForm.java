package org.plimsoll.web.experiment;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.words.ExperimentQuestions;

/**
 * The start form of the experiments page as the API's body: a question from the short list gives its two
 * conditions, offered only for the activities it makes sense for; "own" takes the two the person typed.
 * The API's checks then apply, their fields named as the form names them.
 */
final class StartForm {
    private StartForm() {
    }

    static Optional<Experiment> read(Snapshot s, Map<String, String> typed, List<FieldError> problems) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        String activity = typed.getOrDefault("activity", "");
        body.put("activity", activity);
        String question = typed.getOrDefault("question", "");
        List<FieldError> own = new ArrayList<>();
        if (question.equals(ExperimentQuestions.OWN)) {
            body.putArray("conditions").add(typed.getOrDefault("firstCondition", ""))
                    .add(typed.getOrDefault("secondCondition", ""));
        } else {
            Optional<ExperimentQuestions.Question> q = ExperimentQuestions.byCode(question);
            Optional<Activity> a = Activity.fromCode(activity);
            if (q.isEmpty()) {
                own.add(new FieldError("question", "choose a question, or two conditions of your own"));
            } else if (a.isPresent() && !q.get().offeredFor(a.get())) {
                own.add(new FieldError("question", "this question is for " + ExperimentQuestions.where(q.get())
                        + " only; choose another, or two conditions of your own"));
            } else {
                body.putArray("conditions").add(q.get().first()).add(q.get().second());
            }
        }
        String weeks = typed.getOrDefault("weeks", String.valueOf(Experiment.DEFAULT_WEEKS));
        try {
            body.put("weeks", Integer.parseInt(weeks.strip()));
        } catch (NumberFormatException e) {
            body.put("weeks", weeks);
        }
        List<FieldError> api = new ArrayList<>();
        Optional<Experiment> e = ExperimentRoutes.read(s, body, api);
        for (FieldError f : api) {
            if (f.field().startsWith("/conditions") && !question.equals(ExperimentQuestions.OWN)) {
                continue;
            }
            problems.add(new FieldError(formField(f.field()), f.message()));
        }
        problems.addAll(own);
        return problems.isEmpty() ? e : Optional.empty();
    }

    /** The form's name of the API's field. */
    private static String formField(String pointer) {
        return switch (pointer) {
            case "/conditions", "/conditions/0" -> "firstCondition";
            case "/conditions/1" -> "secondCondition";
            default -> pointer.substring(1);
        };
    }
}
