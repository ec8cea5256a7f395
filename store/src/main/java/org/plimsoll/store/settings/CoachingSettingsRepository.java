package org.plimsoll.store.settings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.plimsoll.engine.settings.CoachingSettings;
import org.plimsoll.engine.unit.Percent;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
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
                               baseline_discount_percent, break_days, weekly_guard_percent,
                               readiness_cut_percent
                        FROM coaching_settings WHERE account_id = :account""")
                .bind("account", accountId)
                .map((rs, ctx) -> {
                    int discount = rs.getInt("baseline_discount_percent");
                    Optional<Percent> own = rs.wasNull() ? Optional.empty() : Optional.of(new Percent(discount));
                    int breakDays = rs.getInt("break_days");
                    if (rs.wasNull()) {
                        breakDays = CoachingSettings.Setting.BREAK_DAYS.defaultValue();
                    }
                    int guard = rs.getInt("weekly_guard_percent");
                    if (rs.wasNull()) {
                        guard = CoachingSettings.Setting.WEEKLY_GUARD_PERCENT.defaultValue();
                    }
                    int readiness = rs.getInt("readiness_cut_percent");
                    if (rs.wasNull()) {
                        readiness = CoachingSettings.Setting.READINESS_CUT_PERCENT.defaultValue();
                    }
                    return new CoachingSettings(rs.getInt("hold_days"), rs.getInt("progression_step_percent"),
                            rs.getInt("flare_volume_percent"), rs.getInt("flare_further_cut_percent"), own, breakDays,
                            guard, readiness, List.of());
                })
                .findOne().map(settings -> settings.withChanges(standingChanges(handle, accountId, settings)));
    }

    /** The clinicians' reasons behind the values that stand: the latest change of each setting, if it set today's value. */
    private static List<CoachingSettings.ChangedByClinician> standingChanges(Handle handle, long accountId,
                                                                             CoachingSettings settings) {
        Map<CoachingSettings.Setting, CoachingSettings.ChangedByClinician> latest = new LinkedHashMap<>();
        handle.createQuery("""
                        SELECT c.setting, c.new_value, c.at, c.reason, p.time_zone FROM care_changes c
                        LEFT JOIN profiles p ON p.account_id = c.patient_id
                        WHERE c.patient_id = :account ORDER BY c.at, c.id""")
                .bind("account", accountId)
                .map((rs, ctx) -> {
                    Optional<CoachingSettings.Setting> setting = CoachingSettings.Setting.byKey(rs.getString("setting"));
                    String value = rs.getString("new_value");
                    if (setting.isEmpty() || !value.matches("\\d{1,3}")) {
                        return Optional.<CoachingSettings.ChangedByClinician>empty();
                    }
                    ZoneId zone = rs.getString("time_zone") == null ? ZoneOffset.UTC : ZoneId.of(rs.getString("time_zone"));
                    return Optional.of(new CoachingSettings.ChangedByClinician(setting.get(), Integer.parseInt(value),
                            TimeColumns.instant(rs, "at", ctx).atZone(zone).toLocalDate(), rs.getString("reason")));
                }).list().forEach(change -> change.ifPresent(c -> latest.put(c.setting(), c)));
        return latest.values().stream().filter(c -> settings.value(c.setting()) == c.value()
                && (c.setting() != CoachingSettings.Setting.BASELINE_DISCOUNT_PERCENT
                || settings.baselineDiscountPercent().isPresent())).toList();
    }

    public void save(long accountId, CoachingSettings s, Instant now) {
        database.inTransaction(handle -> {
            save(handle, accountId, s, now);
            return null;
        });
    }

    /** {@link #save}, inside a caller's transaction. */
    public static void save(Handle handle, long accountId, CoachingSettings s, Instant now) {
        AccountRepository.touch(handle, accountId);
        handle.createUpdate("DELETE FROM coaching_settings WHERE account_id = :account")
                .bind("account", accountId).execute();
        handle.createUpdate("""
                            INSERT INTO coaching_settings (account_id, hold_days, progression_step_percent,
                                flare_volume_percent, flare_further_cut_percent, baseline_discount_percent, break_days,
                                weekly_guard_percent, readiness_cut_percent, updated_at)
                            VALUES (:account, :hold, :step, :volume, :cut, :discount, :breakDays, :guard, :readiness, :now)""")
                    .bind("account", accountId).bind("hold", s.holdDays()).bind("step", s.progressionStepPercent())
                    .bind("volume", s.flareVolumePercent()).bind("cut", s.flareFurtherCutPercent())
                    .bind("discount", s.baselineDiscountPercent().map(Percent::value).orElse(null))
                    .bind("breakDays", s.breakDays()).bind("guard", s.weeklyGuardPercent())
                    .bind("readiness", s.readinessCutPercent()).bind("now", TimeColumns.storable(now)).execute();
    }
}
