package org.plimsoll.web.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.problem.Problem;

/**
 * Reads a JSON object field by field and collects every problem, so that one answer names all
 * bad fields at once. Unknown fields are problems too: nothing is guessed.
 */
public final class BodyFields {
    private final JsonNode node;
    private final String path;
    private final List<FieldError> errors;

    private BodyFields(JsonNode node, String path, List<FieldError> errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    /** Starts reading a request body; a body that is not a JSON object is a problem at once. */
    public static BodyFields of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw Problem.invalid("/", "the body must be a JSON object");
        }
        return new BodyFields(body, "", new ArrayList<>());
    }

    /** Reads a nested object (an element of an array, say) into the same list of problems. */
    public BodyFields nested(JsonNode child, String childPath) {
        if (!child.isObject()) {
            errors.add(new FieldError(childPath, "must be an object"));
            return new BodyFields(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(),
                    childPath, errors);
        }
        return new BodyFields(child, childPath, errors);
    }

    public String pointer(String field) {
        return path + "/" + field;
    }

    public void problem(String field, String message) {
        errors.add(new FieldError(pointer(field), message));
    }

    public void allowOnly(String... names) {
        Set<String> allowed = new HashSet<>(Arrays.asList(names));
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                problem(name, "unknown field; allowed: " + String.join(", ", names));
            }
        }
    }

    private Optional<JsonNode> present(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    public Optional<String> optionalText(String field) {
        Optional<JsonNode> value = present(field);
        if (value.isPresent() && !value.get().isTextual()) {
            problem(field, "must be a string");
            return Optional.empty();
        }
        return value.map(JsonNode::asText);
    }

    public Optional<String> requiredText(String field) {
        if (present(field).isEmpty()) {
            problem(field, "is required");
            return Optional.empty();
        }
        return optionalText(field);
    }

    public OptionalInt optionalInt(String field, int min, int max) {
        Optional<JsonNode> value = present(field);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!value.get().canConvertToInt() || !value.get().isIntegralNumber()) {
            problem(field, "must be a whole number from " + min + " to " + max);
            return OptionalInt.empty();
        }
        int n = value.get().intValue();
        if (n < min || n > max) {
            problem(field, "must be from " + min + " to " + max + ", was " + n);
            return OptionalInt.empty();
        }
        return OptionalInt.of(n);
    }

    public OptionalInt requiredInt(String field, int min, int max) {
        if (present(field).isEmpty()) {
            problem(field, "is required");
            return OptionalInt.empty();
        }
        return optionalInt(field, min, max);
    }

    public OptionalDouble optionalNumber(String field, double min, double max) {
        Optional<JsonNode> value = present(field);
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (!value.get().isNumber()) {
            problem(field, "must be a number");
            return OptionalDouble.empty();
        }
        double n = value.get().doubleValue();
        if (!(n >= min && n <= max)) {
            problem(field, "must be from " + fmt(min) + " to " + fmt(max) + ", was " + fmt(n));
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(n);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    public boolean flag(String field) {
        Optional<JsonNode> value = present(field);
        if (value.isPresent() && !value.get().isBoolean()) {
            problem(field, "must be true or false");
            return false;
        }
        return value.map(JsonNode::booleanValue).orElse(false);
    }

    /** A text field that must be one of a set of codes, converted by {@code parse}. */
    public <T> Optional<T> optionalCode(String field, Function<String, Optional<T>> parse, String allowed) {
        Optional<String> text = optionalText(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> parsed = parse.apply(text.get());
        if (parsed.isEmpty()) {
            problem(field, "unknown value '" + text.get() + "'; allowed: " + allowed);
        }
        return parsed;
    }

    public <T> Optional<T> requiredCode(String field, Function<String, Optional<T>> parse, String allowed) {
        if (present(field).isEmpty()) {
            problem(field, "is required; allowed: " + allowed);
            return Optional.empty();
        }
        return optionalCode(field, parse, allowed);
    }

    public Optional<LocalDate> optionalDate(String field) {
        return optionalText(field).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                problem(field, "must be a date like 2026-03-01, was '" + text + "'");
                return Optional.empty();
            }
        });
    }

    public Optional<OffsetDateTime> optionalDateTime(String field) {
        return optionalText(field).flatMap(text -> {
            try {
                return Optional.of(OffsetDateTime.parse(text));
            } catch (DateTimeParseException e) {
                problem(field, "must be a date and time with offset like 2026-03-01T07:00:00Z, was '" + text + "'");
                return Optional.empty();
            }
        });
    }

    public Optional<ZoneId> optionalZone(String field) {
        return optionalText(field).flatMap(text -> {
            try {
                return Optional.of(ZoneId.of(text));
            } catch (RuntimeException e) {
                problem(field, "must be a time zone like Europe/London, was '" + text + "'");
                return Optional.empty();
            }
        });
    }

    /** The elements of an array field, each with its JSON pointer; empty when absent. */
    public List<Element> array(String field) {
        Optional<JsonNode> value = present(field);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!value.get().isArray()) {
            problem(field, "must be an array");
            return List.of();
        }
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < value.get().size(); i++) {
            elements.add(new Element(value.get().get(i), pointer(field) + "/" + i));
        }
        return elements;
    }

    /** One element of an array, with where it is. */
    public record Element(JsonNode value, String pointer) {
    }

    public boolean hasProblems() {
        return !errors.isEmpty();
    }

    /** Throws the 400 with every problem found so far, if there is any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
    }
}
