package jtwins.curl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The Basic Encoding Rules as LDAPv3 uses them (RFC 4511 section 5.1): definite lengths, an element
 * built from its tag and content, and a reader over one element's content.
 */
final class Ber {
    private Ber() {
    }

    static byte[] element(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
        out.write(tag);
        int n = content.length;
        if (n < 0x80) {
            out.write(n);
        } else if (n < 0x100) {
            out.write(0x81);
            out.write(n);
        } else if (n < 0x10000) {
            out.write(0x82);
            out.write(n >> 8);
            out.write(n);
        } else {
            out.write(0x84);
            out.write(n >>> 24);
            out.write(n >> 16);
            out.write(n >> 8);
            out.write(n);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    static byte[] integer(int tag, long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int bytes = 1;
        while (bytes < 8 && (value >> (bytes * 8 - 1)) != 0 && (value >> (bytes * 8 - 1)) != -1) {
            bytes++;
        }
        for (int i = bytes - 1; i >= 0; i--) {
            out.write((int) (value >> (i * 8)));
        }
        return element(tag, out.toByteArray());
    }

    static byte[] string(int tag, String latin1) {
        return element(tag, latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /**
     * The length of the element starting at data[0] once enough of it is there: -1 while its tag
     * and length are incomplete, else tag, length bytes and content together.
     */
    static long wholeLength(byte[] data, int have) {
        if (have < 2) {
            return -1;
        }
        int first = data[1] & 0xff;
        if (first < 0x80) {
            return 2 + first;
        }
        int count = first & 0x7f;
        if (have < 2 + count) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < count; i++) {
            n = (n << 8) | (data[2 + i] & 0xff);
        }
        return 2 + count + n;
    }

    /** One element's content read element by element. */
    static final class Reader {
        private final byte[] data;
        private int at;
        private final int end;

        Reader(byte[] data, int start, int end) {
            this.data = data;
            this.at = start;
            this.end = end;
        }

        boolean more() {
            return at < end;
        }

        int peekTag() throws BadBer {
            if (at >= end) {
                throw new BadBer();
            }
            return data[at] & 0xff;
        }

        /** The next element, its tag checked when expected is not -1; a reader over its content. */
        Reader next(int expected) throws BadBer {
            if (at + 2 > end) {
                throw new BadBer();
            }
            int tag = data[at] & 0xff;
            if (expected != -1 && tag != expected) {
                throw new BadBer();
            }
            int first = data[at + 1] & 0xff;
            int p = at + 2;
            long n;
            if (first < 0x80) {
                n = first;
            } else {
                int count = first & 0x7f;
                if (count > 4 || p + count > end) {
                    throw new BadBer();
                }
                n = 0;
                for (int i = 0; i < count; i++) {
                    n = (n << 8) | (data[p++] & 0xff);
                }
            }
            if (p + n > end) {
                throw new BadBer();
            }
            Reader inner = new Reader(data, p, (int) (p + n));
            at = (int) (p + n);
            return inner;
        }

        long integer() {
            long v = at < end && data[at] < 0 ? -1 : 0;
            for (int i = at; i < end; i++) {
                v = (v << 8) | (data[i] & 0xff);
            }
            return v;
        }

        byte[] bytes() {
            byte[] b = new byte[end - at];
            System.arraycopy(data, at, b, 0, b.length);
            return b;
        }
    }

    /** An element that does not parse: the message is not LDAP. */
    static final class BadBer extends Exception {
        BadBer() {
            super("bad BER", null, false, false);
        }
    }
}
