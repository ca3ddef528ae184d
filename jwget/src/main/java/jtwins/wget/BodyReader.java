package jtwins.wget;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The body as the head announced it: so many bytes (Content-Length), chunks, or up to the end of the
 * stream. Bytes read with the head come first. Every socket read goes through the idle timer.
 */
final class BodyReader {
    /** A read that failed with errno still 0 (a negative chunk size): wget says "Success". */
    static final class NoErrno extends IOException {
        private static final long serialVersionUID = 1L;

        NoErrno() {
            super("Success", null);
        }
    }

    private final Wire wire;
    private final long declared;
    private final boolean chunked;
    private byte[] pending;
    private int pendingAt;
    private long remaining;
    private long chunkLeft;
    private boolean done;

    BodyReader(Wire wire, byte[] already, long declared, boolean chunked) {
        this.wire = wire;
        this.pending = already;
        this.declared = declared;
        this.chunked = chunked;
        this.remaining = declared;
        this.chunkLeft = chunked ? -1 : 0;
    }

    void tickEvery95Centiseconds(Runnable tick) {
        wire.tickEvery95Centiseconds(tick);
    }

    long declaredLength() {
        return declared;
    }

    boolean chunked() {
        return chunked;
    }

    /** The body was read to its announced end, so the connection may serve another request. */
    boolean complete() {
        return done && (declared >= 0 || chunked);
    }

    /** Up to buf.length body bytes, or -1 at the body's end. */
    int read(byte[] buf) throws IOException {
        return read(buf, buf.length);
    }

    /** Up to max body bytes, or -1 at the body's end. */
    int read(byte[] buf, int max) throws IOException {
        if (done) {
            return -1;
        }
        if (chunked) {
            return readChunked(buf, Math.min(max, buf.length));
        }
        int want = declared >= 0 ? (int) Math.min(Math.min(max, buf.length), remaining) : Math.min(max, buf.length);
        if (declared >= 0 && remaining == 0) {
            done = true;
            return -1;
        }
        int n = raw(buf, 0, want);
        if (n < 0) {
            done = true;
            return -1;
        }
        if (declared >= 0) {
            remaining -= n;
        }
        return n;
    }

    /**
     * The bytes left in the chunk being read, the next chunk's size line read when there are none;
     * 0 once the last chunk is past.
     */
    long chunkRemaining() throws IOException {
        if (done) {
            return 0;
        }
        return chunkLeft > 0 || nextChunk() ? chunkLeft : 0;
    }

    /** The CRLF after a chunk and the next size line; false at the last chunk (its trailer read) or the end. */
    private boolean nextChunk() throws IOException {
        if (chunkLeft == 0) {
            line();
        }
        String size = line();
        if (size == null) {
            done = true;
            return false;
        }
        // fd_read_body(): strtol(line, &endl, 16), what follows the digits ignored; no digits is the last chunk
        chunkLeft = CNumbers.strtol(size, 16);
        if (chunkLeft < 0) {
            throw new NoErrno();
        }
        if (chunkLeft == 0) {
            // one line more is read after the last chunk (the first trailer, or the blank line)
            line();
            done = true;
            return false;
        }
        return true;
    }

    private int readChunked(byte[] buf, int max) throws IOException {
        if (chunkLeft <= 0 && !nextChunk()) {
            return -1;
        }
        int n = raw(buf, 0, (int) Math.min(max, chunkLeft));
        if (n < 0) {
            done = true;
            return -1;
        }
        chunkLeft -= n;
        return n;
    }

    private String line() throws IOException {
        StringBuilder s = new StringBuilder();
        byte[] one = new byte[1];
        while (true) {
            int n = raw(one, 0, 1);
            if (n < 0) {
                return s.length() == 0 ? null : s.toString();
            }
            if (one[0] == '\n') {
                int len = s.length();
                return len > 0 && s.charAt(len - 1) == '\r' ? s.substring(0, len - 1) : s.toString();
            }
            s.append((char) (one[0] & 0xff));
        }
    }

    private int raw(byte[] buf, int off, int len) throws IOException {
        if (pending != null && pendingAt < pending.length) {
            int n = Math.min(len, pending.length - pendingAt);
            System.arraycopy(pending, pendingAt, buf, off, n);
            pendingAt += n;
            return n;
        }
        pending = null;
        return wire.read(ByteBuffer.wrap(buf, off, len));
    }
}
