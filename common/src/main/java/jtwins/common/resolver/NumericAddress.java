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
        if (!text.matches("[0-9A-Fa-f:.]+(%[0-9A-Za-z_.-]+)?")) {
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
