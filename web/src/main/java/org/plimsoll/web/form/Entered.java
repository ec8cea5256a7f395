package org.plimsoll.web.form;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a form held when it was sent, so that a page shown again after an error loses nothing:
 * every typed value and every tick. Empty on a first visit, when the defaults apply.
 */
public record Entered(Map<String, List<String>> fields) {
    public static final Entered NOTHING = new Entered(Map.of());

    public Entered {
        fields = Map.copyOf(fields);
    }

    public static Entered from(Context ctx) {
        return new Entered(ctx.formParamMap());
    }

    /** Every value sent for a field (the ticked boxes of a list), in order. */
    public List<String> all(String field) {
        return fields.getOrDefault(field, List.of());
    }

    /** What was typed in a field, or "" when nothing was. */
    public String value(String field) {
        return value(field, Optional.empty());
    }

    /** What was typed in a field, else the value already saved, so a wrong entry is corrected, not typed again. */
    public String value(String field, Optional<String> saved) {
        List<String> typed = all(field);
        return typed.isEmpty() ? saved.orElse("") : typed.get(0);
    }

    /** Whether a box or choice was ticked; on a first visit, its default. */
    public boolean ticked(String field, String value, boolean byDefault) {
        return fields.isEmpty() ? byDefault : all(field).contains(value);
    }
}
