package org.plimsoll.store.care;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plimsoll.engine.reason.CareReason;
import org.plimsoll.engine.reason.Reason;

/**
 * The typed reasons of a person's attention as stored text: one reason a line, its record's name
 * and then its components in declaration order, tab-separated. Never sentences: {@code words}
 * renders them when a page is made, so a wording change needs no migration. Every {@link CareReason}
 * record is covered by reading its components, so a record added to the engine is stored without a
 * change here; one renamed since a row was written no longer reads, and that row is then computed
 * again ({@link #decode} is empty).
 */
public final class AttentionCodec {
    /** A record's components and canonical constructor, looked up once: a caseload decodes hundreds of rows. */
    private record Shape(RecordComponent[] components, Constructor<?> canonical) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            try {
                return new Shape(components, type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new)));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without its canonical constructor: " + type, e);
            }
        }
    }

    private static final Map<String, Shape> RECORDS = Arrays.stream(CareReason.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Shape::of));

    private AttentionCodec() {
    }

    /** The reasons as text; only {@link CareReason} records are what a caseload stores. */
    public static String encode(List<Reason> reasons) {
        StringBuilder out = new StringBuilder();
        for (Reason reason : reasons) {
            if (!(reason instanceof CareReason) || !reason.getClass().isRecord()) {
                throw new IllegalArgumentException("not a caseload's reason: " + reason);
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(reason.getClass().getSimpleName());
            for (RecordComponent c : reason.getClass().getRecordComponents()) {
                out.append('\t').append(field(value(c, reason)));
            }
        }
        return out.toString();
    }

    /** The reasons again, or empty when the text is not one this version writes. */
    public static Optional<List<Reason>> decode(String text) {
        List<Reason> reasons = new ArrayList<>();
        if (text.isEmpty()) {
            return Optional.of(List.of());
        }
        try {
            for (String line : text.split("\n", -1)) {
                String[] parts = line.split("\t", -1);
                Shape shape = RECORDS.get(parts[0]);
                if (shape == null) {
                    return Optional.empty();
                }
                RecordComponent[] components = shape.components();
                if (parts.length != components.length + 1) {
                    return Optional.empty();
                }
                Object[] values = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    values[i] = parsed(components[i].getGenericType(), parts[i + 1]);
                }
                reasons.add((Reason) shape.canonical().newInstance(values));
            }
        } catch (ReflectiveOperationException | IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(reasons));
    }

    private static Object value(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record, e);
        }
    }

    private static String field(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        if (value instanceof String s) {
            // A clinician's "why" may hold tabs, line breaks and backslashes.
            return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
        }
        return String.valueOf(value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parsed(Type generic, String text) {
        Class<?> type = generic instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) generic;
        if (type == int.class) {
            return Integer.parseInt(text);
        } else if (type == long.class) {
            return Long.parseLong(text);
        } else if (type == double.class) {
            return Double.parseDouble(text);
        } else if (type == LocalDate.class) {
            return LocalDate.parse(text);
        } else if (type == String.class) {
            return unescaped(text);
        } else if (type.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) type, text);
        } else if (type == List.class && generic instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == Double.class) {
            return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(Double::valueOf).toList();
        }
        throw new IllegalArgumentException("a component of type " + generic + " is not stored yet");
    }

    private static String unescaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
