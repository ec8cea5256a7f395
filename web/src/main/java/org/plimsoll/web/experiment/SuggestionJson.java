package org.plimsoll.web.experiment;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import org.plimsoll.store.experiment.ExperimentSuggestionRepository.Suggestion;
import org.plimsoll.words.Audience;
import org.plimsoll.words.ExperimentResults;

/** A clinician's suggestion of an experiment as the API gives it ({@code ExperimentSuggestion} in the OpenAPI document). */
public final class SuggestionJson {
    private SuggestionJson() {
    }

    /** With its sentence as {@code who} reads it. */
    public static ObjectNode of(Suggestion s, Audience who, ZoneId zone) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("id", s.id());
        out.put("activity", s.activity().code());
        out.putArray("conditions").add(s.conditions().get(0)).add(s.conditions().get(1));
        out.put("weeks", s.weeks());
        out.put("suggestedAt", s.at().toString());
        out.put("by", s.clinician());
        out.put("answer", s.answer().name());
        if (s.experimentId().isPresent()) {
            out.put("experimentId", s.experimentId().get());
        } else {
            out.putNull("experimentId");
        }
        out.put("text", who == Audience.PERSON
                ? ExperimentResults.suggested(s.activity(), s.conditions(), s.weeks())
                : ExperimentResults.suggestion(s.activity(), s.conditions(), s.weeks(),
                        s.at().atZone(zone).toLocalDate(), s.answer().name()));
        return out;
    }
}
