package org.plimsoll.web.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.plimsoll.formats.json.JsonSyntax;
import org.plimsoll.web.problem.Problem;

/** Parses request bodies; broken JSON is a 400 that says where it broke. */
public final class JsonBodies {
    private JsonBodies() {
    }

    public static JsonNode read(Context ctx, ObjectMapper json) {
        String text = ctx.body();
        if (text.isBlank()) {
            throw Problem.invalid("/", "the body is empty; send a JSON object");
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw Problem.invalid("/", JsonSyntax.describe(e));
        }
    }
}
