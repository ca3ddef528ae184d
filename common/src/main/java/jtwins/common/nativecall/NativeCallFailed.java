package jtwins.common.nativecall;

import java.io.IOException;
import jtwins.common.Errno;

/** A system call made through jnr returned -1: errno as the kernel set it, and glibc's text for it. */
public final class NativeCallFailed extends IOException {
    private static final long serialVersionUID = 1L;

    private final int errno;

    public NativeCallFailed(int errno) {
        super(textOf(errno));
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }

    /** strerror(errno), including glibc's words for a number it has no name for. */
    public static String textOf(int errno) {
        Errno known = Errno.byNumber(errno);
        return known != null ? known.text() : "Unknown error " + errno;
    }
}
