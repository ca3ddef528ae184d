package jtwins.common;

import java.io.IOException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Linux errno values with glibc's strerror() text, the words the originals print after a colon. */
public enum Errno {
    EPERM(1, "Operation not permitted"),
    ENOENT(2, "No such file or directory"),
    EINTR(4, "Interrupted system call"),
    EIO(5, "Input/output error"),
    EBADF(9, "Bad file descriptor"),
    EAGAIN(11, "Resource temporarily unavailable"),
    ENOMEM(12, "Cannot allocate memory"),
    EACCES(13, "Permission denied"),
    EEXIST(17, "File exists"),
    ENOTDIR(20, "Not a directory"),
    EISDIR(21, "Is a directory"),
    EINVAL(22, "Invalid argument"),
    ENOSPC(28, "No space left on device"),
    EPIPE(32, "Broken pipe"),
    ENAMETOOLONG(36, "File name too long"),
    ENOTSOCK(88, "Socket operation on non-socket"),
    EDESTADDRREQ(89, "Destination address required"),
    EMSGSIZE(90, "Message too long"),
    EPROTOTYPE(91, "Protocol wrong type for socket"),
    ENOPROTOOPT(92, "Protocol not available"),
    EPROTONOSUPPORT(93, "Protocol not supported"),
    EOPNOTSUPP(95, "Operation not supported"),
    EAFNOSUPPORT(97, "Address family not supported by protocol"),
    EADDRINUSE(98, "Address already in use"),
    EADDRNOTAVAIL(99, "Cannot assign requested address"),
    ENETDOWN(100, "Network is down"),
    ENETUNREACH(101, "Network is unreachable"),
    ECONNABORTED(103, "Software caused connection abort"),
    ECONNRESET(104, "Connection reset by peer"),
    ENOBUFS(105, "No buffer space available"),
    EISCONN(106, "Transport endpoint is already connected"),
    ENOTCONN(107, "Transport endpoint is not connected"),
    ETIMEDOUT(110, "Connection timed out"),
    ECONNREFUSED(111, "Connection refused"),
    EHOSTDOWN(112, "Host is down"),
    EHOSTUNREACH(113, "No route to host"),
    EALREADY(114, "Operation already in progress"),
    EINPROGRESS(115, "Operation now in progress");

    private final int number;
    private final String text;

    Errno(int number, String text) {
        this.number = number;
        this.text = text;
    }

    public int number() {
        return number;
    }

    /** Exactly what glibc's strerror() returns. */
    public String text() {
        return text;
    }

    public static Errno byNumber(int number) {
        for (Errno e : values()) {
            if (e.number == number) {
                return e;
            }
        }
        return null;
    }

    /**
     * The errno behind a JDK I/O exception. The JDK builds its socket exception messages from
     * strerror(), so the text identifies the errno; the exception type covers the few it renames.
     */
    public static Errno of(IOException e) {
        String message = e.getMessage();
        if (message != null) {
            for (Errno errno : values()) {
                if (names(message, errno.text)) {
                    return errno;
                }
            }
            if (message.contains("Connection reset")) {
                return ECONNRESET;
            }
            if (message.startsWith("Connect timed out")) {
                return ETIMEDOUT;
            }
        }
        if (e instanceof NoRouteToHostException) {
            return EHOSTUNREACH;
        }
        if (e instanceof PortUnreachableException) {
            return ECONNREFUSED;
        }
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        }
        if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        }
        if (e instanceof AccessDeniedException) {
            return EACCES;
        }
        if (e instanceof ClosedChannelException) {
            return EBADF;
        }
        return EIO;
    }

    /**
     * "text", "path: text", "text (detail)", and java.io's "path (text)": compared in place, as a
     * refused connect's errno is looked up past a hundred others, and concatenations for each run
     * interpreted at every start.
     */
    private static boolean names(String message, String text) {
        int m = message.length();
        int t = text.length();
        if (message.equals(text)) {
            return true;
        }
        if (m > t + 1 && message.endsWith(text) && message.startsWith(": ", m - t - 2)) {
            return true;
        }
        if (m > t && message.startsWith(text) && message.charAt(t) == ' ') {
            return true;
        }
        return m > t + 2 && message.endsWith(")") && message.startsWith(text, m - t - 1)
                && message.startsWith(" (", m - t - 3);
    }
}
