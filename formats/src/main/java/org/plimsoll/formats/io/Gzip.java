package org.plimsoll.formats.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Gzipped or plain, read the same way: a stream that starts with the gzip magic is inflated,
 * and an inflated stream stops with an error past {@link #MAX_INFLATED_BYTES}, so that a small
 * hostile file cannot expand to fill the disk or the memory (a "zip bomb").
 */
public final class Gzip {
    /** No activity file comes near this: a 24-hour ride recorded every second is about 5 MB. */
    public static final long MAX_INFLATED_BYTES = 512L * 1024 * 1024;

    private Gzip() {
    }

    /** The stream itself, or its inflated content when it is gzipped. Needs mark/reset. */
    public static InputStream unwrap(InputStream in) throws IOException {
        if (!in.markSupported()) {
            throw new IllegalArgumentException("the stream must support mark and reset");
        }
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        if (b1 == 0x1F && b2 == 0x8B) {
            return new Bounded(new GZIPInputStream(in, 64 * 1024), MAX_INFLATED_BYTES);
        }
        return in;
    }

    /** Fails, rather than ending quietly, when more than {@code limit} bytes are read. */
    static final class Bounded extends FilterInputStream {
        private final long limit;
        private long count;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
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
                throw new IOException("it inflates to more than " + limit / (1024 * 1024) + " MB (a zip bomb?)");
            }
        }
    }
}
