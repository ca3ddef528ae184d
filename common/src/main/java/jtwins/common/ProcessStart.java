package jtwins.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import jtwins.common.process.SmallFile;

/**
 * When this process was exec'd, on System.nanoTime()'s clock. An original arms its timers a few
 * milliseconds after exec; a twin that counts from its own main() would give up a JVM start-up later.
 * The kernel knows the start to a clock tick: /proc/self/stat's starttime, in 1/100 s since boot.
 * On Linux nanoTime() is CLOCK_MONOTONIC, which counts from boot too (it leaves out time suspended,
 * which /proc/uptime shows): where the two agree the start is the middle of its tick, within 5 ms
 * (measured from a spawner's clock: -3..+5 ms). Otherwise the age is /proc/uptime less starttime,
 * both truncated to the tick, within 10 ms. (ProcessHandle's startInstant adds the boot time, which
 * /proc/stat gives only to the second, so it can be a second off.)
 */
public final class ProcessStart {
    private static final long TICK_NANOS = 10_000_000;
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
            String stat = SmallFile.text(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
            String uptime = SmallFile.text(Path.of("/proc/uptime"), StandardCharsets.US_ASCII);
            // fields after "(comm)": state is field 3, starttime field 22
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[22 - 3]);
            String up = uptime.substring(0, uptime.indexOf(' '));
            int dot = up.indexOf('.');
            long upNanos = (Long.parseLong(up.substring(0, dot)) * 100 + Long.parseLong(up.substring(dot + 1))) * TICK_NANOS;
            long sinceBoot = now - upNanos;
            if (sinceBoot >= -TICK_NANOS && sinceBoot < 2 * TICK_NANOS) {
                return startTicks * TICK_NANOS + TICK_NANOS / 2;
            }
            long sinceNanos = upNanos - startTicks * TICK_NANOS;
            return sinceNanos >= 0 ? now - sinceNanos : now;
        } catch (IOException | RuntimeException e) {
            return now;
        }
    }
}
