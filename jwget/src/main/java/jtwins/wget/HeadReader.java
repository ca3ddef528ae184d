package jtwins.wget;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Reads the head up to its empty line; notices an answer that is not HTTP at all (HTTP/0.9). */
final class HeadReader {
    private final Wire wire;
    private final ByteArrayOutputStream got = new ByteArrayOutputStream();
    private byte[] leftover = new byte[0];
    private boolean http09;

    HeadReader(Wire wire) {
        this.wire = wire;
    }

    /**
     * The head text, or null when the server closed without a byte. A second call reads the next
     * head, starting with what came after the first (a 100 Continue's successor).
     */
    String read() throws IOException {
        byte[] before = leftover;
        got.reset();
        got.write(before);
        leftover = new byte[0];
        int already = headEnd(before);
        if (already >= 0) {
            leftover = java.util.Arrays.copyOfRange(before, already, before.length);
            return new String(before, 0, already, StandardCharsets.ISO_8859_1);
        }
        ByteBuffer buf = ByteBuffer.allocate(4096);
        while (true) {
            buf.clear();
            int n = wire.read(buf);
            if (n < 0) {
                if (got.size() == 0) {
                    return null;
                }
                byte[] all = got.toByteArray();
                if (!startsLikeHttp(all)) {
                    http09 = true;
                    leftover = all;
                    return "";
                }
                return new String(all, StandardCharsets.ISO_8859_1);
            }
            got.write(buf.array(), 0, n);
            byte[] all = got.toByteArray();
            if (!startsLikeHttp(all)) {
                http09 = true;
                leftover = all;
                return "";
            }
            int end = headEnd(all);
            if (end >= 0) {
                leftover = java.util.Arrays.copyOfRange(all, end, all.length);
                return new String(all, 0, end, StandardCharsets.ISO_8859_1);
            }
        }
    }

    boolean isHttp09() {
        return http09;
    }

    byte[] leftover() {
        return leftover;
    }

    private static boolean startsLikeHttp(byte[] b) {
        byte[] h = "HTTP".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < Math.min(4, b.length); i++) {
            if (b[i] != h[i]) {
                return false;
            }
        }
        return true;
    }

    private static int headEnd(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                if (i + 1 < b.length && b[i + 1] == '\n') {
                    return i + 2;
                }
                if (i + 2 < b.length && b[i + 1] == '\r' && b[i + 2] == '\n') {
                    return i + 3;
                }
            }
        }
        return -1;
    }
}
