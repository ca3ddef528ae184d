package jtwins.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jtwins.common.process.SmallFile;

/**
 * How long one thread has run or stood ready for a CPU, in nanoseconds: the first two fields of its
 * /proc schedstat. What it leaves out is the time the thread slept: in poll(), in a read, in a
 * connect(). The thread is the one that first asks; the answer is -1 where /proc cannot say.
 */
final class ThreadBusyTime {
    private final Path schedstat;

    private ThreadBusyTime(Path schedstat) {
        this.schedstat = schedstat;
    }

    /** The calling thread's account, or one that always answers -1. */
    static ThreadBusyTime ofCurrentThread() {
        try {
            // "PID/task/TID": the thread by its id, so a later reader from another thread reads this one
            Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            return new ThreadBusyTime(Path.of("/proc").resolve(self).resolve("schedstat"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return new ThreadBusyTime(null);
        }
    }

    long nanos() {
        if (schedstat == null) {
            return -1;
        }
        try {
            String[] fields = SmallFile.text(schedstat, StandardCharsets.US_ASCII).trim().split(" ");
            return Long.parseLong(fields[0]) + Long.parseLong(fields[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
