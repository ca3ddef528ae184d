package jtwins.rsync;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import jtwins.common.Errno;

/**
 * The binary protocol after "@RSYNCD: OK" (io.c): first a few plain bytes, then the sender's
 * multiplexed stream, frames of a 4-byte header ((7 + tag) << 24 | length) and their payload. Data
 * frames make the stream read here; the others are messages rsync prints or notes on the way.
 */
final class MuxStream {
    private static final int MPLEX_BASE = 7;
    private static final int MSG_DATA = 0;
    private static final int MSG_ERROR_XFER = 1;
    private static final int MSG_INFO = 2;
    private static final int MSG_ERROR = 3;
    private static final int MSG_WARNING = 4;
    private static final int MSG_ERROR_SOCKET = 5;
    private static final int MSG_CLIENT = 7;
    private static final int MSG_ERROR_UTF8 = 8;
    private static final int MSG_IO_ERROR = 22;

    private final DaemonSocket socket;
    private final PrintStream out;
    private final PrintStream err;
    private boolean multiplexed;
    private int dataLeft;
    private int ioError;

    MuxStream(DaemonSocket socket, PrintStream out, PrintStream err) {
        this.socket = socket;
        this.out = out;
        this.err = err;
    }

    /** io_start_multiplex_in(): from here on every byte comes in a frame. */
    void startMultiplexIn() {
        multiplexed = true;
    }

    /** The I/O errors the sender reported in MSG_IO_ERROR frames. */
    int ioError() {
        return ioError;
    }

    int readByte() throws IOException, RsyncError {
        if (multiplexed) {
            while (dataLeft == 0) {
                nextFrame();
            }
            dataLeft--;
        }
        return raw();
    }

    byte[] readBytes(int n) throws IOException, RsyncError {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) readByte();
        }
        return b;
    }

    /** read_int(): 4 bytes, little-endian. */
    int readInt() throws IOException, RsyncError {
        return readByte() | readByte() << 8 | readByte() << 16 | readByte() << 24;
    }

    /** read_varint(): the first byte's high bits say how many bytes follow. */
    int readVarint() throws IOException, RsyncError {
        int ch = readByte();
        int extra = extraBytes(ch);
        if (extra == 0) {
            return ch;
        }
        if (extra > 4) {
            throw overflow("read_varint");
        }
        byte[] b = new byte[5];
        for (int i = 0; i < extra; i++) {
            b[i] = (byte) readByte();
        }
        b[extra] = (byte) (ch & ((1 << (8 - extra)) - 1));
        return ByteBuffer.wrap(b, 0, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
    }

    /** read_varlong(): minBytes bytes at least, the first of them saying how many more follow. */
    long readVarlong(int minBytes) throws IOException, RsyncError {
        byte[] head = readBytes(minBytes);
        byte[] b = new byte[9];
        System.arraycopy(head, 1, b, 0, minBytes - 1);
        int ch = head[0] & 0xff;
        int extra = extraBytes(ch);
        if (extra == 0) {
            b[minBytes - 1] = (byte) ch;
        } else {
            if (minBytes + extra > 9) {
                throw overflow("read_varlong");
            }
            for (int i = 0; i < extra; i++) {
                b[minBytes - 1 + i] = (byte) readByte();
            }
            b[minBytes + extra - 1] = (byte) (ch & ((1 << (8 - extra)) - 1));
        }
        return ByteBuffer.wrap(b, 0, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
    }

    /** read_vstring(): a length of one byte, or two when its high bit is set. */
    String readVstring() throws IOException, RsyncError {
        int len = readByte();
        if ((len & 0x80) != 0) {
            len = (len & 0x7f) * 256 + readByte();
        }
        return new String(readBytes(len), StandardCharsets.UTF_8);
    }

    /** int_byte_extra[ch / 4] in io.c. */
    private static int extraBytes(int ch) {
        if (ch < 0x80) {
            return 0;
        }
        if (ch < 0xc0) {
            return 1;
        }
        if (ch < 0xe0) {
            return 2;
        }
        if (ch < 0xf0) {
            return 3;
        }
        if (ch < 0xf8) {
            return 4;
        }
        return ch < 0xfc ? 5 : 6;
    }

    private RsyncError overflow(String where) {
        err.println("Overflow in " + where + "()");
        return RsyncError.streamIo("io.c(1787)");
    }

    /** A data frame for the sender, once the client's own output is multiplexed. */
    void writeData(byte[] data, String what) throws IOException, RsyncError {
        byte[] frame = new byte[4 + data.length];
        int header = (MPLEX_BASE + MSG_DATA) << 24 | data.length;
        frame[0] = (byte) header;
        frame[1] = (byte) (header >> 8);
        frame[2] = (byte) (header >> 16);
        frame[3] = (byte) (header >>> 24);
        System.arraycopy(data, 0, frame, 4, data.length);
        socket.write(frame, what);
    }

    void writeRaw(byte[] data, String what) throws IOException, RsyncError {
        socket.write(data, what);
    }

    private void nextFrame() throws IOException, RsyncError {
        int header = raw() | raw() << 8 | raw() << 16 | raw() << 24;
        int tag = (header >>> 24) - MPLEX_BASE;
        int length = header & 0xffffff;
        if (tag == MSG_DATA) {
            dataLeft = length;
            return;
        }
        byte[] payload = new byte[length];
        for (int i = 0; i < length; i++) {
            payload[i] = (byte) raw();
        }
        switch (tag) {
            case MSG_INFO, MSG_CLIENT -> {
                out.print(new String(payload, StandardCharsets.UTF_8));
                out.flush();
            }
            case MSG_ERROR_XFER, MSG_ERROR, MSG_WARNING, MSG_ERROR_SOCKET, MSG_ERROR_UTF8 -> {
                out.flush();
                err.print(new String(payload, StandardCharsets.UTF_8));
                err.flush();
            }
            case MSG_IO_ERROR -> ioError |= ByteBuffer.wrap(payload).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
            default -> {
                // MSG_LOG, MSG_NOOP, MSG_IO_TIMEOUT and the transfer messages change nothing in a listing
            }
        }
    }

    /** One byte off the wire; the end of the stream is rsync's "connection unexpectedly closed". */
    private int raw() throws IOException, RsyncError {
        ByteBuffer in = socket.buffer();
        if (!in.hasRemaining()) {
            int n;
            try {
                n = socket.fill();
            } catch (IOException e) {
                // measured with a daemon that resets: before the multiplexed input, safe_read()'s words and
                // code 12; within it, perform_io()'s "read error" and code 10
                Errno errno = Errno.of(e);
                if (!multiplexed) {
                    err.println("rsync: [Receiver] safe_read failed to read 1 bytes: " + errno.text() + " ("
                            + errno.number() + ")");
                    throw RsyncError.streamIo("io.c(340)");
                }
                err.println("rsync: [Receiver] read error: " + errno.text() + " (" + errno.number() + ")");
                throw RsyncError.socketIo("io.c(907)");
            }
            if (n < 0) {
                err.println("rsync: connection unexpectedly closed (" + socket.bytesIn() + " bytes received so far) [Receiver]");
                throw RsyncError.streamIo("io.c(285)");
            }
        }
        return in.get() & 0xff;
    }
}
