package jtwins.lab;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What the fuzz rows do to a well-formed reply: a flipped bit, a cut, a number made huge, negative,
 * hex or empty, a line twice, stray bytes, bare LFs, header names in another case. Text protocols
 * (HTTP, rsync's greeting lines) and binary ones (MariaDB's packets) take the same mutations.
 */
public final class ByteMutations {
    private static final String[] NAMES = {"flip", "cut", "number", "line-twice", "stray", "bare-lf", "case"};
    private static final String[] NUMBERS = {"0", "-1", "99999999999999999999", "0x10", "", "18446744073709551616",
        "2147483648", "9223372036854775807", "1e3", " 7"};
    private static final String[] STRAY = {"\0", "\u00ff", "\r", "\n", "\t", " ", "\u0080\u00fe", ":"};

    private ByteMutations() {
    }

    /** One mutation's name, chosen by the random source. */
    public static String pick(Random r) {
        return NAMES[r.nextInt(NAMES.length)];
    }

    /** The bytes with one named mutation; the same random state makes the same result. */
    public static byte[] mutate(String name, byte[] b, Random r) {
        if (b.length == 0) {
            return b;
        }
        switch (name) {
            case "flip" -> {
                byte[] c = b.clone();
                c[r.nextInt(c.length)] ^= (byte) (1 << r.nextInt(8));
                return c;
            }
            case "cut" -> {
                byte[] c = new byte[r.nextInt(b.length)];
                System.arraycopy(b, 0, c, 0, c.length);
                return c;
            }
            case "number" -> {
                String s = latin1(b);
                List<int[]> runs = new ArrayList<>();
                for (int i = 0; i < s.length(); i++) {
                    if (Character.isDigit(s.charAt(i)) && (i == 0 || !Character.isDigit(s.charAt(i - 1)))) {
                        int j = i;
                        while (j < s.length() && Character.isDigit(s.charAt(j))) {
                            j++;
                        }
                        runs.add(new int[] {i, j});
                    }
                }
                if (runs.isEmpty()) {
                    return b;
                }
                int[] run = runs.get(r.nextInt(runs.size()));
                return ascii(s.substring(0, run[0]) + NUMBERS[r.nextInt(NUMBERS.length)] + s.substring(run[1]));
            }
            case "line-twice" -> {
                String s = latin1(b);
                int head = s.indexOf("\r\n\r\n");
                String[] lines = (head < 0 ? s : s.substring(0, head)).split("\r\n", -1);
                if (lines.length < 2) {
                    return b;
                }
                int i = 1 + r.nextInt(lines.length - 1);
                int at = s.indexOf(lines[i] + "\r\n");
                return at < 0 ? b : ascii(s.substring(0, at) + lines[i] + "\r\n" + s.substring(at));
            }
            case "stray" -> {
                String s = latin1(b);
                int at = r.nextInt(s.length() + 1);
                return ascii(s.substring(0, at) + STRAY[r.nextInt(STRAY.length)] + s.substring(at));
            }
            case "bare-lf" -> {
                return ascii(latin1(b).replace("\r\n", "\n"));
            }
            default -> {
                return ascii(latin1(b).replace("Content-Length", "content-LENGTH").replace("Location", "LOCATION")
                        .replace("Transfer-Encoding", "transfer-encoding").replace("chunked", "Chunked"));
            }
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
