package jtwins.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * When this process was exec'd, on System.nanoTime()'s clock. An original arms its timers a few
 * milliseconds after exec; a twin that counts from its own main() would give up a JVM start-up later.
 * The kernel knows the start to a clock tick: /proc/self/stat's starttime against /proc/uptime, both
 * in 1/100 s. (ProcessHandle's startInstant adds the boot time, which /proc/stat gives only to the
 * second, so it can be a second off.)
 */
public final class ProcessStart {
    private static final long TICKS_PER_SECOND = 100;
    private static long startNanos;
    private static boolean known;

    private ProcessStart() {
    }

    /** nanoTime() at exec, or at the first call if /proc cannot say. */
    public static synchronized long nanoTime() {
        if (!known) {
            startNanos = measure();
            known = true;
        }
        return startNanos;
    }

    private static long measure() {
        long now = System.nanoTime();
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
            String uptime = Files.readString(Path.of("/proc/uptime"), StandardCharsets.US_ASCII);
            // fields after "(comm)": state is field 3, starttime field 22
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[22 - 3]);
            String up = uptime.substring(0, uptime.indexOf(' '));
            int dot = up.indexOf('.');
            long upHundredths = Long.parseLong(up.substring(0, dot)) * 100 + Long.parseLong(up.substring(dot + 1));
            long sinceNanos = (upHundredths - startTicks * (100 / TICKS_PER_SECOND)) * 10_000_000L;
            return sinceNanos >= 0 ? now - sinceNanos : now;
        } catch (IOException | RuntimeException e) {
            return now;
        }
    }
}
