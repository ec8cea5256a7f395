package org.plimsoll.formats.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that fails, rather than ending quietly, once more than {@code limit} bytes are read
 * through it: the one guard against files and archives that inflate without end.
 */
public class Capped extends FilterInputStream {
    private final long limit;
    private final String message;
    private long count;

    /** {@code message} is the error's text, such as "it inflates to more than 512 MB (a zip bomb?)". */
    public Capped(InputStream in, long limit, String message) {
        super(in);
        this.limit = limit;
        this.message = message;
    }

    /** The bytes read so far. */
    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        count += n;
        if (count > limit) {
            throw new IOException(message);
        }
    }
}
