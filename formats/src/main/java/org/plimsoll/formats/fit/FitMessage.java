package org.plimsoll.formats.fit;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One decoded data message: its global number and the first value of each numeric field, with
 * invalid (sentinel) values already read as missing. The decoder reuses one instance per
 * message, so a handler must copy what it keeps; that is what keeps memory flat.
 *
 * <p>A message Plimsoll reads knows its name in the FIT profile and its fields by name, scaled
 * to their unit: {@code message.name()} is {@code "session"}, {@code message.field("total_elapsed_time")}
 * is in seconds. Asking a message for a field its profile does not have is a fault of the caller.
 */
public final class FitMessage {
    private int global;
    private final long[] values = new long[256];
    private final boolean[] present = new boolean[256];
    private final int[] set = new int[256];
    private int setCount;
    private Optional<MessageProfile.Message> profile = Optional.empty();

    void reset(int global) {
        for (int i = 0; i < setCount; i++) {
            present[set[i]] = false;
        }
        setCount = 0;
        if (this.global != global || profile.isEmpty()) {
            profile = MessageProfile.of(global);
        }
        this.global = global;
    }

    void put(int field, long value) {
        if (!present[field]) {
            set[setCount++] = field;
        }
        present[field] = true;
        values[field] = value;
    }

    /** The global message number (0 file_id, 18 session, 19 lap, 20 record, ...). */
    public int global() {
        return global;
    }

    /** The message's name in the FIT profile ("file_id", "session", "record"...), or "unknown_" and its number. */
    public String name() {
        return profile.map(MessageProfile.Message::name).orElse("unknown_" + global);
    }

    /** Whether the message holds a valid value of the named field. */
    public boolean has(String field) {
        return has(profileField(field).number());
    }

    /** The named field in its unit (the stored value scaled and offset), or empty when the message lacks it. */
    public OptionalDouble field(String field) {
        MessageProfile.Field f = profileField(field);
        return has(f.number()) ? OptionalDouble.of(values[f.number()] / f.scale() - f.offset()) : OptionalDouble.empty();
    }

    /** The named field's value as stored, unscaled: for enums, counts and timestamps. */
    public OptionalLong integer(String field) {
        int number = profileField(field).number();
        return has(number) ? OptionalLong.of(values[number]) : OptionalLong.empty();
    }

    /** The unit of the named field's scaled value ("s", "m", "bpm"; empty for enums and counts). */
    public String units(String field) {
        return profileField(field).units();
    }

    private MessageProfile.Field profileField(String name) {
        return profile.flatMap(m -> m.field(name)).orElseThrow(() -> new IllegalArgumentException(
                "the FIT profile as Plimsoll reads it has no field " + name + " in a " + name() + " message"));
    }

    public boolean has(int field) {
        return present[field];
    }

    /** The field's value; only meaningful when {@link #has(int)} is true. */
    public long get(int field) {
        return values[field];
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("FitMessage[" + global);
        int[] fields = Arrays.copyOf(set, setCount);
        Arrays.sort(fields);
        for (int f : fields) {
            s.append(' ').append(f).append('=').append(values[f]);
        }
        return s.append(']').toString();
    }
}
