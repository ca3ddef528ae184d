package jtwins.curl;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a transfer's bytes go: stdout, or the -o/-O file, which is created with the first byte to
 * write (tool_write_cb), so a transfer that fails before any data leaves no file behind, and one that
 * stops half-way leaves what arrived.
 */
final class BodySink {
    private final String filename;
    private final boolean discard;
    private OutputStream out;
    private long bytes;

    BodySink(String filename) {
        this(filename, false);
    }

    private BodySink(String filename, boolean discard) {
        this.filename = filename;
        this.discard = discard;
    }

    /** Where a redirect's body goes when -L follows it: nowhere ("Ignoring the response-body"). */
    static BodySink discarding() {
        return new BodySink(null, true);
    }

    void write(byte[] b, int off, int len) throws TransferFailed {
        if (len == 0 || discard) {
            return;
        }
        try {
            if (out == null) {
                // stdio's buffer, as curl's fwrite() has one: a failure shows at the flush when the body is small
                out = filename == null ? StdoutStream.OUT : new BufferedOutputStream(new FileOutputStream(filename), 4096);
            }
            out.write(b, off, len);
            bytes += len;
        } catch (IOException e) {
            throw new TransferFailed(CurlCode.WRITE_ERROR, "Failure writing output to destination");
        }
    }

    long bytes() {
        return bytes;
    }

    boolean toFile() {
        return filename != null;
    }

    /** Drops what this attempt wrote to a file before a retry (tool_operate.c "Throwing away N bytes"). */
    void truncate() throws IOException {
        if (out != null && filename != null) {
            out.close();
            out = new FileOutputStream(filename);
            bytes = 0;
        }
    }

    /** fclose() or fflush() at the end of a transfer; false when what was buffered could not be written. */
    boolean close() {
        try {
            if (out != null && filename != null) {
                out.close();
            } else if (out != null) {
                out.flush();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
