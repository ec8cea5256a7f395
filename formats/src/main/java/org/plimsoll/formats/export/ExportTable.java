package org.plimsoll.formats.export;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.history.CheckUp;
import org.plimsoll.engine.history.Experiment;
import org.plimsoll.engine.profile.Irritability;
import org.plimsoll.engine.settings.CoachingSettings;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.engine.profile.Units;
import org.plimsoll.engine.session.RunType;
import org.plimsoll.engine.session.Source;

/**
 * One table of a person's data as it travels in a full export: the columns the file carries (all
 * of the table's but the account), what each holds, and which other table an id points into.
 * The list {@link #ALL} is the export format: a column added to the schema must be added here and
 * to the export module's SQL ({@code TableStatements}), and {@code ExportRoundTripTest} fails until it is.
 */
public record ExportTable(String name, List<Column> columns, Optional<String> parent, List<List<String>> uniqueKeys) {
    /** What a column holds, and so how it is written in JSON and CSV. */
    public enum Kind { ID, REF, TEXT, INTEGER, DECIMAL, BOOLEAN, INSTANT, DATE }

    /**
     * A column; {@code refersTo} names the table an ID is looked up in for REF columns, {@code check}
     * says what is wrong with a text value (empty when it is fine), {@code min}/{@code max} bound numbers.
     */
    public record Column(String name, Kind kind, boolean required, Optional<String> refersTo,
                         Function<String, Optional<String>> check, double min, double max) {
        static Column of(String name, Kind kind, boolean required) {
            return new Column(name, kind, required, Optional.empty(), text -> Optional.empty(),
                    Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }

        Column range(double low, double high) {
            return new Column(name, kind, required, refersTo, check, low, high);
        }

        Column checked(Function<String, Optional<String>> rule) {
            return new Column(name, kind, required, refersTo, rule, min, max);
        }

        static Column ref(String name, String table, boolean required) {
            return new Column(name, Kind.REF, required, Optional.of(table), text -> Optional.empty(),
                    Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
    }

    public ExportTable {
        columns = List.copyOf(columns);
        uniqueKeys = List.copyOf(uniqueKeys);
    }

    public boolean hasId() {
        return columns.stream().anyMatch(c -> c.kind() == Kind.ID);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    private static Function<String, Optional<String>> oneOf(Set<String> allowed) {
        return text -> allowed.contains(text) ? Optional.empty()
                : Optional.of("is '" + text + "'; expected one of " + String.join(", ", allowed.stream().sorted().toList()));
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }

    private static final Function<String, Optional<String>> ACTIVITY =
            oneOf(Arrays.stream(Activity.values()).map(Activity::code).collect(Collectors.toSet()));

    private static Optional<String> zone(String text) {
        try {
            ZoneId.of(text);
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of("is '" + text + "', not a time zone such as Europe/London");
        }
    }

    private static Optional<String> clockTime(String text) {
        try {
            LocalTime.parse(text);
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of("is '" + text + "', not a time such as 07:30");
        }
    }

    private static Optional<String> regions(String text) {
        Set<String> allowed = names(Region.values());
        return Arrays.stream(text.split(",")).filter(r -> !allowed.contains(r)).findFirst()
                .map(r -> "names the region '" + r + "'; expected a comma-separated list of "
                        + String.join(", ", allowed.stream().sorted().toList()));
    }

    /** The most a display name holds, as its column does. */
    public static final int DISPLAY_NAME_CHARS = 80;

    /** A display name: a line of up to 80 characters, no control characters. */
    public static Optional<String> displayName(String text) {
        if (text.length() > DISPLAY_NAME_CHARS) {
            return Optional.of("is " + text.length() + " characters long; a name has at most " + DISPLAY_NAME_CHARS);
        }
        return text.chars().anyMatch(Character::isISOControl) ? Optional.of("holds a control character")
                : Optional.empty();
    }

    private static Column text(String name, boolean required) {
        return Column.of(name, Kind.TEXT, required);
    }

    private static Column whole(String name, boolean required) {
        return Column.of(name, Kind.INTEGER, required);
    }

    private static Column decimal(String name, boolean required) {
        return Column.of(name, Kind.DECIMAL, required);
    }

    private static ExportTable table(String name, List<List<String>> keys, Column... columns) {
        return new ExportTable(name, List.of(columns), Optional.empty(), keys);
    }

    /** A coaching setting's column, bounded by the setting's own range. */
    private static Column setting(CoachingSettings.Setting s, String column, boolean required) {
        return whole(column, required).range(s.min(), s.max());
    }

    /** Tables in an order where every table comes after the tables its ids point into. */
    public static final List<ExportTable> ALL = List.of(
            table("profiles", List.of(List.of()),
                    text("regions", true).checked(ExportTable::regions),
                    text("irritability", true).checked(oneOf(names(Irritability.values()))),
                    text("units", true).checked(oneOf(names(Units.values()))),
                    text("time_zone", true).checked(ExportTable::zone),
                    text("morning_check_in", true).checked(ExportTable::clockTime),
                    Column.of("updated_at", Kind.INSTANT, true),
                    Column.of("onboarded", Kind.BOOLEAN, true),
                    text("display_name", false).checked(ExportTable::displayName)),
            table("coaching_settings", List.of(List.of()),
                    setting(CoachingSettings.Setting.HOLD_DAYS, "hold_days", true),
                    setting(CoachingSettings.Setting.PROGRESSION_STEP_PERCENT, "progression_step_percent", true),
                    setting(CoachingSettings.Setting.FLARE_VOLUME_PERCENT, "flare_volume_percent", true),
                    setting(CoachingSettings.Setting.FLARE_FURTHER_CUT_PERCENT, "flare_further_cut_percent", true),
                    setting(CoachingSettings.Setting.BASELINE_DISCOUNT_PERCENT, "baseline_discount_percent", false),
                    // Optional: exports made before the setting existed restore with the default.
                    setting(CoachingSettings.Setting.BREAK_DAYS, "break_days", false),
                    setting(CoachingSettings.Setting.WEEKLY_GUARD_PERCENT, "weekly_guard_percent", false),
                    setting(CoachingSettings.Setting.READINESS_CUT_PERCENT, "readiness_cut_percent", false),
                    Column.of("updated_at", Kind.INSTANT, true)),
            table("goals", List.of(List.of("activity")),
                    text("activity", true).checked(ACTIVITY),
                    whole("sessions_per_week", false).range(0, 14),
                    whole("minutes", false).range(0, 1440),
                    decimal("distance_km", false).range(0, 1000),
                    whole("rpe_cap", false).range(0, 10)),
            table("activity_demands", List.of(List.of("activity")),
                    text("activity", true).checked(ACTIVITY),
                    whole("rotation", true).range(0, 3),
                    whole("arm_load", true).range(0, 3),
                    whole("impact", true).range(0, 3)),
            table("sessions", List.of(),
                    Column.of("id", Kind.ID, true),
                    text("activity", true).checked(ACTIVITY),
                    Column.of("started_at", Kind.INSTANT, true),
                    text("time_zone", true).checked(ExportTable::zone),
                    whole("minutes", true).range(0, 1440),
                    decimal("distance_km", false).range(0, 1000),
                    whole("rpe", false).range(0, 10),
                    Column.of("rpe_estimated", Kind.BOOLEAN, true),
                    text("run_type", false).checked(oneOf(Arrays.stream(RunType.values()).map(RunType::code)
                            .collect(Collectors.toSet()))),
                    Column.of("hills", Kind.BOOLEAN, true),
                    whole("rotation_override", false).range(0, 3),
                    whole("arm_load_override", false).range(0, 3),
                    text("source", true).checked(oneOf(names(Source.values()))),
                    text("source_file_hash", false),
                    Column.of("created_at", Kind.INSTANT, true),
                    Column.of("updated_at", Kind.INSTANT, true),
                    // Optional: exports made before experiments existed restore with none.
                    text("experiment_condition", false).checked(limit(Experiment.MOST_CONDITION_LENGTH))),
            new ExportTable("strength_sets", List.of(
                    Column.ref("session_id", "sessions", true),
                    whole("position", true).range(0, 1000),
                    text("exercise", true),
                    whole("sets", true).range(1, 1000),
                    whole("reps", true).range(1, 10000),
                    decimal("load_kg", false).range(0, 10000)),
                    Optional.of("session_id"), List.of(List.of("session_id", "position"))),
            table("checkins", List.of(),
                    Column.of("id", Kind.ID, true),
                    Column.ref("session_id", "sessions", false),
                    text("check_window", true).checked(oneOf(names(CheckInWindow.values()))),
                    Column.of("on_date", Kind.DATE, false),
                    Column.of("recorded_at", Kind.INSTANT, true),
                    whole("pain", true).range(0, 10),
                    Column.of("sharp", Kind.BOOLEAN, true),
                    text("region", false).checked(oneOf(names(Region.values()))),
                    whole("stiffness_minutes", false).range(0, 1440),
                    Column.of("cleared_by_clinician", Kind.BOOLEAN, true)),
            new ExportTable("checkin_symptoms", List.of(
                    Column.ref("checkin_id", "checkins", true),
                    text("symptom", true).checked(oneOf(names(Symptom.values())))),
                    Optional.of("checkin_id"), List.of(List.of("checkin_id", "symptom"))),
            table("daily_context", List.of(List.of("on_date")),
                    Column.of("on_date", Kind.DATE, true),
                    decimal("sleep_hours", false).range(0, 24),
                    whole("sleep_quality", false).range(1, 5),
                    whole("stress", false).range(0, 10),
                    decimal("sitting_hours", false).range(0, 24),
                    // Optional: exports made before a watch or ring's measures restore without them.
                    decimal("hrv_ms", false).range(1, 300),
                    text("hrv_kind", false).checked(oneOf(names(org.plimsoll.engine.context.HrvKind.values()))),
                    whole("resting_heart_rate", false).range(20, 250),
                    Column.of("sleep_imported", Kind.BOOLEAN, false),
                    Column.of("hrv_imported", Kind.BOOLEAN, false),
                    Column.of("resting_heart_rate_imported", Kind.BOOLEAN, false)),
            table("levels", List.of(),
                    Column.of("id", Kind.ID, true),
                    text("activity", true).checked(ACTIVITY),
                    Column.of("since", Kind.DATE, true),
                    whole("sessions_per_week", true).range(0, 14),
                    whole("minutes", false).range(0, 1440),
                    decimal("distance_km", false).range(0, 1000),
                    whole("rpe_cap", true).range(0, 10),
                    Column.of("recorded_at", Kind.INSTANT, true)),
            table("baseline_tests", List.of(),
                    Column.of("id", Kind.ID, true),
                    text("activity", true).checked(ACTIVITY),
                    Column.of("on_date", Kind.DATE, true),
                    decimal("pain_onset_km", false).range(0, 1000),
                    decimal("pain_onset_minutes", false).range(0, 1440),
                    whole("pain_onset_reps", false).range(0, 10000)),
            table("declared_flares", List.of(),
                    Column.of("id", Kind.ID, true),
                    Column.of("on_date", Kind.DATE, true),
                    text("note", false)),
            table("check_ups", List.of(),
                    Column.of("id", Kind.ID, true),
                    Column.of("on_date", Kind.DATE, true),
                    Column.of("recorded_at", Kind.INSTANT, true),
                    whole("weekly_pain", false).range(0, 10)),
            new ExportTable("check_up_abilities", List.of(
                    Column.ref("check_up_id", "check_ups", true),
                    whole("position", true).range(0, 4),
                    text("activity", true).checked(ExportTable::abilityName),
                    whole("score", true).range(0, 10)),
                    Optional.of("check_up_id"), List.of(List.of("check_up_id", "position"))),
            table("experiments", List.of(List.of("experiment_id")),
                    text("experiment_id", true).checked(limit(Experiment.MOST_CONDITION_LENGTH)),
                    text("activity", true).checked(ACTIVITY),
                    text("first_condition", true).checked(limit(Experiment.MOST_CONDITION_LENGTH)),
                    text("second_condition", true).checked(limit(Experiment.MOST_CONDITION_LENGTH)),
                    Column.of("start_date", Kind.DATE, true),
                    whole("weeks", true).range(Experiment.FEWEST_WEEKS, Experiment.MOST_WEEKS),
                    Column.of("paused_on", Kind.DATE, false),
                    Column.of("stopped_on", Kind.DATE, false),
                    Column.of("created_at", Kind.INSTANT, true)),
            // A clinician's notes and the audit of their changes travel with the person's record; the
            // clinician's account does not, so a restored note or change has no author account.
            new ExportTable("care_notes", List.of(
                    Column.of("id", Kind.ID, true),
                    Column.of("at", Kind.INSTANT, true),
                    text("text", true).checked(limit(2000))),
                    Optional.empty(), List.of()),
            new ExportTable("care_changes", List.of(
                    Column.of("id", Kind.ID, true),
                    Column.of("at", Kind.INSTANT, true),
                    text("setting", true).checked(limit(40)),
                    text("old_value", true).checked(limit(20)),
                    text("new_value", true).checked(limit(20)),
                    text("reason", true).checked(limit(400))),
                    Optional.empty(), List.of()));

    private static Function<String, Optional<String>> limit(int characters) {
        return text -> text.length() <= characters ? Optional.empty()
                : Optional.of("is " + text.length() + " characters long; at most " + characters);
    }

    private static Optional<String> abilityName(String text) {
        return text.isBlank() || text.length() > CheckUp.MOST_NAME_LENGTH
                ? Optional.of("names an activity in " + text.length() + " characters; 1 to " + CheckUp.MOST_NAME_LENGTH)
                : Optional.empty();
    }

    public static Optional<ExportTable> named(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
