package org.plimsoll.formats.fit;

import java.io.IOException;
import java.io.InputStream;

/**
 * A streaming decoder of the FIT protocol, written from its public description (not the Garmin
 * SDK, whose licence forbids our use). It reads one message at a time with a fixed-size buffer,
 * so memory does not grow with the file: at most 16 local definitions and one reused message.
 *
 * <p>What it handles: 12- and 14-byte headers with the header CRC checked when present; the
 * file CRC; chained files (several header + data + CRC segments in one file); compressed
 * timestamp headers; developer data fields (skipped by their declared sizes); little- and
 * big-endian definitions; invalid values read as missing; a field whose size is not a multiple
 * of its base type read as bytes (and so missing as a number), as established decoders do.
 */
public final class FitDecoder {
    /** Called for every data message, in file order. */
    public interface Handler {
        /** A new file segment starts (0 for the first; chained files have more). */
        default void segmentStart(int segment) {
        }

        void message(FitMessage message);

        /** The segment ended and its CRC was correct. */
        default void segmentEnd(int segment) {
        }
    }

    private static final int[] CRC_TABLE = crcTable();
    private static final int COMPRESSED_TIMESTAMP = 0x80;
    private static final int DEFINITION = 0x40;
    private static final int DEVELOPER_DATA = 0x20;
    private static final int TIMESTAMP_FIELD = 253;

    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int bufferPos;
    private int bufferEnd;
    private long offset;
    private int crc;
    private final byte[] field = new byte[255];
    private final Definition[] definitions = new Definition[16];
    private final FitMessage message = new FitMessage();

    private FitDecoder(InputStream in) {
        this.in = in;
    }

    /** Decodes every segment of the stream, calling the handler for each data message. */
    public static void decode(InputStream in, Handler handler) throws FitFormatException {
        new FitDecoder(in).run(handler);
    }

    private void run(Handler handler) throws FitFormatException {
        int segment = 0;
        do {
            segment(segment, handler);
            segment++;
        } while (!atEnd());
    }

    private void segment(int segment, Handler handler) throws FitFormatException {
        long start = offset;
        crc = 0;
        int headerSize = readByte();
        if (headerSize < 12) {
            throw new FitFormatException(segment == 0 ? "not a FIT file: the header is too short"
                    : "file segment " + (segment + 1) + " has a corrupt header", start);
        }
        readByte(); // protocol version
        readByte();
        readByte(); // profile version
        long dataSize = readByte() | readByte() << 8 | readByte() << 16 | (long) readByte() << 24;
        if (readByte() != '.' || readByte() != 'F' || readByte() != 'I' || readByte() != 'T') {
            throw new FitFormatException(segment == 0 ? "not a FIT file: the header does not say .FIT"
                    : "file segment " + (segment + 1) + " has a corrupt header", start);
        }
        int headerCrc = crc;
        if (headerSize >= 14) {
            int stored = readByte() | readByte() << 8;
            if (stored != 0 && stored != headerCrc) {
                throw new FitFormatException("the header CRC does not match", start);
            }
            for (int i = 14; i < headerSize; i++) {
                readByte();
            }
        }
        handler.segmentStart(segment);
        java.util.Arrays.fill(definitions, null);
        long dataEnd = offset + dataSize;
        long lastTimestamp = -1;
        while (offset < dataEnd) {
            long messageStart = offset;
            int header = readByte();
            if ((header & COMPRESSED_TIMESTAMP) != 0) {
                Definition d = definition((header >> 5) & 0x3, messageStart);
                if (lastTimestamp < 0) {
                    throw new FitFormatException("a compressed timestamp comes before any full timestamp",
                            messageStart);
                }
                int timeOffset = header & 0x1F;
                long timestamp = (lastTimestamp & ~0x1FL) + timeOffset;
                if (timeOffset < (lastTimestamp & 0x1F)) {
                    timestamp += 0x20;
                }
                data(d, dataEnd);
                message.put(TIMESTAMP_FIELD, timestamp);
                lastTimestamp = timestamp;
                handler.message(message);
            } else if ((header & DEFINITION) != 0) {
                definitions[header & 0xF] = readDefinition((header & DEVELOPER_DATA) != 0, dataEnd);
            } else {
                Definition d = definition(header & 0xF, messageStart);
                data(d, dataEnd);
                if (message.has(TIMESTAMP_FIELD)) {
                    lastTimestamp = message.get(TIMESTAMP_FIELD);
                }
                handler.message(message);
            }
        }
        if (offset != dataEnd) {
            throw new FitFormatException("a message runs past the end of the data", offset);
        }
        int expected = crc;
        int stored = readByte() | readByte() << 8;
        if (stored != expected) {
            throw new FitFormatException("the file CRC does not match (the file is corrupt)", offset - 2);
        }
        handler.segmentEnd(segment);
    }

