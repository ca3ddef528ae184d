package jtwins.curl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Curl_urldecode() (escape.c): "%XX" with two hex digits becomes its byte, anything else stays;
 * the rule the caller asks for refuses a decoded NUL (REJECT_ZERO) or any control byte (REJECT_CTRL).
 */
final class UrlDecoding {
    enum Reject { NONE, ZERO, CTRL }

    private UrlDecoding() {
    }

    /** The decoded text, one char per byte (ISO-8859-1); null where the rule refuses a byte. */
    static String decode(String s, Reject reject) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                c = Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16);
                i += 2;
            }
            if ((reject == Reject.ZERO && c == 0) || (reject == Reject.CTRL && c < 0x20)) {
                return null;
            }
            out.write(c);
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
