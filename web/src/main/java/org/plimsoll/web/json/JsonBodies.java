package org.plimsoll.web.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import org.plimsoll.formats.json.JsonFields;
import org.plimsoll.formats.json.JsonProblem;
import org.plimsoll.formats.json.JsonSyntax;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.problem.Problem;

/**
 * Request bodies: parsed (broken JSON is a 400 that says where it broke) and read field by field
 * with the same reader the scenario files use; problems are answered with JSON pointers.
 */
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

    /** The body's fields; whatever is wrong with them is collected in {@code problems}. */
    public static JsonFields fields(Context ctx, ObjectMapper json, List<JsonProblem> problems) {
        JsonNode body = read(ctx, json);
        if (!body.isObject()) {
            throw Problem.invalid("/", "the body must be a JSON object");
        }
        return JsonFields.root(body, problems);
    }

    /** Throws the 400 naming every problem, if there is any. */
    public static void requireValid(List<JsonProblem> problems) {
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems.stream().map(p -> new FieldError(pointer(p.path()), p.message())).toList());
        }
    }

    /** {@code $.strength[0].sets} as the JSON pointer {@code /strength/0/sets}. */
    public static String pointer(String path) {
        String rest = path.startsWith("$") ? path.substring(1) : path;
        String pointer = rest.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
        return pointer.isEmpty() ? "/" : pointer;
    }
}
