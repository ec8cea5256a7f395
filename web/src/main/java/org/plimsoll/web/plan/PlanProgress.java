package org.plimsoll.web.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.plimsoll.engine.plan.PlanDone;
import org.plimsoll.web.person.Snapshot;

/** The week plan with each entry marked done or not (engine {@link PlanDone}), for the pages and the API alike. */
public final class PlanProgress {
    private PlanProgress() {
    }

    /** The plan's entries in order, each with the session that did it; kept as long as the assessment is. */
    public static List<PlanDone.Entry> entries(Snapshot s) {
        return s.once(PlanProgress.class,
                () -> List.copyOf(PlanDone.of(s.assessment().plan(), s.history().sessions(), s.zone())));
    }

    /** The plan's JSON entries on the days asked for, each with {@code "done"}. */
    public static ArrayNode json(Snapshot s, Predicate<LocalDate> days) {
        List<PlanDone.Entry> entries = entries(s);
        JsonNode plan = s.json("plan");
        ArrayNode chosen = ((ArrayNode) plan).arrayNode();
        for (int i = 0; i < plan.size(); i++) {
            if (days.test(entries.get(i).planned().date())) {
                chosen.add(((ObjectNode) plan.get(i)).put("done", entries.get(i).done()));
            }
        }
        return chosen;
    }
}
