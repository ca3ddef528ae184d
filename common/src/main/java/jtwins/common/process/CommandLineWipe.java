package jtwins.common.process;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the originals do to a secret on their command line so that ps and /proc/PID/cmdline no longer
 * show it: curl blanks a -u value, mysqladmin turns a -p value into x's. A twin's command line is the
 * java command's, in the process's own memory where the kernel reads it for /proc/PID/cmdline
 * (arg_start to arg_end in /proc/self/stat); it is rewritten there through /proc/self/mem. The
 * program's arguments are the last ones of that command. Where /proc cannot do it, the twin goes on,
 * as an original on a system without writable argv does.
 */
public final class CommandLineWipe {
    private CommandLineWipe() {
    }

    /** Fills program argument {@code index} of {@code count} with {@code fill}, from byte {@code from} to its end. */
    public static void fill(int index, int count, int from, byte fill) {
        write(index, count, from, fill, null);
    }

    /**
     * Overwrites program argument {@code index} of {@code count}, from byte {@code from} of it, with
     * {@code replacement}, which must not run past the argument's end.
     */
    public static void overwrite(int index, int count, int from, byte[] replacement) {
        write(index, count, from, (byte) 0, replacement);
    }

    private static void write(int index, int count, int from, byte fill, byte[] replacement) {
        try {
            long argStart = argStart();
            byte[] cmdline = SmallFile.bytes(Path.of("/proc/self/cmdline"));
            List<Integer> starts = new ArrayList<>();
            for (int at = 0; at < cmdline.length; ) {
                starts.add(at);
                int nul = at;
                while (nul < cmdline.length && cmdline[nul] != 0) {
                    nul++;
                }
                at = nul + 1;
            }
            int entry = starts.size() - count + index;
            if (entry < 0 || entry >= starts.size()) {
                return;
            }
            int offset = starts.get(entry) + from;
            int end = entry + 1 < starts.size() ? starts.get(entry + 1) - 1 : cmdline.length;
            byte[] bytes = replacement;
            if (bytes == null) {
                bytes = new byte[Math.max(0, end - offset)];
                Arrays.fill(bytes, fill);
            }
            if (offset + bytes.length > end) {
                return;
            }
            try (FileChannel mem = FileChannel.open(Path.of("/proc/self/mem"), StandardOpenOption.WRITE)) {
                mem.write(ByteBuffer.wrap(bytes), argStart + offset);
            }
        } catch (IOException | RuntimeException unavailable) {
            // no /proc, or a kernel that refuses: the secret stays visible, nothing else changes
        }
    }

    /** Field 48 of /proc/self/stat, counted after the command name in parentheses, which may hold blanks. */
    private static long argStart() throws IOException {
        String stat = SmallFile.text(Path.of("/proc/self/stat"), StandardCharsets.ISO_8859_1);
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(fields[48 - 3]);
    }
}
