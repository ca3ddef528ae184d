package jtwins.common.resolver;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A DNS reply read as glibc 2.36 reads it, from its bytes: the header fields send_dg() looks at,
 * __libc_res_queriesmatch() (which counts a question it cannot parse as a match), and the address
 * records as gaih_getanswer_slice() takes them (a CNAME moves the expected owner name; an A or AAAA
 * counts for that owner and with its exact length, whatever its class, as Debian's glibc 2.36 was
 * measured to take it; a record that runs past the end makes the whole reply unusable). dnsjava parses strictly and would drop what glibc takes.
 */
final class DnsReply {
    static final int HEADER_SIZE = 12;
    private static final int TYPE_A = 1;
    private static final int TYPE_CNAME = 5;
    private static final int TYPE_AAAA = 28;

    /**
     * gaih_getanswer_slice()'s verdict, its addresses in reply order (also those taken before it gave
     * up), and the canonical name if it stored one.
     */
    enum Status { SUCCESS, NOT_FOUND, UNAVAILABLE }

    record Slice(Status status, List<InetAddress> addresses, String canonical) {
    }

    private DnsReply() {
    }

    static int id(byte[] m) {
        return u16(m, 0);
    }

    static boolean truncated(byte[] m) {
        return (m[2] & 0x02) != 0;
    }

    static boolean authoritative(byte[] m) {
        return (m[2] & 0x04) != 0;
    }

    static boolean recursionAvailable(byte[] m) {
        return (m[3] & 0x80) != 0;
    }

    static int rcode(byte[] m) {
        return m[3] & 0x0f;
    }

    static int answerCount(byte[] m) {
        return u16(m, 6);
    }

    static int additionalCount(byte[] m) {
        return u16(m, 10);
    }

    /**
     * __libc_res_queriesmatch(): 1 when every question of the query is in the reply (same name, case
     * aside, type and class), 0 when not, -1 when either cannot be parsed.
     */
    static int queriesMatch(byte[] query, byte[] reply) {
        if (query.length < HEADER_SIZE || reply.length < HEADER_SIZE) {
            return -1;
        }
        int count = u16(query, 4);
        if (count != u16(reply, 4)) {
            return 0;
        }
        int at = HEADER_SIZE;
        for (int q = 0; q < count; q++) {
            int[] next = new int[1];
            String name = expand(query, at, next);
            if (name == null || next[0] + 4 > query.length) {
                return -1;
            }
            at = next[0];
            int type = u16(query, at);
            int klass = u16(query, at + 2);
            at += 4;
            int found = nameInQuery(name, type, klass, reply);
            if (found != 1) {
                return found;
            }
        }
        return 1;
    }

    /** __libc_res_nameinquery(): whether the reply's questions hold this one; -1 when they cannot be parsed. */
    private static int nameInQuery(String name, int type, int klass, byte[] reply) {
        int count = u16(reply, 4);
        int at = HEADER_SIZE;
        for (int q = 0; q < count; q++) {
            int[] next = new int[1];
            String asked = expand(reply, at, next);
            if (asked == null || next[0] + 4 > reply.length) {
                return -1;
            }
            at = next[0];
            if (u16(reply, at) == type && u16(reply, at + 2) == klass && asked.equalsIgnoreCase(name)) {
                return 1;
            }
            at += 4;
        }
        return 0;
    }

    /**
     * gaih_getanswer_slice(): the question must be one, uncompressed, of type A or AAAA; then each
     * of the counted answers in turn.
     */
    static Slice slice(byte[] m) {
        if (m.length < HEADER_SIZE || m[4] != 0 || m[5] != 1) {
            return unavailable();
        }
        int at = HEADER_SIZE;
        int qnameStart = at;
        while (at < m.length && m[at] != 0) {
            if ((m[at] & 0xc0) != 0) {
                return unavailable();
            }
            at += (m[at] & 0xff) + 1;
        }
        if (at >= m.length || m.length - (at + 1) < 4) {
            return unavailable();
        }
        byte[] expected = Arrays.copyOfRange(m, qnameStart, at + 1);
        int qtype = u16(m, at + 1);
        at += 5;
        if (qtype != TYPE_A && qtype != TYPE_AAAA) {
            return unavailable();
        }
        byte[] canonical = expected;
        List<InetAddress> addresses = new ArrayList<>();
        for (int left = answerCount(m); left > 0; left--) {
            int[] next = new int[1];
            byte[] owner = unpack(m, at, next);
            if (owner == null || m.length - next[0] < 10) {
                return cut(addresses, canonical);
            }
            at = next[0];
            int type = u16(m, at);
            int rdlength = u16(m, at + 8);
            at += 10;
            if (m.length - at < rdlength) {
                return cut(addresses, canonical);
            }
            int rdata = at;
            at += rdlength;
            if (type == TYPE_CNAME) {
                // no check of the owner, as glibc has never made one: the target is the name to expect now
                byte[] target = unpack(m, rdata, new int[1]);
                if (target == null) {
                    return cut(addresses, canonical);
                }
                expected = target;
                if (hostnameOk(target)) {
                    canonical = target;
                }
                continue;
            }
            if (!sameName(owner, expected)) {
                continue;
            }
            if (type == TYPE_A && rdlength == 4 || type == TYPE_AAAA && rdlength == 16) {
                try {
                    addresses.add(InetAddress.getByAddress(Arrays.copyOfRange(m, rdata, rdata + rdlength)));
                } catch (UnknownHostException impossible) {
                    return cut(addresses, canonical);
                }
            }
        }
        if (addresses.isEmpty()) {
            return new Slice(Status.NOT_FOUND, List.of(), null);
        }
        return new Slice(Status.SUCCESS, addresses, text(canonical));
    }

