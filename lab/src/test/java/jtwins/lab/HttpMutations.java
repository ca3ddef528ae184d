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

    private HttpMutations() {
    }

    public static Case of(long seed) {
        Random r = new Random(seed);
        String template = TEMPLATES[r.nextInt(TEMPLATES.length)];
        byte[] bytes = template(template);
        List<String> done = new ArrayList<>();
        int count = bytes.length == 0 ? 0 : r.nextInt(4);
        for (int i = 0; i < count; i++) {
            String name = ByteMutations.pick(r);
            bytes = ByteMutations.mutate(name, bytes, r);
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

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
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
