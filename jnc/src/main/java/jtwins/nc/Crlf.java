package jtwins.nc;

import java.nio.ByteBuffer;

/** -C: LF becomes CR LF on the way from stdin to the network. */
final class Crlf {
    private Crlf() {
    }

    /** Rewrites buf[from, position) in place, inserting a CR before each LF. */
    static void expand(ByteBuffer buf, int from) {
        int end = buf.position();
        int newlines = 0;
        for (int i = from; i < end; i++) {
            if (buf.get(i) == '\n') {
                newlines++;
            }
        }
        if (newlines == 0) {
            return;
        }
        int write = end + newlines;
        for (int read = end - 1; read >= from; read--) {
            byte b = buf.get(read);
            buf.put(--write, b);
            if (b == '\n') {
                buf.put(--write, (byte) '\r');
            }
        }
        buf.position(end + newlines);
    }
}
