package org.plimsoll.store.settings;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.jdbi.v3.core.Handle;
import org.plimsoll.engine.settings.CoachingSettings;
import org.plimsoll.store.Database;
import org.plimsoll.store.TimeColumns;

/** One person's coaching settings; a person without a row has the defaults. */
public final class CoachingSettingsRepository {
    private final Database database;

    public CoachingSettingsRepository(Database database) {
        this.database = database;
    }

    public Optional<CoachingSettings> find(long accountId) {
        return database.withHandle(handle -> find(handle, accountId));
    }

    /** The person's settings, else the defaults. */
    public CoachingSettings get(long accountId) {
        return find(accountId).orElse(CoachingSettings.DEFAULT);
    }

    static Optional<CoachingSettings> find(Handle handle, long accountId) {
        return handle.createQuery("""
                        SELECT hold_days, progression_step_percent, flare_volume_percent, flare_further_cut_percent,
                               baseline_discount_percent
                        FROM coaching_settings WHERE account_id = :account""")
                .bind("account", accountId)
                .map((rs, ctx) -> {
                    int discount = rs.getInt("baseline_discount_percent");
                    OptionalInt own = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(discount);
                    return new CoachingSettings(rs.getInt("hold_days"), rs.getInt("progression_step_percent"),
                            rs.getInt("flare_volume_percent"), rs.getInt("flare_further_cut_percent"), own);
                })
                .findOne();
    }

    public void save(long accountId, CoachingSettings s, Instant now) {
        database.inTransaction(handle -> {
            handle.createUpdate("DELETE FROM coaching_settings WHERE account_id = :account")
                    .bind("account", accountId).execute();
            return handle.createUpdate("""
                            INSERT INTO coaching_settings (account_id, hold_days, progression_step_percent,
                                flare_volume_percent, flare_further_cut_percent, baseline_discount_percent, updated_at)
                            VALUES (:account, :hold, :step, :volume, :cut, :discount, :now)""")
                    .bind("account", accountId).bind("hold", s.holdDays()).bind("step", s.progressionStepPercent())
                    .bind("volume", s.flareVolumePercent()).bind("cut", s.flareFurtherCutPercent())
                    .bind("discount", s.baselineDiscountPercent().isPresent()
                            ? (Integer) s.baselineDiscountPercent().getAsInt() : null)
                    .bind("now", TimeColumns.storable(now)).execute();
        });
    }
}
