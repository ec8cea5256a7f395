package org.plimsoll.web.form;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.plimsoll.formats.json.JsonProblem;
import org.plimsoll.web.json.JsonBodies;
import org.plimsoll.web.problem.FieldError;

/**
 * A page's form read as the JSON object the API takes, so that a form and the API share one reader
 * and one set of rules; an empty field is an absent one.
 */
public final class FormBody {
    private final Context ctx;
    private final ObjectNode node = JsonNodeFactory.instance.objectNode();

    public FormBody(Context ctx) {
        this.ctx = ctx;
    }

    public ObjectNode node() {
        return node;
    }

    public Optional<String> text(String field) {
        return Optional.ofNullable(ctx.formParam(field)).map(String::trim).filter(s -> !s.isEmpty());
    }

    /** Copies a text field under the API's name. */
    public FormBody text(String field, String as) {
        text(field).ifPresent(v -> node.put(as, v));
        return this;
    }

    /** Copies a number field; something not a number is passed on as text so the reader names it. */
    public FormBody number(String field, String as) {
        text(field).ifPresent(v -> {
            String number = v.replace(',', '.');
            try {
                node.put(as, Long.parseLong(number));
            } catch (NumberFormatException notWhole) {
                try {
                    node.put(as, Double.parseDouble(number));
                } catch (NumberFormatException notNumber) {
                    node.put(as, v);
                }
            }
        });
        return this;
    }

    public FormBody flag(String field, String as) {
        text(field).ifPresent(v -> node.put(as, v.equals("on") || v.equals("yes") || v.equals("true")));
        return this;
    }

    /** A number typed in a field, within bounds; what is wrong is added to {@code errors}. */
    public java.util.OptionalDouble decimal(String field, double min, double max, List<FieldError> errors) {
        Optional<String> typed = text(field);
        if (typed.isEmpty()) {
            return java.util.OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(typed.get().replace(',', '.'));
            if (value >= min && value <= max) {
                return java.util.OptionalDouble.of(value);
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        errors.add(new FieldError(field, "must be a number from " + bound(min) + " to " + bound(max)));
        return java.util.OptionalDouble.empty();
    }

    /** A whole number typed in a field, within bounds. */
    public java.util.OptionalInt whole(String field, int min, int max, List<FieldError> errors) {
        java.util.OptionalDouble value = decimal(field, min, max, errors);
        if (value.isEmpty()) {
            return java.util.OptionalInt.empty();
        }
        if (value.getAsDouble() != Math.rint(value.getAsDouble())) {
            errors.add(new FieldError(field, "must be a whole number from " + min + " to " + max));
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of((int) value.getAsDouble());
    }

    /**
     * A whole number in text already read (a form field, or a JSON value's text), within bounds; what
     * is wrong is added to {@code errors} at {@code at}. Unlike {@link #whole} it takes no decimal point.
     */
    public static java.util.OptionalInt whole(String typed, int min, int max, String at, List<FieldError> errors) {
        try {
            int value = Integer.parseInt(typed);
            if (value >= min && value <= max) {
                return java.util.OptionalInt.of(value);
            }
        } catch (NumberFormatException e) {
            // named below, as a number out of range is
        }
        errors.add(new FieldError(at, "must be a whole number from " + min + " to " + max));
        return java.util.OptionalInt.empty();
    }

    private static String bound(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** The constant a form value names (any case), if it names one. */
    public static <E extends Enum<E>> Optional<E> choice(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toUpperCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst();
    }

    /** Problems from the shared reader, with the API's JSON pointers turned back into form field names. */
    public static List<FieldError> fieldErrors(List<JsonProblem> problems) {
        return problems.stream().map(p -> new FieldError(JsonBodies.pointer(p.path()).substring(1), p.message())).toList();
    }
}
