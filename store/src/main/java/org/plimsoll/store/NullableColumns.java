package org.plimsoll.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.DoubleFunction;
import java.util.function.IntFunction;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;

/** Reads nullable numeric and text columns as explicit absence rather than 0 or null. */
public final class NullableColumns {
    private NullableColumns() {
    }

    public static OptionalInt optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    public static OptionalDouble optionalDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** A nullable decimal column as the unit that holds it ({@code Hours::of}). */
    public static <T> Optional<T> optionalDouble(ResultSet rs, String column, DoubleFunction<T> unit) throws SQLException {
        return optionalDouble(rs, column).stream().mapToObj(unit).findFirst();
    }

    /** A nullable whole-number column as the unit that holds it ({@code Stress::of}). */
    public static <T> Optional<T> optionalInt(ResultSet rs, String column, IntFunction<T> unit) throws SQLException {
        return optionalInt(rs, column).stream().mapToObj(unit).findFirst();
    }

    public static Optional<Minutes> optionalMinutes(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(new Minutes(value));
    }

    public static Optional<Distance> optionalDistance(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Distance.ofKm(value));
    }

    public static Optional<String> optionalText(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    public static Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    public static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    public static Integer boxedMinutes(Optional<Minutes> value) {
        return value.isPresent() ? value.get().value() : null;
    }

    public static Double boxedKm(Optional<Distance> value) {
        return value.isPresent() ? value.get().km() : null;
    }
}
