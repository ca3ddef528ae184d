package jtwins.wget;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** url.c's escaping: reencode_escapes for what goes on the wire, url_unescape for file names. */
final class PercentCoding {
    private static final String UNSAFE = " <>\"%{}|\\^`";

    private PercentCoding() {
    }

    /** Characters that may not appear in a URL are escaped; existing valid escapes are kept. */
    static String reencode(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xff;
            boolean unsafe = c == '%' ? !(i + 2 < b.length && isHex(b[i + 1]) && isHex(b[i + 2]))
                    : UNSAFE.indexOf(c) >= 0;
            escapeOrKeep(out, c, unsafe);
        }
        return out.toString();
    }

    /** url_escape(): the characters urlchr_table marks unsafe (":", "@", "#", "%" among them) as %XX. */
    static String escapeUnsafe(String s) {
        StringBuilder out = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            escapeOrKeep(out, x & 0xff, (UNSAFE + ":@#[]").indexOf(x & 0xff) >= 0);
        }
        return out.toString();
    }

    /** url_escape_allow_passthrough() of a host held as bytes (one char each), as url_string() writes it. */
    static String escapeHost(String bytes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < bytes.length(); i++) {
            int c = bytes.charAt(i) & 0xff;
            escapeOrKeep(out, c, UNSAFE.indexOf(c) >= 0);
        }
        return out.toString();
    }

    /** A user name as url_string() prints it: the unsafe characters and ":@/" escaped. */
    static String encodeUserinfo(String s) {
        StringBuilder out = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            escapeOrKeep(out, x & 0xff, (UNSAFE + ":@/").indexOf(x & 0xff) >= 0);
        }
        return out.toString();
    }

    private static void escapeOrKeep(StringBuilder out, int c, boolean unsafe) {
        if (unsafe || c < 0x20 || c >= 0x7f) {
            out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
        } else {
            out.append((char) c);
        }
    }

    /** url_unescape_except_reserved(): %XX decoded unless it is a reserved character (or NUL). */
    static String decodeExceptReserved(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                int v = Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16);
                if (v != 0 && RESERVED.indexOf(v) < 0) {
                    out.append((char) v);
                    i += 2;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** urlchr_table's reserved characters. */
    private static final String RESERVED = "#$&+,/:;=?@[]";

    /** url_unescape() to bytes: %XX decoded (not %00), each other character taken as a byte. */
    static byte[] decodeToBytes(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                int v = Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16);
                if (v != 0) {
                    out.write(v);
                    i += 2;
                    continue;
                }
            }
            out.write(c);
        }
        return out.toByteArray();
    }

    static String decode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '%' && i + 2 < b.length && isHex(b[i + 1]) && isHex(b[i + 2])) {
                out.write(Character.digit(b[i + 1], 16) * 16 + Character.digit(b[i + 2], 16));
                i += 2;
            } else {
                out.write(b[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(byte c) {
        return Character.digit(c, 16) >= 0;
    }
}
