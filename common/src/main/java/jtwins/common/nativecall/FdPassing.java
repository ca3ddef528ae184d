package jtwins.common.nativecall;

import java.nio.channels.Channel;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import jnr.ffi.annotations.SaveError;
import jtwins.common.Errno;

/**
 * Hands a connected socket to whoever holds the other end of stdout: one byte and an SCM_RIGHTS
 * message through sendmsg(2), which the JDK cannot send (ssh's ProxyUseFdpass uses nc -F for this).
 * jnr is loaded only here.
 */
public final class FdPassing {
    private static final int STDOUT = 1;
    private static final int SOL_SOCKET = 1;
    private static final int SCM_RIGHTS = 1;
    private static final short POLLOUT = 4;

    /** The libc calls fd passing needs, errno saved right after each. */
    public interface LibC {
        int isatty(int fd);

        @SaveError
        long sendmsg(int fd, Pointer message, int flags);

        @SaveError
        int poll(byte[] fds, long count, int timeoutMillis);
    }

    /** How a send ended when it did not pass the descriptor. */
    public sealed interface Refusal permits StdoutIsATerminal, SendFailed, PollFailed, ShortSend {
    }

    public record StdoutIsATerminal() implements Refusal {
    }

    public record SendFailed(NativeCallFailed cause) implements Refusal {
    }

    public record PollFailed(NativeCallFailed cause) implements Refusal {
    }

    public record ShortSend(long returned) implements Refusal {
    }

    private FdPassing() {
    }

    /** Passes the socket under the channel to stdout; null when it went, else why not. */
    public static Refusal passToStdout(Channel channel) {
        LibC libc = JnrStartup.libc(LibC.class);
        Runtime runtime = Runtime.getRuntime(libc);
        if (libc.isatty(STDOUT) == 1) {
            return new StdoutIsATerminal();
        }
        int fd = ChannelDescriptor.of(channel);
        // LP64 layouts: struct msghdr (56 bytes), struct iovec (16), one cmsghdr with an int (CMSG_SPACE 24)
        Pointer data = Memory.allocateDirect(runtime, 1, true);
        Pointer iov = Memory.allocateDirect(runtime, 16, true);
        iov.putAddress(0, data.address());
        iov.putLong(8, 1);
        Pointer control = Memory.allocateDirect(runtime, 24, true);
        control.putLong(0, 20);
        control.putInt(8, SOL_SOCKET);
        control.putInt(12, SCM_RIGHTS);
        control.putInt(16, fd);
        Pointer message = Memory.allocateDirect(runtime, 56, true);
        message.putAddress(16, iov.address());
        message.putLong(24, 1);
        message.putAddress(32, control.address());
        message.putLong(40, 24);
        while (true) {
            long sent = libc.sendmsg(STDOUT, message, 0);
            if (sent == 1) {
                return null;
            }
            if (sent != -1) {
                return new ShortSend(sent);
            }
            int errno = runtime.getLastError();
            if (errno != Errno.EAGAIN.number() && errno != Errno.EINTR.number()) {
                return new SendFailed(new NativeCallFailed(errno));
            }
            // a non-blocking stdout that is full: wait until it takes the byte, with no time limit
            byte[] pollfd = {STDOUT, 0, 0, 0, (byte) POLLOUT, 0, 0, 0};
            if (libc.poll(pollfd, 1, -1) == -1) {
                return new PollFailed(new NativeCallFailed(runtime.getLastError()));
            }
        }
    }
}
