package jtwins.common.nativecall;

import java.nio.file.Files;
import java.nio.file.Path;
import jnr.ffi.annotations.Out;

/**
 * isatty() and the TIOCGWINSZ ioctl on a descriptor, for the progress displays that size themselves
 * to the terminal. isatty() is read from /proc (no native call); the ioctl binds libc through jnr on
 * first use, which only a run on a terminal pays for.
 */
public final class TerminalSize {
    private static final long TIOCGWINSZ = 0x5413;

    /** The one call. */
    public interface LibC {
        int ioctl(int fd, long request, @Out byte[] winsize);
    }

    private static final class Holder {
        static final LibC LIBC = JnrStartup.libc(LibC.class);
    }

    private TerminalSize() {
    }

    public static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (Exception e) {
            return false;
        }
    }

    /** The terminal's width in columns, or 0 when the descriptor is not a terminal or will not say. */
    public static int columns(int fd) {
        if (!isTerminal(fd)) {
            return 0;
        }
        try {
            byte[] winsize = new byte[8];
            if (Holder.LIBC.ioctl(fd, TIOCGWINSZ, winsize) != 0) {
                return 0;
            }
            return (winsize[2] & 0xff) | (winsize[3] & 0xff) << 8;
        } catch (RuntimeException | LinkageError e) {
            return 0;
        }
    }
}
