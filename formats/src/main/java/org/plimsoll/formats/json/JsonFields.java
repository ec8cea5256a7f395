package org.plimsoll.formats.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
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
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.plimsoll.engine.history.PlausibleDates;
import org.plimsoll.engine.unit.Demand;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;

/**
 * Reads one JSON object field by field and collects every problem with its path, so that a person
 * hears about all of them at once. Unknown fields are problems: nothing is guessed.
 */
public final class JsonFields {
    private final JsonNode node;
    private final String path;
    private final List<JsonProblem> problems;

    private JsonFields(JsonNode node, String path, List<JsonProblem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The root object of a document; a root that is not an object is a problem at once. */
    public static JsonFields root(JsonNode node, List<JsonProblem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(new JsonProblem("$", "must be a JSON object"));
            return new JsonFields(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), "$", problems);
        }
        return new JsonFields(node, "$", problems);
    }

    public String path(String field) {
        return path + "." + field;
    }

    public void problem(String field, String message) {
        problems.add(new JsonProblem(path(field), message));
    }

    public boolean has(String field) {
        return present(field).isPresent();
    }

    /** Whether the field is in the body at all, even as null: null then says "clear it". */
    public boolean mentions(String field) {
        return node.has(field);
    }

    public void allowOnly(String... names) {
        Set<String> allowed = new HashSet<>(Arrays.asList(names));
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                problem(name, "unknown field; allowed here: " + String.join(", ", names));
            }
        }
    }

    private Optional<JsonNode> present(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    public Optional<String> text(String field) {
        Optional<JsonNode> value = present(field);
        if (value.isPresent() && !value.get().isTextual()) {
            problem(field, "must be a string");
            return Optional.empty();
        }
        if (value.isPresent() && hasControlCharacter(value.get().asText())) {
            problem(field, "must not contain control characters (such as NUL)");
            return Optional.empty();
        }
        return value.map(JsonNode::asText);
    }

    /** NUL and the other C0 controls but tab and line breaks: no field of ours has them, and PostgreSQL refuses NUL. */
    public static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    public Optional<String> requiredText(String field) {
        if (!has(field)) {
            problem(field, "is required");
            return Optional.empty();
        }
        return text(field);
    }

    public OptionalInt integer(String field, int min, int max) {
        Optional<JsonNode> value = present(field);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!value.get().isIntegralNumber() || !value.get().canConvertToInt()) {
            problem(field, "must be a whole number from " + min + " to " + max + ", was " + value.get());
            return OptionalInt.empty();
        }
        int n = value.get().intValue();
        if (n < min || n > max) {
            problem(field, "must be from " + min + " to " + max + ", was " + n);
            return OptionalInt.empty();
        }
        return OptionalInt.of(n);
    }

    /** Whole minutes, a plain number on the wire. */
    public Optional<Minutes> minutes(String field, int min, int max) {
        OptionalInt n = integer(field, min, max);
        return n.isPresent() ? Optional.of(new Minutes(n.getAsInt())) : Optional.empty();
    }

    /** A distance in kilometres, a plain number on the wire. */
    public Optional<Distance> distanceKm(String field, double min, double max) {
        OptionalDouble n = number(field, min, max);
        return n.isPresent() ? Optional.of(Distance.ofKm(n.getAsDouble())) : Optional.empty();
    }

    /** A demand on the back (0–3), such as a session's rotation override; out of range is the field's problem. */
    public Optional<Demand> demand(String field) {
        return integer(field, Demand.LOWEST, Demand.HIGHEST).stream().mapToObj(Demand::of).findFirst();
    }

    public OptionalInt requiredInteger(String field, int min, int max) {
        if (!has(field)) {
            problem(field, "is required");
            return OptionalInt.empty();
        }
        return integer(field, min, max);
    }

    public OptionalDouble number(String field, double min, double max) {
        Optional<JsonNode> value = present(field);
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (!value.get().isNumber()) {
            problem(field, "must be a number, was " + value.get());
            return OptionalDouble.empty();
        }
        double n = value.get().doubleValue();
        if (!(n >= min && n <= max)) {
            problem(field, "must be from " + plain(min) + " to " + plain(max) + ", was " + plain(n));
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(n);
    }

    /** A number in range, as the unit that holds it ({@code Hours::of}): a plain number on the wire. */
    public <T> Optional<T> number(String field, double min, double max, DoubleFunction<T> unit) {
        return number(field, min, max).stream().mapToObj(unit).findFirst();
    }

    /** A whole number in range, as the unit that holds it ({@code Stress::of}): a plain number on the wire. */
    public <T> Optional<T> integer(String field, int min, int max, IntFunction<T> unit) {
        return integer(field, min, max).stream().mapToObj(unit).findFirst();
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    public boolean flag(String field) {
        Optional<JsonNode> value = present(field);
        if (value.isPresent() && !value.get().isBoolean()) {
            problem(field, "must be true or false");
            return false;
        }
        return value.map(JsonNode::booleanValue).orElse(false);
    }

    /** A string that must be one of a set of codes, turned into a value by {@code parse}. */
    public <T> Optional<T> code(String field, Function<String, Optional<T>> parse, String allowed) {
        Optional<String> text = text(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = parse.apply(text.get());
        if (value.isEmpty()) {
            problem(field, "unknown value '" + text.get() + "'; allowed: " + allowed);
        }
        return value;
    }

    public <T> Optional<T> requiredCode(String field, Function<String, Optional<T>> parse, String allowed) {
        if (!has(field)) {
            problem(field, "is required; allowed: " + allowed);
            return Optional.empty();
        }
        return code(field, parse, allowed);
    }

    public Optional<LocalDate> date(String field) {
        return text(field).flatMap(t -> {
            try {
                LocalDate date = LocalDate.parse(t);
                if (!PlausibleDates.contains(date)) {
                    problem(field, "must be a date " + PlausibleDates.describe() + ", was '" + t + "'");
                    return Optional.empty();
                }
                return Optional.of(date);
            } catch (DateTimeParseException e) {
                problem(field, "must be a date like 2026-03-01, was '" + t + "'");
                return Optional.empty();
            }
        });
    }

    public Optional<LocalDate> requiredDate(String field) {
        if (!has(field)) {
            problem(field, "is required (a date like 2026-03-01)");
            return Optional.empty();
        }
        return date(field);
    }

    public Optional<OffsetDateTime> dateTime(String field) {
        return text(field).flatMap(t -> {
            try {
                OffsetDateTime at = OffsetDateTime.parse(t);
                if (!PlausibleDates.contains(at)) {
                    problem(field, "must be a date and time " + PlausibleDates.describe() + ", was '" + t + "'");
                    return Optional.empty();
                }
                return Optional.of(at);
            } catch (DateTimeParseException e) {
                problem(field, "must be a date and time with an offset like 2026-03-01T07:00:00Z, was '" + t + "'");
                return Optional.empty();
            }
        });
    }

    public Optional<LocalTime> time(String field) {
        return text(field).flatMap(t -> {
            try {
                LocalTime time = LocalTime.parse(t);
                if (time.getNano() != 0) {
                    // Databases keep different fractions of a second: whole seconds are the same everywhere.
                    problem(field, "must be a time like 07:30, to the second at most, was '" + t + "'");
                    return Optional.empty();
                }
                return Optional.of(time);
            } catch (DateTimeParseException e) {
                problem(field, "must be a time like 07:30, was '" + t + "'");
                return Optional.empty();
            }
        });
    }

    public Optional<ZoneId> zone(String field) {
        return text(field).flatMap(t -> {
            try {
                return Optional.of(ZoneId.of(t));
            } catch (RuntimeException e) {
                problem(field, "must be a time zone like Europe/London, was '" + t + "'");
                return Optional.empty();
            }
        });
    }

    /** The objects of an array field, each read with its own path; empty when the field is absent. */
    public List<JsonFields> objects(String field) {
        return elements(field).stream().map(e -> {
            if (!e.node.isObject()) {
                problems.add(new JsonProblem(e.path, "must be an object"));
                return null;
            }
            return e;
        }).filter(java.util.Objects::nonNull).toList();
    }

    /** The elements of an array field, each with its path. */
    public List<JsonFields> elements(String field) {
        Optional<JsonNode> value = present(field);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!value.get().isArray()) {
            problem(field, "must be an array");
            return List.of();
        }
        List<JsonFields> elements = new ArrayList<>();
        for (int i = 0; i < value.get().size(); i++) {
            elements.add(new JsonFields(value.get().get(i), path(field) + "[" + i + "]", problems));
        }
        return elements;
    }

    /** An object field, read with its own path; empty when absent. */
    public Optional<JsonFields> object(String field) {
        Optional<JsonNode> value = present(field);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!value.get().isObject()) {
            problem(field, "must be an object");
            return Optional.empty();
        }
        return Optional.of(new JsonFields(value.get(), path(field), problems));
    }

    /** This value as text (for array elements that are strings). */
    public Optional<String> asText() {
        if (!node.isTextual()) {
            problems.add(new JsonProblem(path, "must be a string"));
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    public String path() {
        return path;
    }

    /** Whether anything read so far, here or elsewhere in the document, was wrong. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void problemHere(String message) {
        problems.add(new JsonProblem(path, message));
    }
}
