package org.plimsoll.formats.wearable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Leaves out, before any parser sees them, the records of an export that Plimsoll does not read:
 * heart-rate samples, steps and energy are nine tenths of a real file, and skipping their bytes is
 * what lets a gigabyte export import in seconds. Only a record that begins exactly as Apple writes
 * it ({@code <Record type="…"}) with a type not read is left out, up to its own end; anything
 * else, or anything longer than {@link #MAX_SPAN}, passes to the XML reader and its guards unchanged.
 */
final class RecordSieve extends InputStream {
    /** A record this long is not a phone's: it is passed on, for SafeXml's limits to judge. */
    static final int MAX_SPAN = 1 << 20;
    private static final byte[] OPEN = "<Record type=\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "</Record>".getBytes(StandardCharsets.US_ASCII);

    private final InputStream in;
    private final List<byte[]> kept;
    private byte[] buf = new byte[1 << 16];
    private int start;
    private int len;
    private int ready;
    private int dropTo = -1;
    private boolean ended;

    /** {@code keptTypes}: the record types passed on, as written in the file. */
    RecordSieve(InputStream in, List<String> keptTypes) {
        this.in = in;
        this.kept = keptTypes.stream().map(t -> (t + "\"").getBytes(StandardCharsets.US_ASCII)).toList();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int n) throws IOException {
        while (start == ready) {
            if (dropTo >= 0) {
                start = dropTo;
                ready = dropTo;
                dropTo = -1;
            }
            if (!decide()) {
                return -1;
            }
        }
        int count = Math.min(n, ready - start);
        System.arraycopy(buf, start, b, off, count);
        start += count;
        return count;
    }

    /** Moves {@code ready} on, or marks a record to leave out; false at the end of the stream. */
    private boolean decide() throws IOException {
        if (!have(1)) {
            return false;
        }
        int lt = indexOf((byte) '<', start);
        while (lt < 0) {
            if (len > start) {
                ready = len; // text up to the end of what is read
                return true;
            }
            if (!have(1)) {
                return false;
            }
            lt = indexOf((byte) '<', start);
        }
        if (lt > start) {
            ready = lt;
            return true;
        }
        // A tag begins at start.
        int end = recordEnd();
        if (end < 0) {
            ready = start + 1; // not a record left out: its bytes pass on
        } else {
            dropTo = end;
        }
        return true;
    }

    /**
     * Where the record at {@code start} ends when it is one to leave out, else -1. Positions are
     * kept relative to {@code start}, since reading more moves the buffer's contents.
     */
    private int recordEnd() throws IOException {
        if (!ensure(OPEN.length + 80) && len - start < OPEN.length || !startsWith(OPEN, start)) {
            return -1;
        }
        int type = OPEN.length;
        for (byte[] t : kept) {
            if (startsWith(t, start + type)) {
                return -1;
            }
        }
        int tagEnd = tagEnd(type);
        if (tagEnd < 0) {
            return -1;
        }
        if (buf[start + tagEnd - 2] == '/') {
            return start + tagEnd;
        }
        int from = tagEnd;
        while (true) {
            int close = indexOf(CLOSE, start + from);
            if (close >= 0) {
                return close + CLOSE.length;
            }
            from = Math.max(tagEnd, len - start - CLOSE.length);
            if (len - start >= MAX_SPAN || !more()) {
                return -1;
            }
        }
    }

    /** Just past the '>' ending the tag (relative to start), quotes respected; -1 if not within the span. */
    private int tagEnd(int from) throws IOException {
        byte quote = '"'; // inside the type's quotes
        int i = from;
        while (true) {
            for (; start + i < len; i++) {
                byte c = buf[start + i];
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    return i + 1;
                }
            }
            if (len - start >= MAX_SPAN || !more()) {
                return -1;
            }
        }
    }

    private boolean startsWith(byte[] what, int at) {
        return len - at >= what.length && Arrays.equals(buf, at, at + what.length, what, 0, what.length);
    }

    private int indexOf(byte b, int from) {
        for (int i = from; i < len; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private int indexOf(byte[] what, int from) {
        int last = len - what.length;
        for (int i = indexOf(what[0], from); i >= 0 && i <= last; i = indexOf(what[0], i + 1)) {
            if (Arrays.equals(buf, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether any byte from {@code start} is buffered, reading if not. */
    private boolean have(int n) throws IOException {
        return ensure(n);
    }

    /** Whether at least {@code n} bytes from {@code start} are buffered, reading until they are or the end. */
    private boolean ensure(int n) throws IOException {
        while (len - start < n) {
            if (!more()) {
                return false;
            }
        }
        return true;
    }

    /** Reads more into the buffer, moving what is pending to its front (indices shift); false at the end. */
    private boolean more() throws IOException {
        if (ended) {
            return false;
        }
        if (start > 0) {
            int shift = start;
            System.arraycopy(buf, start, buf, 0, len - start);
            len -= shift;
            ready -= shift;
            start = 0;
        }
        if (len == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, len, buf.length - len);
        if (n < 0) {
            ended = true;
            return false;
        }
        len += n;
        return true;
    }

    @Override
    public void close() {
    }
}