    /** A record that cannot be read: the slice is unusable, but the addresses already taken stay in glibc's list. */
    private static Slice cut(List<InetAddress> addresses, byte[] canonical) {
        return new Slice(Status.UNAVAILABLE, addresses, addresses.isEmpty() ? null : text(canonical));
    }

    private static Slice unavailable() {
        return new Slice(Status.UNAVAILABLE, List.of(), null);
    }

    /**
     * ns_name_unpack(): a name, pointers followed, in wire form; null for a bad label type, a pointer
     * past the end, a loop (more bytes checked than the message holds) or more than 255 bytes.
     * next[0] is where the name ends at its first position.
     */
    static byte[] unpack(byte[] m, int at, int[] next) {
        byte[] out = new byte[255];
        int length = 0;
        int checked = 0;
        int end = -1;
        int p = at;
        while (true) {
            if (p >= m.length) {
                return null;
            }
            int n = m[p] & 0xff;
            if ((n & 0xc0) == 0xc0) {
                if (p + 1 >= m.length) {
                    return null;
                }
                if (end < 0) {
                    end = p + 2;
                }
                p = (n & 0x3f) << 8 | (m[p + 1] & 0xff);
                checked += 2;
                if (p >= m.length || checked >= m.length) {
                    return null;
                }
                continue;
            }
            if ((n & 0xc0) != 0) {
                return null;
            }
            if (p + 1 + n > m.length || length + 1 + n > out.length) {
                return null;
            }
            System.arraycopy(m, p, out, length, n + 1);
            length += n + 1;
            checked += n + 1;
            p += n + 1;
            if (n == 0) {
                break;
            }
            if (checked >= m.length) {
                return null;
            }
        }
        next[0] = end < 0 ? p : end;
        return Arrays.copyOf(out, length);
    }

    /** dn_expand(): the name as text, lower and upper case kept; null when it cannot be unpacked. */
    static String expand(byte[] m, int at, int[] next) {
        byte[] wire = unpack(m, at, next);
        return wire == null ? null : text(wire);
    }

    /** ns_name_ntop(): labels joined by dots, '.' and '\' escaped, other unprintable bytes as \DDD; "." for the root. */
    private static String text(byte[] wire) {
        StringBuilder s = new StringBuilder();
        int p = 0;
        while (p < wire.length && wire[p] != 0) {
            int n = wire[p] & 0xff;
            if (s.length() > 0) {
                s.append('.');
            }
            for (int i = p + 1; i <= p + n; i++) {
                int c = wire[i] & 0xff;
                if (c == '.' || c == '\\' || c == '"' || c == '(' || c == ')' || c == ';' || c == '@' || c == '$') {
                    s.append('\\').append((char) c);
                } else if (c > 0x20 && c < 0x7f) {
                    s.append((char) c);
                } else {
                    s.append('\\').append(String.format(Locale.ROOT, "%03d", c));
                }
            }
            p += n + 1;
        }
        return s.length() == 0 ? "." : s.toString();
    }

    /** __ns_samebinaryname(): the same labels, ASCII letters' case aside. */
    private static boolean sameName(byte[] a, byte[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (lower(a[i] & 0xff) != lower(b[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }

    private static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    /** __res_binary_hnok(): labels of letters, digits and inner hyphens (and '_' as glibc allows), not empty. */
    private static boolean hostnameOk(byte[] wire) {
        if (wire.length <= 1) {
            return false;
        }
        int p = 0;
        while (wire[p] != 0) {
            int n = wire[p] & 0xff;
            for (int i = p + 1; i <= p + n; i++) {
                int c = wire[i] & 0xff;
                boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
                boolean inner = i > p + 1 && i < p + n;
                if (!letterOrDigit && !(inner && (c == '-' || c == '_'))) {
                    return false;
                }
            }
            p += n + 1;
        }
        return true;
    }

    private static int u16(byte[] m, int at) {
        return at + 1 < m.length ? (m[at] & 0xff) << 8 | (m[at + 1] & 0xff) : 0;
    }
}
