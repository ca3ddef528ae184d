package jtwins.common.resolver;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * libidn2's idn2_lookup_u8() as curl's idnconvert() and wget's idn_encode() call it: UTS #46
 * processing, non-transitional first and transitional when that fails (so ß and ς stay, a joiner is
 * dropped), without the STD3 rules (an underscore passes), then Punycode (RFC 3492) for each label
 * that is not ASCII. A failure carries libidn2's code and idn2_strerror() text, which wget prints.
 */
public final class Idna {
    private static final int BASE = 36;
    private static final int T_MIN = 1;
    private static final int T_MAX = 26;
    private static final int SKEW = 38;
    private static final int DAMP = 700;
    private static final int INITIAL_BIAS = 72;
    private static final int INITIAL_N = 128;
    private static final int LABEL_MAX = 63;
    private static final int NAME_MAX = 255;

    /** The ACE name, or libidn2's error: its code and its idn2_strerror() text. */
    public record Result(String ascii, int code, String reason) {
        static Result failed(int code, String reason) {
            return new Result(null, code, reason);
        }

        public boolean ok() {
            return ascii != null;
        }
    }

    private static final Result DISALLOWED = Result.failed(-304, "string contains a disallowed character");
    private static final Result HYPHEN_ENDS = Result.failed(-302, "string start/ends with forbidden hyphen");
    private static final Result HYPHEN_3_4 = Result.failed(-301, "string contains forbidden two hyphens pattern");
    private static final Result LEADING_MARK =
            Result.failed(-303, "string contains a forbidden leading combining character");
    private static final Result BAD_ALABEL =
            Result.failed(-313, "domain label has character forbidden in non-transitional mode (TR46)");
    private static final Result BAD_PUNYCODE = Result.failed(-202, "string contains invalid punycode data");
    private static final Result TOO_BIG_LABEL = Result.failed(-203, "punycode encoded data will be too large");
    private static final Result TOO_BIG_NAME = Result.failed(-205, "domain name longer than 255 characters");
    private static final Result ENCODING = Result.failed(-200, "string encoding error");

    private Idna() {
    }

