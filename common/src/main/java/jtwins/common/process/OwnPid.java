package jtwins.common.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This process's id, as getpid() gives it to the originals. ProcessHandle.current() would give it too,
 * but its first use loads and starts the JDK's process machinery (ProcessHandleImpl's reaper executor,
 * a lambda's method handles): 8-10 ms between an smb:// connect and its first request on Java 17,
 * measured with strace. The kernel's /proc/self link names the same number through classes every twin
 * has loaded already; where /proc is not mounted, ProcessHandle it is.
 */
public final class OwnPid {
    private static long pid;

    private OwnPid() {
    }

    public static long get() {
        if (pid == 0) {
            try {
                pid = Long.parseLong(Files.readSymbolicLink(Path.of("/proc/self")).toString());
            } catch (IOException | NumberFormatException | UnsupportedOperationException e) {
                pid = ProcessHandle.current().pid();
            }
        }
        return pid;
    }
}
