package jtwins.wget;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Where the body goes: the -O stream (one for the whole run) or the file of this URL. */
final class BodySink {
    private final OutputStream out;
    private final boolean shared;

    private BodySink(OutputStream out, boolean shared) {
        this.out = out;
        this.shared = shared;
    }

    static BodySink shared(OutputStream out) {
        return new BodySink(out, true);
    }

    static BodySink file(String name, boolean append) throws IOException {
        return new BodySink(new FileOutputStream(name, append), false);
    }

    void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    void close() throws IOException {
        if (shared) {
            out.flush();
        } else {
            out.close();
        }
    }
}
