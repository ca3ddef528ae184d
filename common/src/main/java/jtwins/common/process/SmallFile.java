package jtwins.common.process;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The small files a twin reads as it starts (/proc/self/stat, /proc/uptime, a sysctl, /etc/hosts,
 * /etc/resolv.conf), read through java.io: the JVM has FileInputStream loaded before main(), where
 * Files.readAllBytes() first loads FileChannel and its helpers and allocates a direct buffer, 2-3 ms
 * of every twin's start on Java 17 (-Xlog:class+load, main thread). Failures are IOExceptions, as
 * Files' are; a text that is not valid in its charset is one too (MalformedInputException).
 */
public final class SmallFile {
    private SmallFile() {
    }

    public static byte[] bytes(Path path) throws IOException {
        try (InputStream in = new FileInputStream(path.toFile())) {
            return in.readAllBytes();
        }
    }

    /**
     * The whole file decoded, malformed input refused as Files.readString() refuses it. ASCII bytes
     * (every /proc file here) are the same text in each charset a twin reads with, and are copied
     * without a decoder, whose classes cost a millisecond of start-up.
     */
    public static String text(Path path, Charset charset) throws IOException {
        byte[] bytes = bytes(path);
        if (charset.equals(StandardCharsets.ISO_8859_1) || isAscii(bytes)) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return charset.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Lines as Files.readAllLines() gives them: split at \n, \r or \r\n, the last one unterminated or not. */
    public static List<String> lines(Path path, Charset charset) throws IOException {
        String all = text(path, charset);
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(all.substring(start, i));
                if (c == '\r' && i + 1 < all.length() && all.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < all.length()) {
            lines.add(all.substring(start));
        }
        return lines;
    }
}
