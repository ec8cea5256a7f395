package org.plimsoll.formats.fit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The messages and fields of the FIT profile that Plimsoll reads, by number and by their name in
 * the public profile description, with each field's scale, offset and unit (a stored value v
 * means v / scale - offset in that unit). Written by hand from the public descriptions, not
 * generated from the Garmin SDK; the names and numbers are facts of the format. A message or
 * field missing here is still decoded, and read by number.
 */
final class MessageProfile {
    /**
     * One field: a stored value means {@code value / scale - offset} in {@code units}; {@code baseType}
     * is the FIT base type the profile gives it (the low five bits: 0 enum, 2 uint8, 4 uint16, 6
     * uint32...). A file's own definition decides how its bytes are read; the profile's type is what
     * a well-formed file writes, and what our tests' encoder writes.
     */
    record Field(int number, String name, int baseType, double scale, double offset, String units) {
    }

    /** One message: its global number, its name and the fields read from it. */
    record Message(int number, String name, Map<String, Field> fields) {
        Optional<Field> field(String name) {
            return Optional.ofNullable(fields.get(name));
        }
    }

    /** The base types the profile below uses, by their FIT numbers. */
    private static final int ENUM = 0;
    private static final int SINT8 = 1;
    private static final int UINT8 = 2;
    private static final int UINT16 = 4;
    private static final int SINT32 = 5;
    private static final int UINT32 = 6;
    private static final int UINT32Z = 12;

    private static final Map<Integer, Message> BY_NUMBER = new HashMap<>();