    private Definition definition(int local, long at) throws FitFormatException {
        Definition d = definitions[local];
        if (d == null) {
            throw new FitFormatException("a data message uses local type " + local + " before defining it", at);
        }
        return d;
    }

    private Definition readDefinition(boolean developer, long dataEnd) throws FitFormatException {
        long start = offset;
        readByte(); // reserved
        boolean bigEndian = readByte() == 1;
        int global = bigEndian ? readByte() << 8 | readByte() : readByte() | readByte() << 8;
        int count = readByte();
        int[] numbers = new int[count];
        int[] sizes = new int[count];
        int[] types = new int[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = readByte();
            sizes[i] = readByte();
            types[i] = readByte() & 0x1F;
        }
        int developerBytes = 0;
        if (developer) {
            int devCount = readByte();
            for (int i = 0; i < devCount; i++) {
                readByte(); // field number
                developerBytes += readByte();
                readByte(); // developer data index
            }
        }
        if (offset > dataEnd) {
            throw new FitFormatException("a definition runs past the end of the data", start);
        }
        return new Definition(global, bigEndian, numbers, sizes, types, developerBytes);
    }

    private void data(Definition d, long dataEnd) throws FitFormatException {
        message.reset(d.global);
        for (int i = 0; i < d.numbers.length; i++) {
            int size = d.sizes[i];
            if (offset + size > dataEnd) {
                throw new FitFormatException("a message runs past the end of the data", offset);
            }
            read(field, size);
            int type = d.types[i];
            int typeSize = BaseType.size(type);
            if (typeSize == 0 || size < typeSize || size % typeSize != 0) {
                continue; // strings, raw bytes, or a size that does not fit the type: not a number
            }
            long raw = d.bigEndian ? bigEndian(typeSize) : littleEndian(typeSize);
            if (!BaseType.isInvalid(type, raw)) {
                message.put(d.numbers[i], BaseType.signed(type, raw));
            }
        }
        for (int i = 0; i < d.developerBytes; i++) {
            readByte();
        }
    }

    private long littleEndian(int size) {
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = v << 8 | (field[i] & 0xFF);
        }
        return v;
    }

    private long bigEndian(int size) {
        long v = 0;
        for (int i = 0; i < size; i++) {
            v = v << 8 | (field[i] & 0xFF);
        }
        return v;
    }

    private void read(byte[] into, int length) throws FitFormatException {
        for (int i = 0; i < length; i++) {
            into[i] = (byte) readByte();
        }
    }

    private int readByte() throws FitFormatException {
        if (bufferPos == bufferEnd && !fill()) {
            throw new FitFormatException("the file is truncated", offset);
        }
        int b = buffer[bufferPos++] & 0xFF;
        offset++;
        crc = (crc >>> 8) ^ CRC_TABLE[(crc ^ b) & 0xFF];
        return b;
    }

    private boolean atEnd() throws FitFormatException {
        return bufferPos == bufferEnd && !fill();
    }

    private boolean fill() throws FitFormatException {
        try {
            int n = in.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return false;
            }
            bufferPos = 0;
            bufferEnd = n;
            return true;
        } catch (IOException e) {
            throw new FitFormatException("could not read the file: " + e.getMessage(), offset);
        }
    }

    /** CRC-16 with polynomial 0xA001 (reflected), the checksum the FIT protocol uses. */
    private static int[] crcTable() {
        int[] table = new int[256];
        for (int i = 0; i < 256; i++) {
            int c = i;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xA001 : c >>> 1;
            }
            table[i] = c;
        }
        return table;
    }

    /** The CRC of some bytes, as the decoder computes it; for tests and for writing files. */
    public static int crc(byte[] bytes, int from, int to) {
        int c = 0;
        for (int i = from; i < to; i++) {
            c = (c >>> 8) ^ CRC_TABLE[(c ^ bytes[i]) & 0xFF];
        }
        return c;
    }

    private record Definition(int global, boolean bigEndian, int[] numbers, int[] sizes, int[] types,
                              int developerBytes) {
    }
}
