package org.plimsoll.store.flare;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.plimsoll.engine.history.DeclaredFlare;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.TimeColumns;

public final class DeclaredFlareRepository {
    private final Database database;

    public DeclaredFlareRepository(Database database) {
        this.database = database;
    }

    public void add(long accountId, DeclaredFlare flare) {
        database.inTransaction(handle -> {
            insert(handle, accountId, flare);
            return null;
        });
    }

    public static void insert(Handle handle, long accountId, DeclaredFlare flare) {
        AccountRepository.touch(handle, accountId);
        handle.createUpdate("INSERT INTO declared_flares (account_id, on_date, note) VALUES (:account, :date, :note)")
                .bind("account", accountId).bind("date", flare.date()).bind("note", flare.note().orElse(null))
                .execute();
    }

    public List<DeclaredFlare> list(long accountId) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM declared_flares WHERE account_id = :account ORDER BY on_date, id")
                .bind("account", accountId)
                .map((rs, ctx) -> new DeclaredFlare(TimeColumns.date(rs, "on_date", ctx),
                        Optional.ofNullable(rs.getString("note"))))
                .list());
    }
}
