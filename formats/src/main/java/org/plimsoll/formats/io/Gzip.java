package org.plimsoll.formats.io;

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
            return new Capped(new GZIPInputStream(in, 64 * 1024), MAX_INFLATED_BYTES,
                    "it inflates to more than " + MAX_INFLATED_BYTES / (1024 * 1024) + " MB (a zip bomb?)");
        }
        return in;
    }
}
