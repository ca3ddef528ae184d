package jtwins.lab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Hostile HTTP responses made from a seed: one of a few well-formed answers (a length, chunks, gzip,
 * redirects relative, looping and to another scheme, a 206, a 100 before the 200, a body up to the
 * close, nothing at all), then up to three mutations (a flipped bit, a cut, a number made huge,
 * negative, hex or empty, a line twice, stray bytes, bare LFs). The same seed makes the same bytes.
 */
public final class HttpMutations {
    /** One fuzz case: what it was made from, and the bytes the server sends. */
    public record Case(long seed, String template, List<String> mutations, byte[] response) {
        @Override
        public String toString() {
            return "seed " + seed + ": " + template + (mutations.isEmpty() ? "" : " + " + String.join(" + ", mutations));
        }
    }

    private static final String[] TEMPLATES = {"length", "chunked", "gzip", "redirect-loop", "redirect-file",
        "partial-206", "continue-100", "until-close", "not-found", "nothing"};
    private static final String[] NUMBERS = {"0", "-1", "99999999999999999999", "0x10", "", "18446744073709551616",
        "2147483648", "9223372036854775807", "1e3", " 7"};
    private static final String[] STRAY = {"\0", "\u00ff", "\r", "\n", "\t", " ", "\u0080\u00fe", ":"};

    private HttpMutations() {
    }

    public static Case of(long seed) {
        Random r = new Random(seed);
        String template = TEMPLATES[r.nextInt(TEMPLATES.length)];
        byte[] bytes = template(template);
        List<String> done = new ArrayList<>();
        int count = bytes.length == 0 ? 0 : r.nextInt(4);
        for (int i = 0; i < count; i++) {
            String name = switch (r.nextInt(7)) {
                case 0 -> "flip";
                case 1 -> "cut";
                case 2 -> "number";
                case 3 -> "line-twice";
                case 4 -> "stray";
                case 5 -> "bare-lf";
                default -> "case";
            };
            bytes = mutate(name, bytes, r);
            done.add(name);
        }
        return new Case(seed, template, done, bytes);
    }

    private static byte[] template(String name) {
        return switch (name) {
            case "length" -> ascii("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n\r\nhello world\n");
            case "chunked" -> ascii("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n7\r\n world\n\r\n0\r\n\r\n");
            case "gzip" -> {
                byte[] body = gzip("hello world\n");
                yield concat(ascii("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " + body.length + "\r\n\r\n"), body);
            }
            case "redirect-loop" -> ascii("HTTP/1.1 301 Moved Permanently\r\nLocation: /again\r\nContent-Length: 0\r\n\r\n");
            case "redirect-file" -> ascii("HTTP/1.1 302 Found\r\nLocation: file:///etc/passwd\r\nContent-Length: 0\r\n\r\n");
            case "partial-206" -> ascii("HTTP/1.1 206 Partial Content\r\nContent-Range: bytes 0-4/12\r\nContent-Length: 5\r\n\r\nhello");
            case "continue-100" -> ascii("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nok\n");
            case "until-close" -> ascii("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the close\n");
            case "not-found" -> ascii("HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\n\r\nno!\n");
            default -> new byte[0];
        };
    }

    private static byte[] mutate(String name, byte[] b, Random r) {
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

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = new byte[a.length + b.length];
        System.arraycopy(a, 0, c, 0, a.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static byte[] gzip(String text) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream z = new GZIPOutputStream(out)) {
                z.write(text.getBytes(StandardCharsets.US_ASCII));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
