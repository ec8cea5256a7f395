package org.plimsoll.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.ColumnMapper;

/**
 * How instants and dates are written and read. PostgreSQL has real timestamp and date types;
 * SQLite keeps fixed-width ISO-8601 text, which sorts in time order and reads well in a shell.
 * Both keep microseconds, PostgreSQL's precision, so a value reads back exactly as stored.
 */
public final class TimeColumns {
    private static final DateTimeFormatter SQLITE_INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private TimeColumns() {
    }

    /** What the store keeps of an instant: microseconds. */
    public static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static void register(Jdbi jdbi, Database.Kind kind) {
        if (kind == Database.Kind.SQLITE) {
            jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.VARCHAR) {
                @Override
                protected Argument build(Instant value, ConfigRegistry config) {
                    return (position, statement, ctx) -> statement.setString(position, formatInstant(value));
                }
            });
            jdbi.registerArgument(new AbstractArgumentFactory<LocalDate>(Types.VARCHAR) {
                @Override
                protected Argument build(LocalDate value, ConfigRegistry config) {
                    return (position, statement, ctx) -> statement.setString(position, value.toString());
                }
            });
            jdbi.registerColumnMapper(Instant.class, (ColumnMapper<Instant>) (rs, column, ctx) -> {
                String text = rs.getString(column);
                return text == null ? null : parseInstant(text);
            });
            jdbi.registerColumnMapper(LocalDate.class, (ColumnMapper<LocalDate>) (rs, column, ctx) -> {
                String text = rs.getString(column);
                return text == null ? null : parseDate(text);
            });
        } else {
            jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.TIMESTAMP_WITH_TIMEZONE) {
                @Override
                protected Argument build(Instant value, ConfigRegistry config) {
                    return (position, statement, ctx) ->
                            statement.setObject(position, storable(value).atOffset(ZoneOffset.UTC));
                }
            });
            jdbi.registerArgument(new AbstractArgumentFactory<LocalDate>(Types.DATE) {
                @Override
                protected Argument build(LocalDate value, ConfigRegistry config) {
                    return (position, statement, ctx) -> statement.setObject(position, value);
                }
            });
            jdbi.registerColumnMapper(Instant.class, (ColumnMapper<Instant>) (rs, column, ctx) -> {
                OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
                return value == null ? null : value.toInstant();
            });
            jdbi.registerColumnMapper(LocalDate.class, (ColumnMapper<LocalDate>) (rs, column, ctx) ->
                    rs.getObject(column, LocalDate.class));
        }
    }

    /**
     * A stored date, "2026-03-01": read by position, since the store writes only this form and
     * loading a person's history parses thousands of them (a formatter's parse was a tenth of it).
     */
    static LocalDate parseDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return LocalDate.parse(text);
        }
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }

    /** A stored instant, "2026-03-01T09:00:00.000000Z" (what {@link #SQLITE_INSTANT} writes), by position. */
    static Instant parseInstant(String text) {
        if (text.length() != 27 || text.charAt(10) != 'T' || text.charAt(19) != '.' || text.charAt(26) != 'Z') {
            return Instant.parse(text);
        }
        long days = parseDate(text.substring(0, 10)).toEpochDay();
        long seconds = days * 86_400L + digits(text, 11, 13) * 3_600L + digits(text, 14, 16) * 60L + digits(text, 17, 19);
        return Instant.ofEpochSecond(seconds, digits(text, 20, 26) * 1_000L);
    }

    /** What {@link #SQLITE_INSTANT} writes, without the formatter: every check-in writes two. */
    static String formatInstant(Instant instant) {
        java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return SQLITE_INSTANT.format(storable(instant));
        }
        StringBuilder text = new StringBuilder(27);
        pad(text, t.getYear(), 4).append('-');
        pad(text, t.getMonthValue(), 2).append('-');
        pad(text, t.getDayOfMonth(), 2).append('T');
        pad(text, t.getHour(), 2).append(':');
        pad(text, t.getMinute(), 2).append(':');
        pad(text, t.getSecond(), 2).append('.');
        return pad(text, instant.getNano() / 1_000, 6).append('Z').toString();
    }

    private static StringBuilder pad(StringBuilder text, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw new java.time.format.DateTimeParseException("not a stored time", text, i);
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** Reads an instant column in a row mapper. */
    public static Instant instant(ResultSet rs, String column, org.jdbi.v3.core.statement.StatementContext ctx)
            throws SQLException {
        return optionalInstant(rs, column, ctx).orElseThrow(() -> new SQLException(column + " is null"));
    }

    public static Optional<Instant> optionalInstant(ResultSet rs, String column,
                                                    org.jdbi.v3.core.statement.StatementContext ctx)
            throws SQLException {
        return Optional.ofNullable(ctx.findColumnMapperFor(Instant.class).orElseThrow()
                .map(rs, rs.findColumn(column), ctx));
    }

    public static Optional<LocalDate> optionalDate(ResultSet rs, String column,
                                                   org.jdbi.v3.core.statement.StatementContext ctx)
            throws SQLException {
        return Optional.ofNullable(ctx.findColumnMapperFor(LocalDate.class).orElseThrow()
                .map(rs, rs.findColumn(column), ctx));
    }

    public static LocalDate date(ResultSet rs, String column, org.jdbi.v3.core.statement.StatementContext ctx)
            throws SQLException {
        return optionalDate(rs, column, ctx).orElseThrow(() -> new SQLException(column + " is null"));
    }
}
