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
final class ReusedStatements implements StatementBuilder {
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

    /** Closes every statement made here; the commit's transaction is over. */
    void closeAll() {
        List<Statement> all = new ArrayList<>(made.keySet());
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
