package jtwins.lab;

import java.util.Arrays;
import java.util.Random;

/**
 * What a hostile or broken DNS server does to a good answer (RFC 1035 wire format): another ID, the
 * QR bit cleared, TC set, an error code, a message cut short, a name that points at itself (a
 * compression loop), the answer's type or class changed, its data length wrong, more answers
 * counted than sent, the question's name altered, a flipped bit, trailing bytes.
 */
public final class DnsMutations {
    static final String[] NAMES = {"id", "qr", "tc", "rcode", "cut", "loop", "type", "class", "rdlength", "ancount",
            "qname", "flip", "trailing"};

    private DnsMutations() {
    }

    public static String pick(Random r) {
        return NAMES[r.nextInt(NAMES.length)];
    }

    /** The message with one named mutation; the same random state makes the same result. */
    public static byte[] mutate(String name, byte[] m, Random r) {
        byte[] b = m.clone();
        int answer = answerOffset(b);
        switch (name) {
            case "id" -> b[1] ^= (byte) (1 + r.nextInt(255));
            case "qr" -> b[2] &= (byte) 0x7f;
            case "tc" -> b[2] |= 0x02;
            case "rcode" -> b[3] = (byte) ((b[3] & 0xf0) | (1 + r.nextInt(5)));
            case "cut" -> b = Arrays.copyOf(b, r.nextInt(b.length));
            case "loop" -> {
                // the first answer's owner name: a pointer to itself
                if (answer + 1 < b.length) {
                    b[answer] = (byte) (0xc0 | (answer >> 8));
                    b[answer + 1] = (byte) answer;
                }
            }
            case "type" -> set16(b, answer + 2, new int[] {5, 16, 15, 2, 28, 1}[r.nextInt(6)]);
            case "class" -> set16(b, answer + 4, new int[] {3, 4, 255, 0}[r.nextInt(4)]);
            case "rdlength" -> set16(b, answer + 10, new int[] {0, 3, 5, 15, 17, 0xffff}[r.nextInt(6)]);
            case "ancount" -> set16(b, 6, 2 + r.nextInt(20));
            case "qname" -> {
                if (b.length > 13) {
                    b[13 + r.nextInt(Math.max(1, Math.min(b[12] & 0x3f, b.length - 13)))] ^= 0x20 | 1;
                }
            }
            case "flip" -> {
                int at = r.nextInt(b.length);
                b[at] ^= (byte) (1 << r.nextInt(8));
            }
            case "trailing" -> {
                byte[] more = new byte[1 + r.nextInt(40)];
                r.nextBytes(more);
                byte[] out = Arrays.copyOf(b, b.length + more.length);
                System.arraycopy(more, 0, out, b.length, more.length);
                b = out;
            }
            default -> throw new IllegalArgumentException(name);
        }
        return b;
    }

    /** Where the answer section starts: after the header and the one question (a name, type, class). */
    private static int answerOffset(byte[] b) {
        int at = 12;
        while (at < b.length && b[at] != 0) {
            at += (b[at] & 0xff) + 1;
        }
        return at + 1 + 4;
    }

    private static void set16(byte[] b, int at, int value) {
        if (at + 1 < b.length) {
            b[at] = (byte) (value >> 8);
            b[at + 1] = (byte) value;
        }
    }
}
