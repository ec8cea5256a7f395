package org.plimsoll.formats.wearable;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a phone's health export as an XML reader can take them. Apple writes an internal
 * DTD that iOS 16 and later leave malformed (an {@code ATTLIST} without its {@code >}); it only
 * describes the file and is never needed, so it is dropped whole, unread, before any parser sees
 * it. A DTD that declares entities (a "billion laughs", an external entity) is no phone's: refused.
 * Control characters that XML forbids (real exports carry {@code \x0b} in attribute values) are
 * dropped: in UTF-8 those bytes are never part of another character.
 */
final class ExportXmlFilter extends FilterInputStream {
    /** Apple's own DTD is about 10 kB; a declaration past this is not a phone's. */
    static final int MAX_DTD_BYTES = 1 << 20;
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENTITY = "<!ENTITY".getBytes(StandardCharsets.US_ASCII);

    /** The head of the file, as kept, served before the rest of the stream. */
    private final byte[] head;
    private int served;

    private ExportXmlFilter(byte[] head, InputStream in) {
        super(in);
        this.head = head;
    }

    /** The export's bytes without its DTD and forbidden control characters. */
    static InputStream of(InputStream in) throws IOException {
        byte[] head = in.readNBytes(64 * 1024);
        int start = indexOf(head, head.length, DOCTYPE, 0);
        if (start < 0) {
            return new ExportXmlFilter(head, in);
        }
        ByteArrayOutputStream prolog = new ByteArrayOutputStream(head.length);
        prolog.write(head, 0, head.length);
        int end;
        while ((end = endOfDoctype(prolog.toByteArray(), start)) < 0) {
            byte[] more = in.readNBytes(64 * 1024);
            if (more.length == 0) {
                throw new IOException("it ends inside its document type declaration");
            }
            prolog.write(more, 0, more.length);
            if (prolog.size() > MAX_DTD_BYTES) {
                throw new IOException("it has a document type declaration longer than " + (MAX_DTD_BYTES >> 20)
                        + " MB, which no phone writes");
            }
        }
        byte[] bytes = prolog.toByteArray();
        if (indexOf(bytes, end, ENTITY, start) >= 0) {
            throw new IOException("it declares entities in its document type declaration, which no phone writes "
                    + "and Plimsoll never reads");
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream(bytes.length - (end - start));
        kept.write(bytes, 0, start);
        kept.write(bytes, end, bytes.length - end);
        return new ExportXmlFilter(kept.toByteArray(), in);
    }

    /**
     * Where the declaration starting at {@code start} ends (just past it), or -1 when not yet read:
     * at the first {@code >} when it has no internal subset, else at the {@code ]} and {@code >}
     * that close the subset. Inside the subset no {@code >} is trusted, since iOS leaves some out.
     */
    private static int endOfDoctype(byte[] b, int start) {
        boolean subset = false;
        for (int i = start + DOCTYPE.length; i < b.length; i++) {
            if (!subset && b[i] == '>') {
                return i + 1;
            } else if (b[i] == '[') {
                subset = true;
            } else if (subset && b[i] == ']') {
                int j = i + 1;
                while (j < b.length && (b[j] == ' ' || b[j] == '\n' || b[j] == '\r' || b[j] == '\t')) {
                    j++;
                }
                if (j < b.length && b[j] == '>') {
                    return j + 1;
                }
            }
        }
        return -1;
    }

    private static int indexOf(byte[] b, int length, byte[] what, int from) {
        outer:
        for (int i = from; i <= length - what.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (b[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (true) {
            int n;
            if (served < head.length) {
                n = Math.min(len, head.length - served);
                System.arraycopy(head, served, b, off, n);
                served += n;
            } else {
                n = super.read(b, off, len);
            }
            if (n <= 0) {
                return n;
            }
            int kept = off;
            for (int i = off; i < off + n; i++) {
                byte c = b[i];
                if (c >= 0x20 || c < 0 || c == '\n' || c == '\r' || c == '\t') {
                    b[kept++] = c;
                }
            }
            if (kept > off) {
                return kept - off;
            }
        }
    }

    /** The caller owns the stream: the parser closes its input at the end of the document. */
    @Override
    public void close() {
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] discard = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        int read;
        while (skipped < n && (read = read(discard, 0, (int) Math.min(discard.length, n - skipped))) > 0) {
            skipped += read;
        }
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return head.length - served + super.available();
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