    public static boolean isAscii(String host) {
        for (int i = 0; i < host.length(); i++) {
            if (host.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** A host given as UTF-8 bytes (one char each): bytes that are not UTF-8 are libidn2's encoding error. */
    public static Result fromUtf8(String bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder();
        try {
            return toAscii(strict.decode(ByteBuffer.wrap(bytes.getBytes(StandardCharsets.ISO_8859_1))).toString());
        } catch (CharacterCodingException e) {
            return ENCODING;
        }
    }

    public static Result toAscii(String host) {
        String mapped = map(host);
        if (mapped == null) {
            return DISALLOWED;
        }
        StringBuilder out = new StringBuilder();
        String[] labels = mapped.split("\\.", -1);
        for (int i = 0; i < labels.length; i++) {
            String label = labels[i];
            if (i > 0) {
                out.append('.');
            }
            if (label.isEmpty()) {
                continue;
            }
            Result bad = label.startsWith("xn--") ? checkAceLabel(label) : checkLabel(label);
            if (bad != null) {
                return bad;
            }
            String ace = isAscii(label) ? label : "xn--" + punycode(label);
            if (ace.length() > LABEL_MAX) {
                return TOO_BIG_LABEL;
            }
            out.append(ace);
        }
        return out.length() > NAME_MAX ? TOO_BIG_NAME : new Result(out.toString(), 0, null);
    }

    /**
     * UTS #46's mapping step: the ignored code points dropped, full stops unified, compatibility forms
     * folded (NFKC) and case folded, then NFC; null for a code point the table disallows.
     */
    private static String map(String host) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < host.length(); ) {
            int cp = host.codePointAt(i);
            i += Character.charCount(cp);
            if (ignored(cp)) {
                continue;
            }
            if (cp == 0x3002 || cp == 0xFF61) {
                b.append('.');
            } else if (cp == 0x1E9E) {
                b.append("ss");
            } else if (disallowed(cp)) {
                return null;
            } else {
                b.appendCodePoint(cp);
            }
        }
        String folded = Normalizer.normalize(b.toString(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    /** Mapped to nothing by UTS #46 (soft hyphen, zero-width space, variation selectors, BOM), and the joiners the transitional pass drops. */
    private static boolean ignored(int cp) {
        return cp == 0xAD || cp == 0x34F || (cp >= 0x180B && cp <= 0x180D) || (cp >= 0x200B && cp <= 0x200D)
                || cp == 0x2060 || cp == 0x2064 || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF
                || (cp >= 0x1BCA0 && cp <= 0x1BCA3) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** Control, format, private-use, unassigned code points, spaces and U+FFFD (bytes not in the locale's set). */
    private static boolean disallowed(int cp) {
        if (cp == 0xFFFD) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }

    /** UTS #46's validity criteria that libidn2 applies: hyphens, an "xn--" prefix, a leading mark; null when met. */
    private static Result checkLabel(String label) {
        if (label.length() >= 4 && label.charAt(2) == '-' && label.charAt(3) == '-') {
            return HYPHEN_3_4;
        }
        if (label.startsWith("-") || label.endsWith("-")) {
            return HYPHEN_ENDS;
        }
        int type = Character.getType(label.codePointAt(0));
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK ? LEADING_MARK : null;
    }

    /** An "xn--" label must be Punycode of a valid label that is not ASCII and encodes back to itself; null when it is. */
    private static Result checkAceLabel(String label) {
        String decoded = isAscii(label) ? unpunycode(label.substring(4)) : null;
        if (decoded == null) {
            return BAD_PUNYCODE;
        }
        boolean valid = !isAscii(decoded) && checkLabel(decoded) == null && decoded.equals(map(decoded))
                && punycode(decoded).equals(label.substring(4));
        return valid ? null : BAD_ALABEL;
    }

    /** RFC 3492's encoder, on code points. */
    public static String punycode(String label) {
        int[] cps = label.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        for (int cp : cps) {
            if (cp < 0x80) {
                out.append((char) cp);
            }
        }
        int basic = out.length();
        int handled = basic;
        if (basic > 0) {
            out.append('-');
        }
        int n = INITIAL_N;
        int delta = 0;
        int bias = INITIAL_BIAS;
        while (handled < cps.length) {
            int m = Integer.MAX_VALUE;
            for (int cp : cps) {
                if (cp >= n && cp < m) {
                    m = cp;
                }
            }
            delta += (m - n) * (handled + 1);
            n = m;
            for (int cp : cps) {
                if (cp < n) {
                    delta++;
                } else if (cp == n) {
                    int q = delta;
                    for (int k = BASE; ; k += BASE) {
                        int t = k <= bias ? T_MIN : Math.min(k - bias, T_MAX);
                        if (q < t) {
                            break;
                        }
                        out.append(digit(t + (q - t) % (BASE - t)));
                        q = (q - t) / (BASE - t);
                    }
                    out.append(digit(q));
                    bias = adapt(delta, handled + 1, handled == basic);
                    delta = 0;
                    handled++;
                }
            }
            delta++;
            n++;
        }
        return out.toString();
    }

    private static char digit(int d) {
        return (char) (d < 26 ? 'a' + d : '0' + d - 26);
    }

    private static int adapt(int delta, int points, boolean first) {
        delta = first ? delta / DAMP : delta / 2;
        delta += delta / points;
        int k = 0;
        while (delta > ((BASE - T_MIN) * T_MAX) / 2) {
            delta /= BASE - T_MIN;
            k += BASE;
        }
        return k + (BASE - T_MIN + 1) * delta / (delta + SKEW);
    }

    /** RFC 3492's decoder; null where the text is not Punycode. */
    public static String unpunycode(String text) {
        int dash = text.lastIndexOf('-');
        StringBuilder out = new StringBuilder();
        for (int j = 0; j < Math.max(dash, 0); j++) {
            if (text.charAt(j) >= 0x80) {
                return null;
            }
            out.append(text.charAt(j));
        }
        int[] cps = out.codePoints().toArray();
        int length = cps.length;
        cps = Arrays.copyOf(cps, text.length() + 1);
        int n = INITIAL_N;
        int i = 0;
        int bias = INITIAL_BIAS;
        for (int in = dash > 0 ? dash + 1 : 0; in < text.length(); ) {
            int oldi = i;
            int w = 1;
            for (int k = BASE; ; k += BASE) {
                if (in >= text.length()) {
                    return null;
                }
                int d = value(text.charAt(in++));
                if (d < 0 || d > (Integer.MAX_VALUE - i) / w) {
                    return null;
                }
                i += d * w;
                int t = k <= bias ? T_MIN : Math.min(k - bias, T_MAX);
                if (d < t) {
                    break;
                }
                w *= BASE - t;
            }
            bias = adapt(i - oldi, length + 1, oldi == 0);
            n += i / (length + 1);
            i %= length + 1;
            if (n > Character.MAX_CODE_POINT) {
                return null;
            }
            System.arraycopy(cps, i, cps, i + 1, length - i);
            cps[i++] = n;
            length++;
        }
        return new String(cps, 0, length);
    }

    private static int value(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        return c >= '0' && c <= '9' ? c - '0' + 26 : -1;
    }
}
