package org.plimsoll.store;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The statements of one shared commit ({@link GroupCommit}): its units of work are alike (a check-in is
 * the key's look-up, the revision bump, the row, the key's answer), so each SQL text is prepared once
 * per commit and reused by every unit that runs it, instead of being prepared, parsed by SQLite and
 * closed again for each. A statement is reused only once its last use closed it; the same SQL run
 * while it is still open (a query inside the loop over that query's rows) gets a statement of its own.
 * Everything is closed with {@link #closeAll} when the commit's transaction ends.
 */
public final class ReusedStatements implements StatementBuilder {
    /** What makes two prepared statements interchangeable: the SQL and the generated keys asked for. */
    private record Shape(String sql, boolean generatedKeys, List<String> keyColumns) {
        static Shape of(String sql, StatementContext ctx) {
            String[] columns = ctx.getGeneratedKeysColumnNames();
            return new Shape(sql, ctx.isReturningGeneratedKeys(), columns == null ? List.of() : List.of(columns));
        }
    }

    private final StatementBuilder fresh;
    private final Map<Shape, PreparedStatement> idle = new HashMap<>();
    private final Map<Statement, Shape> made = new IdentityHashMap<>();
    /** Plain JDBC statements of this commit by SQL ({@link #plain}); each is used and done with in one call. */
    private final Map<String, PreparedStatement> plain = new HashMap<>();

    /**
     * A plain JDBC statement on the handle's connection, for the few statements every check-in runs on the
     * committer thread: Jdbi's own work for a statement (copying its configuration, finding binders and
     * mappers by type) costs more there than SQLite's execution. Inside a shared commit the statement is
     * prepared once a commit and kept ({@link Plain#close} leaves it open); elsewhere it is the caller's
     * own and closed with it. Its user binds every parameter, runs it and reads its rows before closing it,
     * without running anything else on it in between.
     */
    public static Plain plain(org.jdbi.v3.core.Handle handle, String sql) throws SQLException {
        if (handle.getStatementBuilder() instanceof ReusedStatements shared) {
            return new Plain(shared.plain(handle.getConnection(), sql), false);
        }
        return new Plain(handle.getConnection().prepareStatement(sql), true);
    }

    /** A plain statement and whether closing it is its user's ({@link #plain}). */
    public record Plain(PreparedStatement statement, boolean own) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            if (own) {
                statement.close();
            }
        }
    }

    ReusedStatements(StatementBuilder fresh) {
        this.fresh = fresh;
    }

    @Override
    public Statement create(Connection conn, StatementContext ctx) throws SQLException {
        return fresh.create(conn, ctx);
    }

    @Override
    public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
        Shape shape = Shape.of(sql, ctx);
        PreparedStatement reused = idle.remove(shape);
        if (reused != null) {
            return reused;
        }
        PreparedStatement statement = fresh.create(conn, sql, ctx);
        made.put(statement, shape);
        return statement;
    }

    @Override
    public CallableStatement createCall(Connection conn, String sql, StatementContext ctx) throws SQLException {
        return fresh.createCall(conn, sql, ctx);
    }

    @Override
    public void close(Connection conn, String sql, Statement statement) throws SQLException {
        Shape shape = made.get(statement);
        if (shape != null && !idle.containsKey(shape)) {
            // Kept for the next unit; its parameters are all bound again before it runs.
            idle.put(shape, (PreparedStatement) statement);
            return;
        }
        made.remove(statement);
        fresh.close(conn, sql, statement);
    }

    private PreparedStatement plain(Connection conn, String sql) throws SQLException {
        PreparedStatement kept = plain.get(sql);
        if (kept == null) {
            kept = conn.prepareStatement(sql);
            plain.put(sql, kept);
        }
        return kept;
    }

    /** Closes every statement made here; the commit's transaction is over. */
    void closeAll() {
        List<Statement> all = new ArrayList<>(made.keySet());
        all.addAll(plain.values());
        plain.clear();
        made.clear();
        idle.clear();
        for (Statement statement : all) {
            try {
                statement.close();
            } catch (SQLException e) {
                // Closing a statement of a finished transaction frees memory only; nothing is lost.
            }
        }
    }
}
