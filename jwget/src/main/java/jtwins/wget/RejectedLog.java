package jtwins.wget;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * recur.c's --rejected-log: a tab-separated line for each link recursion did not follow, with why
 * (write_reject_log_reason()), the link's URL and the page's, each as scheme, host, port, path,
 * params, query and fragment. The file is opened when recursion starts, and stays empty but for its
 * header when nothing is rejected.
 */
final class RejectedLog implements AutoCloseable {
    private final OutputStream out;
    private final Descriptors fds;
    private final int fd;

    private RejectedLog(OutputStream out, Descriptors fds) {
        this.out = out;
        this.fds = fds;
        // its descriptor is held while recursion lasts: the sockets opened meanwhile get higher numbers
        this.fd = out == null ? -1 : fds.take();
    }

    /** fopen(opt.rejected_log, "w") and the header; a file that cannot be opened is said and nothing logged. */
    static RejectedLog open(String file, WgetLog log, Descriptors fds) {
        if (file == null) {
            return new RejectedLog(null, fds);
        }
        try {
            RejectedLog r = new RejectedLog(new FileOutputStream(file), fds);
            r.write("REASON\tU_URL\tU_SCHEME\tU_HOST\tU_PORT\tU_PATH\tU_PARAMS\tU_QUERY\tU_FRAGMENT\t"
                    + "P_URL\tP_SCHEME\tP_HOST\tP_PORT\tP_PATH\tP_PARAMS\tP_QUERY\tP_FRAGMENT\n");
            return r;
        } catch (IOException e) {
            log.notQuiet(file + ": " + jtwins.common.Errno.of(e).text() + "\n");
            return new RejectedLog(null, fds);
        }
    }

    void reason(RejectReason reason, WgetUrl url, WgetUrl parent) {
        if (out != null) {
            write(reason.name() + "\t" + columns(url) + "\t" + columns(parent) + "\n");
        }
    }

    private static String columns(WgetUrl u) {
        return PercentCoding.escapeUnsafe(u.url()) + "\tSCHEME_" + u.scheme().toUpperCase(java.util.Locale.ROOT) + "\t"
                + u.host() + "\t" + u.port() + "\t" + u.path() + "\t\t" + (u.query() == null ? "" : u.query()) + "\t";
    }

    private void write(String line) {
        try {
            out.write(line.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // fprintf() to a full disk: wget does not look either
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            fds.release(fd);
        }
    }
}
