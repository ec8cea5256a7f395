package org.plimsoll.formats.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.plimsoll.engine.experiment.Comparison;
import org.plimsoll.engine.experiment.ExperimentAnswer;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.words.Reasons;

/**
 * An experiment's answer as the scenario output and the API write it (SCENARIO.md): its id, activity,
 * conditions, start and weeks, the day it stops running, its status, the sessions with a next morning
 * and the REDs per condition, the effect (second minus first; positive: worse) with its 95% interval,
 * or nulls before there is enough, the verdict and the reasons in words.
 */
public final class ExperimentJson {
    private ExperimentJson() {
    }

    public static ArrayNode array(List<ExperimentAnswer> answers) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        answers.forEach(a -> out.add(tree(a)));
        return out;
    }

    public static ObjectNode tree(ExperimentAnswer a) {
        Experiment e = a.experiment();
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", e.id());
        n.put("activity", e.activity().code());
        ArrayNode conditions = n.putArray("conditions");
        e.conditions().forEach(conditions::add);
        n.put("start", e.start().toString());
        n.put("weeks", e.weeks());
        n.put("ends", a.ends().toString());
        n.put("status", a.status().name());
        ObjectNode sessions = n.putObject("sessions");
        a.sessions().forEach(sessions::put);
        ObjectNode reds = n.putObject("reds");
        a.reds().forEach(reds::put);
        if (a.difference().isPresent()) {
            Comparison.Difference d = a.difference().get();
            n.put("effect", round(d.effect())).put("low", round(d.low())).put("high", round(d.high()));
        } else {
            n.putNull("effect").putNull("low").putNull("high");
        }
        n.put("verdict", a.verdict().name());
        AssessmentFields.strings(n.putArray("reasons"), Reasons.of(a.reasons()));
        return n;
    }

    /** Two decimals: more than a pain score can tell, and the same bytes on every machine. */
    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
