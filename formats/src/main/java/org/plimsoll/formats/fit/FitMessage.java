package org.plimsoll.formats.fit;

import java.util.Arrays;

/**
 * One decoded data message: its global number and the first value of each numeric field, with
 * invalid (sentinel) values already read as missing. The decoder reuses one instance per
 * message, so a handler must copy what it keeps; that is what keeps memory flat.
 */
public final class FitMessage {
    private int global;
    private final long[] values = new long[256];
    private final boolean[] present = new boolean[256];
    private final int[] set = new int[256];
    private int setCount;

    void reset(int global) {
        for (int i = 0; i < setCount; i++) {
            present[set[i]] = false;
        }
        setCount = 0;
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
