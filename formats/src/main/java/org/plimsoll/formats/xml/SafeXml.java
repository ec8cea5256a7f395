package org.plimsoll.formats.xml;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way Plimsoll reads an XML file someone sent: a pull stream that never resolves a DTD,
 * an external entity or an XInclude, refuses nesting deeper than {@link #MAX_DEPTH} and any single
 * token (text, attribute, name) longer than {@link #MAX_TOKEN_BYTES}, so that work grows with the
 * file and memory stays bounded whatever the file holds. Namespace prefixes are not resolved:
 * devices write prefixes they never declare ({@code gpxx:}, {@code gpxdata:}), and the readers
 * match local names only. Leading whitespace and a byte-order mark before the XML declaration are
 * skipped, as established readers do (Strava's own TCX files begin with spaces).
 */
public final class SafeXml implements AutoCloseable {
    /** GPX and TCX nest about ten deep; a hundredfold margin of files stays far below this. */
    public static final int MAX_DEPTH = 48;
    /** No value in an activity file comes near this; a run of bytes without markup past it is refused. */
    public static final int MAX_TOKEN_BYTES = 1 << 20;
    /** Text kept of one element: dates, numbers and sport names are short. */
    public static final int MAX_TEXT_CHARS = 1024;

    private static final XMLInputFactory FACTORY = factory();

    private final XMLStreamReader xml;
    private int depth;
    private final StringBuilder text = new StringBuilder();

    private SafeXml(XMLStreamReader xml) {
        this.xml = xml;
    }

    /**
     * Opens a stream for reading; the caller closes the stream, this only releases the parser. The
     * bytes are decoded here, in the encoding the declaration names (UTF-8 without one), with bad
     * bytes replaced: the JDK's own decoder prints every malformed sequence to standard error.
     */
    public static SafeXml open(InputStream in) throws XMLStreamException, IOException {
        InputStream bytes = skipLeadingWhitespace(in);
        Charset charset = declaredCharset(bytes);
        java.io.Reader text = new java.io.InputStreamReader(new TokenGuard(bytes), charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        return new SafeXml(FACTORY.createXMLStreamReader(text));
    }

    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /** The encoding the XML declaration names, if Java knows it and it is ASCII-compatible; else UTF-8. */
    static Charset declaredCharset(InputStream bytes) throws IOException {
        bytes.mark(256);
        byte[] head = bytes.readNBytes(256);
        bytes.reset();
        Matcher m = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (m.find()) {
            try {
                Charset named = Charset.forName(m.group(1));
                // A declaration read as ASCII can only name an encoding that writes ASCII as ASCII.
                if (named.newEncoder().canEncode('<') && "<?xml".equals(new String("<?xml".getBytes(named), StandardCharsets.ISO_8859_1))) {
                    return named;
                }
            } catch (IllegalArgumentException unknown) {
                // read as UTF-8
            }
        }
        return StandardCharsets.UTF_8;
    }

    /**
     * The next event, as {@link XMLStreamReader#next()}: text of the current element is gathered
     * (up to {@link #MAX_TEXT_CHARS}) and read with {@link #text()} at its end element.
     */
    public int next() throws XMLStreamException {
        int event = xml.next();
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
                if (++depth > MAX_DEPTH) {
                    throw new Refused("nests elements more than " + MAX_DEPTH + " deep", xml.getLocation());
                }
                text.setLength(0);
            }
            case XMLStreamConstants.END_ELEMENT -> depth--;
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                int room = MAX_TEXT_CHARS - text.length();
                if (room > 0) {
                    String chunk = xml.getText();
                    text.append(chunk, 0, Math.min(room, chunk.length()));
                }
            }
            case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw new Refused("uses the entity '" + xml.getLocalName() + "', which is not read", xml.getLocation());
            default -> { }
        }
        return event;
    }

    /** How deep the current element is: 1 for the root, counted by {@link #next()}. */
    public int depth() {
        return depth;
    }

    public boolean hasNext() throws XMLStreamException {
        return xml.hasNext();
    }

    /** The element's name without any prefix. */
    public String localName() {
        String name = xml.getLocalName();
        return name.substring(name.indexOf(':') + 1);
    }

    /** An attribute by its name without prefix, or null. */
    public String attribute(String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String raw = xml.getAttributeLocalName(i);
            if (raw.substring(raw.indexOf(':') + 1).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The text gathered since the current element started, trimmed; read at its end element. */
    public String text() {
        String value = text.toString().trim();
        text.setLength(0);
        return value;
    }

    /** " (line N)" for messages, or nothing when the parser does not know. */
    public String line() {
        return xml.getLocation() == null || xml.getLocation().getLineNumber() < 0 ? ""
                : " (line " + xml.getLocation().getLineNumber() + ")";
    }

    /**
     * What went wrong, said after "the GPX file " or "the TCX file ": a guard's own reason (the
     * parser wraps the stream's), else "is not well-formed XML" with the line where it is known.
     */
    public static String problem(XMLStreamException e) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (cause instanceof IOException io && io.getMessage() != null) {
            return io.getMessage().startsWith("it ") ? io.getMessage().substring(3) : "cannot be read: " + io.getMessage();
        }
        if (e instanceof Refused refused) {
            return refused.reason;
        }
        if (String.valueOf(e.getMessage()).contains(EXTERNAL)) {
            return "names " + EXTERNAL;
        }
        return "is not well-formed XML" + (e.getLocation() == null || e.getLocation().getLineNumber() < 0 ? ""
                : " (line " + e.getLocation().getLineNumber() + ")");
    }

    private static final String EXTERNAL = "an external resource, which is not read";

    /** A file this reader will not go on with, and why, in words for the person. */
    static final class Refused extends XMLStreamException {
        private static final long serialVersionUID = 1L;
        final String reason;

        Refused(String reason, javax.xml.stream.Location where) {
            super(reason, where);
            this.reason = reason + (where == null || where.getLineNumber() < 0 ? "" : " (line " + where.getLineNumber() + ")");
        }
    }

    @Override
    public void close() throws XMLStreamException {
        xml.close();
    }

    /**
     * The JDK's own StAX parser, whatever else is on the class path: its limits and refusals are the
     * ones tested here, and a library that brings another parser (Woodstox, say) must not change them.
     */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // Should anything still ask for an outside resource, the answer is a refusal, never a fetch.
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException(EXTERNAL + ": " + systemId);
        });
        return factory;
    }

    private static InputStream skipLeadingWhitespace(InputStream in) throws IOException {
        InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in);
        buffered.mark(3);
        if (!(buffered.read() == 0xEF && buffered.read() == 0xBB && buffered.read() == 0xBF)) {
            buffered.reset();
        }
        while (true) {
            buffered.mark(1);
            int b = buffered.read();
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                buffered.reset();
                return buffered;
            }
        }
    }

    /** Fails once more than {@link #MAX_TOKEN_BYTES} bytes pass without a '<' or '>'. */
    static final class TokenGuard extends FilterInputStream {
        private long sinceMarkup;

        TokenGuard(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                see((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            for (int i = off; i < off + n; i++) {
                see(b[i]);
            }
            return n;
        }

        /** The caller owns the stream: the JDK's parser closes its input at the end of the document. */
        @Override
        public void close() {
        }

        private void see(byte b) throws IOException {
            if (b == '<' || b == '>') {
                sinceMarkup = 0;
            } else if (++sinceMarkup > MAX_TOKEN_BYTES) {
                throw new IOException("it has a run of more than " + (MAX_TOKEN_BYTES >> 20)
                        + " MB without markup, which no activity file has");
            }
        }
    }
}
