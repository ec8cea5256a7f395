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
                    return (position, statement, ctx) -> statement.setString(position, SQLITE_INSTANT.format(storable(value)));
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
                return text == null ? null : Instant.parse(text);
            });
            jdbi.registerColumnMapper(LocalDate.class, (ColumnMapper<LocalDate>) (rs, column, ctx) -> {
                String text = rs.getString(column);
                return text == null ? null : LocalDate.parse(text);
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