    static {
        message(0, "file_id", enumeration(0, "type"), whole(1, "manufacturer", UINT16), whole(2, "product", UINT16),
                whole(3, "serial_number", UINT32Z), seconds(4, "time_created"), whole(5, "number", UINT16));
        message(12, "sport", enumeration(0, "sport"), enumeration(1, "sub_sport"));
        message(18, "session", timestamp(), enumeration(0, "event"), enumeration(1, "event_type"),
                seconds(2, "start_time"), unit(3, "start_position_lat", SINT32, "semicircles"),
                unit(4, "start_position_long", SINT32, "semicircles"), enumeration(5, "sport"),
                enumeration(6, "sub_sport"), scaled(7, "total_elapsed_time", UINT32, 1000, "s"),
                scaled(8, "total_timer_time", UINT32, 1000, "s"), scaled(9, "total_distance", UINT32, 100, "m"),
                unit(11, "total_calories", UINT16, "kcal"), scaled(14, "avg_speed", UINT16, 1000, "m/s"),
                scaled(15, "max_speed", UINT16, 1000, "m/s"), unit(16, "avg_heart_rate", UINT8, "bpm"),
                unit(17, "max_heart_rate", UINT8, "bpm"), unit(22, "total_ascent", UINT16, "m"),
                unit(23, "total_descent", UINT16, "m"), whole(26, "num_laps", UINT16));
        message(19, "lap", timestamp(), seconds(2, "start_time"), scaled(7, "total_elapsed_time", UINT32, 1000, "s"),
                scaled(8, "total_timer_time", UINT32, 1000, "s"), scaled(9, "total_distance", UINT32, 100, "m"));
        message(20, "record", timestamp(), unit(0, "position_lat", SINT32, "semicircles"),
                unit(1, "position_long", SINT32, "semicircles"), new Field(2, "altitude", UINT16, 5, 500, "m"),
                unit(3, "heart_rate", UINT8, "bpm"), unit(4, "cadence", UINT8, "rpm"),
                scaled(5, "distance", UINT32, 100, "m"), scaled(6, "speed", UINT16, 1000, "m/s"),
                unit(7, "power", UINT16, "watts"), unit(13, "temperature", SINT8, "C"));
        message(21, "event", timestamp(), enumeration(0, "event"), enumeration(1, "event_type"));
        message(34, "activity", timestamp(), scaled(0, "total_timer_time", UINT32, 1000, "s"),
                whole(1, "num_sessions", UINT16), enumeration(2, "type"), enumeration(3, "event"),
                enumeration(4, "event_type"), seconds(5, "local_timestamp"));
        // The wearables' messages: a day's monitoring, beat-to-beat intervals, sleep and overnight HRV.
        message(55, "monitoring", timestamp(), whole(0, "device_index", UINT8), unit(1, "calories", UINT16, "kcal"),
                scaled(2, "distance", UINT32, 100, "m"), scaled(3, "cycles", UINT32, 2, "cycles"),
                scaled(4, "active_time", UINT32, 1000, "s"), enumeration(5, "activity_type"),
                unit(27, "heart_rate", UINT8, "bpm"));
        message(78, "hrv", scaled(0, "time", UINT16, 1000, "s"));
        message(103, "monitoring_info", timestamp(), seconds(0, "local_timestamp"));
        message(211, "monitoring_hr_data", timestamp(), unit(0, "resting_heart_rate", UINT8, "bpm"),
                unit(1, "current_day_resting_heart_rate", UINT8, "bpm"));
        message(275, "sleep_level", timestamp(), enumeration(0, "sleep_level"));
        message(346, "sleep_assessment", whole(0, "combined_awake_score", UINT8),
                whole(1, "awake_time_score", UINT8), whole(2, "awakenings_count_score", UINT8),
                whole(3, "deep_sleep_score", UINT8), whole(4, "sleep_duration_score", UINT8),
                whole(5, "light_sleep_score", UINT8), whole(6, "overall_sleep_score", UINT8),
                whole(7, "sleep_quality_score", UINT8), whole(8, "sleep_recovery_score", UINT8),
                whole(9, "rem_sleep_score", UINT8), whole(10, "sleep_restlessness_score", UINT8),
                whole(11, "awakenings_count", UINT8), whole(14, "interruptions_score", UINT8),
                scaled(15, "average_stress_during_sleep", UINT16, 100, ""));
        message(370, "hrv_status_summary", timestamp(), scaled(0, "weekly_average", UINT16, 128, "ms"),
                scaled(1, "last_night_average", UINT16, 128, "ms"),
                scaled(2, "last_night_5_min_high", UINT16, 128, "ms"),
                scaled(3, "baseline_low_upper", UINT16, 128, "ms"),
                scaled(4, "baseline_balanced_lower", UINT16, 128, "ms"),
                scaled(5, "baseline_balanced_upper", UINT16, 128, "ms"), enumeration(6, "status"));
        message(371, "hrv_value", timestamp(), scaled(0, "value", UINT16, 128, "ms"));
    }

    private MessageProfile() {
    }

    /** The message with this global number, if Plimsoll reads it. */
    static Optional<Message> of(int number) {
        return Optional.ofNullable(BY_NUMBER.get(number));
    }

    private static void message(int number, String name, Field... fields) {
        Map<String, Field> byName = new HashMap<>();
        for (Field f : fields) {
            byName.put(f.name(), f);
        }
        BY_NUMBER.put(number, new Message(number, name, Map.copyOf(byName)));
    }

    /** Every message's timestamp: seconds since the FIT epoch, 1989-12-31T00:00:00Z. */
    private static Field timestamp() {
        return seconds(253, "timestamp");
    }

    private static Field seconds(int number, String name) {
        return new Field(number, name, UINT32, 1, 0, "s");
    }

    /** A value from one of the profile's lists (a sport, a sleep level): no unit. */
    private static Field enumeration(int number, String name) {
        return new Field(number, name, ENUM, 1, 0, "");
    }

    /** A count, a score or an identifier: no unit. */
    private static Field whole(int number, String name, int baseType) {
        return new Field(number, name, baseType, 1, 0, "");
    }

    private static Field unit(int number, String name, int baseType, String units) {
        return new Field(number, name, baseType, 1, 0, units);
    }

    private static Field scaled(int number, String name, int baseType, double scale, String units) {
        return new Field(number, name, baseType, scale, 0, units);
    }
}
