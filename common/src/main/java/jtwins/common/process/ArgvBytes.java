package jtwins.common.process;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line as a C program's char *argv[] holds it: the bytes the user typed. The JVM decodes
 * each argument in the locale's character set and turns what that set cannot name into U+FFFD (every
 * byte above 127 in the C locale, bad UTF-8 in a UTF-8 one); only those arguments are read back from
 * /proc/self/cmdline, whose last entries are the program's arguments. A twin that treats its text as
 * bytes (curl sends -d and -H as typed) holds each argument as ISO-8859-1, one char per byte.
 */
public final class ArgvBytes {
    private static final char LOST = '\uFFFD';

    private ArgvBytes() {
    }

    /** The locale's character set, in which the JVM decoded the arguments and encodes file names. */
    public static Charset platform() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Each argument as its bytes, one ISO-8859-1 char per byte. */
    public static String[] asLatin1(String[] args) {
        byte[][] bytes = bytes(args);
        String[] out = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = new String(bytes[i], StandardCharsets.ISO_8859_1);
        }
        return out;
    }

    /**
     * For a twin whose text is Unicode and goes out as UTF-8: an argument the locale could not decode
     * is its bytes read as UTF-8, so that bytes typed in UTF-8 go out unchanged in the C locale too.
     */
    public static String[] asUtf8WhereLost(String[] args) {
        byte[][] bytes = bytes(args);
        String[] out = args.clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i].indexOf(LOST) >= 0) {
                out[i] = new String(bytes[i], StandardCharsets.UTF_8);
            }
        }
        return out;
    }

    /** Each argument's bytes: read back from /proc/self/cmdline where the JVM's decoding lost some. */
    private static byte[][] bytes(String[] args) {
        Charset platform = platform();
        byte[][] out = new byte[args.length][];
        List<byte[]> raw = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].indexOf(LOST) >= 0) {
                if (raw == null) {
                    raw = procCmdline();
                }
                int at = raw.size() - args.length + i;
                if (at > 0 && new String(raw.get(at), platform).equals(args[i])) {
                    out[i] = raw.get(at);
                }
            }
            if (out[i] == null) {
                out[i] = args[i].getBytes(platform);
            }
        }
        return out;
    }

    /** A name held as bytes, as the JVM's file system wants it: decoded in the locale's set. */
    public static String toPlatform(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), platform());
    }

    /** A name the JVM gave (a file name, an environment value) as bytes, one char per byte. */
    public static String fromPlatform(String text) {
        return new String(text.getBytes(platform()), StandardCharsets.ISO_8859_1);
    }

    private static List<byte[]> procCmdline() {
        List<byte[]> entries = new ArrayList<>();
        try {
            byte[] all = SmallFile.bytes(Path.of("/proc/self/cmdline"));
            int start = 0;
            for (int i = 0; i < all.length; i++) {
                if (all[i] == 0) {
                    byte[] one = new byte[i - start];
                    System.arraycopy(all, start, one, 0, one.length);
                    entries.add(one);
                    start = i + 1;
                }
            }
        } catch (IOException | SecurityException unreadable) {
            // no /proc: what the JVM decoded is all there is
        }
        return entries;
    }
}
