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
    /** One field: a stored value means {@code value / scale - offset} in {@code units}. */
    record Field(int number, String name, double scale, double offset, String units) {
    }

    /** One message: its global number, its name and the fields read from it. */
    record Message(int number, String name, Map<String, Field> fields) {
        Optional<Field> field(String name) {
            return Optional.ofNullable(fields.get(name));
        }
    }

    private static final Map<Integer, Message> BY_NUMBER = new HashMap<>();

    static {
        message(0, "file_id", whole(0, "type"), whole(1, "manufacturer"), whole(2, "product"),
                whole(3, "serial_number"), seconds(4, "time_created"), whole(5, "number"));
        message(12, "sport", whole(0, "sport"), whole(1, "sub_sport"));
        message(18, "session", timestamp(), whole(0, "event"), whole(1, "event_type"), seconds(2, "start_time"),
                unit(3, "start_position_lat", "semicircles"), unit(4, "start_position_long", "semicircles"),
                whole(5, "sport"), whole(6, "sub_sport"), scaled(7, "total_elapsed_time", 1000, "s"),
                scaled(8, "total_timer_time", 1000, "s"), scaled(9, "total_distance", 100, "m"),
                unit(11, "total_calories", "kcal"), scaled(14, "avg_speed", 1000, "m/s"),
                scaled(15, "max_speed", 1000, "m/s"), unit(16, "avg_heart_rate", "bpm"),
                unit(17, "max_heart_rate", "bpm"), unit(22, "total_ascent", "m"), unit(23, "total_descent", "m"),
                whole(26, "num_laps"));
        message(19, "lap", timestamp(), seconds(2, "start_time"), scaled(7, "total_elapsed_time", 1000, "s"),
                scaled(8, "total_timer_time", 1000, "s"), scaled(9, "total_distance", 100, "m"));
        message(20, "record", timestamp(), unit(0, "position_lat", "semicircles"),
                unit(1, "position_long", "semicircles"), new Field(2, "altitude", 5, 500, "m"),
                unit(3, "heart_rate", "bpm"), unit(4, "cadence", "rpm"), scaled(5, "distance", 100, "m"),
                scaled(6, "speed", 1000, "m/s"), unit(7, "power", "watts"), unit(13, "temperature", "C"));
        message(21, "event", timestamp(), whole(0, "event"), whole(1, "event_type"));
        message(34, "activity", timestamp(), scaled(0, "total_timer_time", 1000, "s"), whole(1, "num_sessions"),
                whole(2, "type"), whole(3, "event"), whole(4, "event_type"), seconds(5, "local_timestamp"));
        // The wearables' messages: a day's monitoring, beat-to-beat intervals, and sleep.
        message(55, "monitoring", timestamp(), whole(0, "device_index"), unit(1, "calories", "kcal"),
                scaled(2, "distance", 100, "m"), scaled(3, "cycles", 2, "cycles"),
                scaled(4, "active_time", 1000, "s"), whole(5, "activity_type"), unit(27, "heart_rate", "bpm"));
        message(78, "hrv", scaled(0, "time", 1000, "s"));
        message(275, "sleep_level", timestamp(), whole(0, "sleep_level"));
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
        return new Field(number, name, 1, 0, "s");
    }

    /** An enum, a count or an identifier: no unit. */
    private static Field whole(int number, String name) {
        return new Field(number, name, 1, 0, "");
    }

    private static Field unit(int number, String name, String units) {
        return new Field(number, name, 1, 0, units);
    }

    private static Field scaled(int number, String name, double scale, String units) {
        return new Field(number, name, scale, 0, units);
    }
}
