package jtwins.curl;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A search filter's string form (RFC 4515) in the BER of RFC 4511's Filter, as libldap's
 * ldap_pvt_put_filter() builds it: and, or, not; equality, substrings, >=, <=, ~= and presence,
 * values with their "\XX" escapes undone; a filter without its parentheses gets them. Null for one
 * libldap refuses ("Bad search filter").
 */
final class LdapFilter {
    private final String s;
    private int at;

    private LdapFilter(String s) {
        this.s = s;
    }

    static byte[] encode(String filter) {
        String text = filter.strip();
        if (!text.startsWith("(")) {
            text = "(" + text + ")";
        }
        LdapFilter parser = new LdapFilter(text);
        try {
            byte[] encoded = parser.filter();
            return parser.at == text.length() ? encoded : null;
        } catch (IllegalArgumentException bad) {
            return null;
        }
    }

    private byte[] filter() {
        expect('(');
        byte[] result;
        char c = peek();
        if (c == '&' || c == '|') {
            at++;
            List<byte[]> parts = new ArrayList<>();
            while (peek() == '(') {
                parts.add(filter());
            }
            result = Ber.element(c == '&' ? 0xa0 : 0xa1, Ber.concat(parts.toArray(new byte[0][])));
        } else if (c == '!') {
            at++;
            result = Ber.element(0xa2, filter());
        } else {
            result = item();
        }
        expect(')');
        return result;
    }

    private byte[] item() {
        int start = at;
        while (at < s.length() && "=<>~()".indexOf(s.charAt(at)) < 0) {
            at++;
        }
        String attribute = s.substring(start, at);
        if (attribute.isEmpty() || attribute.indexOf(':') >= 0 || at >= s.length()) {
            throw new IllegalArgumentException("extensible matching is not spoken here");
        }
        char op = s.charAt(at);
        int tag;
        if (op == '=') {
            at++;
            tag = 0xa3;
        } else if (s.startsWith(">=", at)) {
            at += 2;
            tag = 0xa5;
        } else if (s.startsWith("<=", at)) {
            at += 2;
            tag = 0xa6;
        } else if (s.startsWith("~=", at)) {
            at += 2;
            tag = 0xa8;
        } else {
            throw new IllegalArgumentException("no operator");
        }
        int valueStart = at;
        while (at < s.length() && s.charAt(at) != ')') {
            if (s.charAt(at) == '(') {
                throw new IllegalArgumentException("unescaped parenthesis");
            }
            at++;
        }
        String raw = s.substring(valueStart, at);
        if (tag == 0xa3 && raw.equals("*")) {
            return Ber.string(0x87, attribute);
        }
        if (tag == 0xa3 && raw.indexOf('*') >= 0) {
            return substrings(attribute, raw);
        }
        return Ber.element(tag, Ber.concat(Ber.string(0x04, attribute), Ber.element(0x04, unescape(raw))));
    }

    /** SubstringFilter: initial, any and final parts around the stars. */
    private static byte[] substrings(String attribute, String raw) {
        String[] pieces = raw.split("\\*", -1);
        List<byte[]> parts = new ArrayList<>();
        for (int i = 0; i < pieces.length; i++) {
            if (pieces[i].isEmpty()) {
                continue;
            }
            int tag = i == 0 ? 0x80 : i == pieces.length - 1 ? 0x82 : 0x81;
            parts.add(Ber.element(tag, unescape(pieces[i])));
        }
        return Ber.element(0xa4, Ber.concat(Ber.string(0x04, attribute),
                Ber.element(0x30, Ber.concat(parts.toArray(new byte[0][])))));
    }

    /** RFC 4515's "\XX" escapes; any other backslash is a bad filter. */
    private static byte[] unescape(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("short escape");
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("bad escape");
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private char peek() {
        if (at >= s.length()) {
            throw new IllegalArgumentException("filter ends early");
        }
        return s.charAt(at);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        at++;
    }
}
