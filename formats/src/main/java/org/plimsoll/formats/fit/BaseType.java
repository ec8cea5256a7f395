package org.plimsoll.formats.fit;

/** The FIT base types by number (the low 5 bits of the base type byte): size, sign and sentinel. */
final class BaseType {
    private BaseType() {
    }

    /** Bytes per value; 0 for strings and raw bytes, which are never read as numbers. */
    static int size(int type) {
        switch (type) {
            case 0: case 1: case 2: case 10:
                return 1;
            case 3: case 4: case 11:
                return 2;
            case 5: case 6: case 8: case 12:
                return 4;
            case 9: case 14: case 15: case 16:
                return 8;
            default:
                return 0; // 7 string, 13 byte, unknown types
        }
    }

    static boolean isInvalid(int type, long raw) {
        switch (type) {
            case 0: case 2:
                return raw == 0xFFL;
            case 1:
                return raw == 0x7FL;
            case 3:
                return raw == 0x7FFFL;
            case 4:
                return raw == 0xFFFFL;
            case 5:
                return raw == 0x7FFFFFFFL;
            case 6: case 8:
                return raw == 0xFFFFFFFFL;
            case 9: case 15:
                return raw == -1L;
            case 14:
                return raw == Long.MAX_VALUE;
            case 10: case 11: case 12: case 16:
                return raw == 0;
            default:
                return true;
        }
    }

    /** Signed types are sign-extended; floats are rounded to the nearest whole number. */
    static long signed(int type, long raw) {
        switch (type) {
            case 1:
                return (byte) raw;
            case 3:
                return (short) raw;
            case 5:
                return (int) raw;
            case 8:
                return Math.round(Float.intBitsToFloat((int) raw));
            case 9:
                return Math.round(Double.longBitsToDouble(raw));
            default:
                return raw;
        }
    }
}
