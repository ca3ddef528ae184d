package jtwins.common.resolver;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Address literals as getaddrinfo() accepts them without any lookup: inet_aton() forms and IPv6. */
public final class NumericAddress {
    private NumericAddress() {
    }

    /** The address a literal denotes, or null when the text is not a literal. */
    public static InetAddress parse(String text) {
        if (text.indexOf(':') >= 0) {
            return parseIpv6(text);
        }
        return parseInetAton(text);
    }

    private static InetAddress parseIpv6(String text) {
        if (!ipv6Characters(text)) {
            return null;
        }
        try {
            InetAddress parsed = InetAddress.getByName(text);
            if (parsed instanceof Inet4Address) {
                // the JDK folds ::ffff:a.b.c.d into IPv4; getaddrinfo() keeps it an IPv6 address
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(parsed.getAddress(), 0, mapped, 12, 4);
                return Inet6Address.getByAddress(null, mapped, -1);
            }
            return parsed;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /**
     * Hex digits, colons and dots, then perhaps a scope after '%' of letters, digits, '_', '.' and '-':
     * what may reach the JDK's IPv6 parser, which would otherwise look a name up. Checked by hand, as
     * every literal on a twin's path comes here: String.matches() would compile a regex at each start.
     */
    static boolean ipv6Characters(String text) {
        int percent = text.indexOf('%');
        int end = percent < 0 ? text.length() : percent;
        if (end == 0 || percent == text.length() - 1) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean ok = i < end ? Character.digit(ch, 16) >= 0 && ch < 128 || ch == ':' || ch == '.'
                    : i == end || ch < 128 && (Character.isLetterOrDigit(ch) || ch == '_' || ch == '.' || ch == '-');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** inet_pton()'s IPv4 form: four decimal parts of 0 to 255, none with a leading zero. */
    static boolean dottedQuad(String text) {
        int i = 0;
        for (int part = 0; part < 4; part++) {
            if (part > 0) {
                if (i >= text.length() || text.charAt(i) != '.') {
                    return false;
                }
                i++;
            }
            int start = i;
            int value = 0;
            while (i < text.length() && i - start < 3 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                value = value * 10 + text.charAt(i) - '0';
                i++;
            }
            if (i == start || (i - start > 1 && text.charAt(start) == '0') || value > 255) {
                return false;
            }
        }
        return i == text.length();
    }

    /** inet_aton(3): a, a.b, a.b.c or a.b.c.d, each part decimal, 0-octal or 0x-hex. */
    private static InetAddress parseInetAton(String text) {
        if (text.isEmpty() || text.endsWith(".")) {
            return null;
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length > 4) {
            return null;
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long v = parsePart(parts[i]);
            if (v == null) {
                return null;
            }
            values[i] = v;
        }
        long address = 0;
        int last = parts.length - 1;
        for (int i = 0; i < last; i++) {
            if (values[i] > 0xff) {
                return null;
            }
            address |= values[i] << (24 - 8 * i);
        }
        long maxLast = 0xffffffffL >>> (8 * last);
        if (values[last] > maxLast) {
            return null;
        }
        address |= values[last];
        byte[] bytes = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static Long parsePart(String part) {
        if (part.isEmpty()) {
            return null;
        }
        int radix = 10;
        String digits = part;
        if (part.startsWith("0x") || part.startsWith("0X")) {
            radix = 16;
            digits = part.substring(2);
            if (digits.isEmpty()) {
                return 0L;
            }
        } else if (part.length() > 1 && part.charAt(0) == '0') {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.length() > 10) {
            return null;
        }
        try {
            return Long.parseLong(digits, radix);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
