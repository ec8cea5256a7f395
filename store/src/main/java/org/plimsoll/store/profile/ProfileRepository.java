package org.plimsoll.store.profile;

import static org.plimsoll.store.NullableColumns.optionalDistance;
import static org.plimsoll.store.NullableColumns.optionalMinutes;
import static org.plimsoll.store.NullableColumns.boxedKm;
import static org.plimsoll.store.NullableColumns.boxedMinutes;
import static org.plimsoll.store.NullableColumns.optionalInt;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.activity.Demands;
import org.plimsoll.engine.profile.Goal;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.engine.profile.Units;
import org.plimsoll.store.Database;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.unit.SessionsPerWeek;
import org.plimsoll.store.account.AccountRepository;

/** A person's profile with goals, and their edits to the activity catalogue's demands. */
public final class ProfileRepository {
    private final Database database;

    public ProfileRepository(Database database) {
        this.database = database;
    }

    public void save(long accountId, Profile profile, Instant now) {
        database.inTransaction(handle -> {
            upsert(handle, accountId, profile, now);
            return null;
        });
    }

    /** Whether the person finished (or skipped) onboarding; accounts made outside the browser have. */
    public boolean isOnboarded(long accountId) {
        return database.withHandle(handle -> handle.createQuery(
                        "SELECT onboarded FROM profiles WHERE account_id = :account")
                .bind("account", accountId).mapTo(Boolean.class).findOne().orElse(true));
    }

    /** The name the person gave for their report and share page, if any. */
    public static Optional<String> displayName(Handle handle, long accountId) {
        return handle.createQuery("SELECT display_name FROM profiles WHERE account_id = :account")
                .bind("account", accountId).mapTo(String.class).findOne().filter(n -> !n.isBlank());
    }

    public void setDisplayName(long accountId, Optional<String> name) {
        database.inTransaction(handle -> {
            AccountRepository.touch(handle, accountId);
            return handle.createUpdate("UPDATE profiles SET display_name = :name WHERE account_id = :account")
                    .bind("name", name.orElse(null)).bind("account", accountId).execute();
        });
    }

    public void setOnboarded(long accountId, boolean onboarded) {
        database.withHandle(handle -> {
            setOnboarded(handle, accountId, onboarded);
            return null;
        });
    }

    /** {@link #setOnboarded}, inside a caller's transaction. */
    public static void setOnboarded(Handle handle, long accountId, boolean onboarded) {
        handle.createUpdate("UPDATE profiles SET onboarded = :onboarded WHERE account_id = :account")
                .bind("onboarded", onboarded).bind("account", accountId).execute();
    }

    public static void upsert(Handle handle, long accountId, Profile p, Instant now) {
        AccountRepository.touch(handle, accountId);
        handle.createUpdate("""
                        INSERT INTO profiles (account_id, regions, irritability, units, time_zone, morning_check_in,
                            updated_at)
                        VALUES (:account, :regions, :irritability, :units, :zone, :morning, :now)
                        ON CONFLICT (account_id) DO UPDATE SET regions = excluded.regions,
                            irritability = excluded.irritability, units = excluded.units,
                            time_zone = excluded.time_zone, morning_check_in = excluded.morning_check_in,
                            updated_at = excluded.updated_at""")
                .bind("account", accountId)
                .bind("regions", p.regions().stream().sorted().map(Region::name).collect(Collectors.joining(",")))
                .bind("irritability", p.irritability().name())
                .bind("units", p.units().name())
                .bind("zone", p.zone().getId())
                .bind("morning", p.morningCheckIn().toString())
                .bind("now", now)
                .execute();
        handle.createUpdate("DELETE FROM goals WHERE account_id = :account").bind("account", accountId).execute();
        for (Goal g : p.goals()) {
            handle.createUpdate("""
                            INSERT INTO goals (account_id, activity, sessions_per_week, minutes, distance_km, rpe_cap)
                            VALUES (:account, :activity, :sessions, :minutes, :distance, :rpe)""")
                    .bind("account", accountId).bind("activity", g.activity().code())
                    .bind("sessions", g.sessionsPerWeek().map(SessionsPerWeek::value).orElse(null))
                    .bind("minutes", boxedMinutes(g.minutes())).bind("distance", boxedKm(g.distance()))
                    .bind("rpe", g.rpeCap().map(Effort::value).orElse(null))
                    .execute();
        }
    }

    public Optional<Profile> find(long accountId) {
        return database.withHandle(handle -> {
            List<Goal> goals = handle.createQuery("SELECT * FROM goals WHERE account_id = :account ORDER BY activity")
                    .bind("account", accountId)
                    .map((rs, ctx) -> new Goal(Activity.fromCode(rs.getString("activity")).orElse(Activity.OTHER),
                            optionalInt(rs, "sessions_per_week").stream().mapToObj(SessionsPerWeek::new).findFirst(),
                            optionalMinutes(rs, "minutes"), optionalDistance(rs, "distance_km"),
                            optionalInt(rs, "rpe_cap").stream().mapToObj(Effort::new).findFirst()))
                    .list();
            return handle.createQuery("SELECT * FROM profiles WHERE account_id = :account")
                    .bind("account", accountId)
                    .map((rs, ctx) -> new Profile(
                            regions(rs.getString("regions")),
                            Irritability.valueOf(rs.getString("irritability")),
                            Units.valueOf(rs.getString("units")),
                            ZoneId.of(rs.getString("time_zone")),
                            LocalTime.parse(rs.getString("morning_check_in")),
                            goals))
                    .findOne();
        });
    }

    /** The person's time zone; UTC until they have a profile. */
    public ZoneId zoneOf(long accountId) {
        return find(accountId).map(Profile::zone).orElse(java.time.ZoneOffset.UTC);
    }

    private static EnumSet<Region> regions(String text) {
        EnumSet<Region> regions = EnumSet.noneOf(Region.class);
        Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(Region::valueOf).forEach(regions::add);
        return regions;
    }

    /** Sets the person's own demands for an activity, replacing the catalogue default for them. */
    public void saveDemands(long accountId, Activity activity, Demands demands) {
        database.inTransaction(handle -> {
            AccountRepository.touch(handle, accountId);
            return handle.createUpdate("""
                            INSERT INTO activity_demands (account_id, activity, rotation, arm_load, impact)
                            VALUES (:account, :activity, :rotation, :arm, :impact)
                            ON CONFLICT (account_id, activity) DO UPDATE SET rotation = excluded.rotation,
                                arm_load = excluded.arm_load, impact = excluded.impact""")
                    .bind("account", accountId).bind("activity", activity.code())
                    .bind("rotation", demands.rotation()).bind("arm", demands.armLoad()).bind("impact", demands.impact())
                    .execute();
        });
    }

    /** The catalogue as this person sees it: the defaults, with their own edits on top. */
    public Map<Activity, Demands> catalogue(long accountId) {
        Map<Activity, Demands> catalogue = new EnumMap<>(Activity.class);
        for (Activity a : Activity.values()) {
            catalogue.put(a, a.defaultDemands());
        }
        database.withHandle(handle -> handle.createQuery("SELECT * FROM activity_demands WHERE account_id = :account")
                        .bind("account", accountId)
                        .map((rs, ctx) -> Map.entry(rs.getString("activity"),
                                new Demands(rs.getInt("rotation"), rs.getInt("arm_load"), rs.getInt("impact"))))
                        .list())
                .forEach(edit -> Activity.fromCode(edit.getKey()).ifPresent(a -> catalogue.put(a, edit.getValue())));
        return catalogue;
    }
}
