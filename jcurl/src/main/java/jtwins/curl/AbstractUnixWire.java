package jtwins.curl;

import java.io.IOException;
import java.nio.ByteBuffer;
import jtwins.common.nativecall.UnixStreamSocket;

/**
 * --abstract-unix-socket: the connection is a jnr-made unix socket with an abstract name, which no
 * JDK channel can hold, so its waits are poll() in slices of at most a second, with the pulse run
 * after each, as curl's loop would wake.
 */
final class AbstractUnixWire implements Wire {
    private static final long SLICE_NANOS = 1_000_000_000L;

    private final UnixStreamSocket socket;
    private TransferPulse pulse;
    private final byte[] scratch = new byte[65536];

    AbstractUnixWire(UnixStreamSocket socket, TransferPulse pulse) {
        this.socket = socket;
        this.pulse = pulse;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException, TransferFailed {
        awaitReadable(TransferClock.NEVER);
        int n = socket.read(scratch, Math.min(scratch.length, dst.remaining()));
        if (n == 0) {
            return -1;
        }
        dst.put(scratch, 0, n);
        return n;
    }

    @Override
    public boolean awaitReadable(long until) throws IOException, TransferFailed {
        while (true) {
            long now = System.nanoTime();
            long wakeAt = Math.min(now + SLICE_NANOS, Math.min(until, pulse.clock().maxDeadline()));
            int waitMs = (int) Math.max(0, (wakeAt - now + 999_999) / 1_000_000);
            if (socket.await(false, waitMs)) {
                return true;
            }
            now = System.nanoTime();
            if (now - until >= 0 && now - pulse.clock().maxDeadline() < 0) {
                return false;
            }
            pulse.check(now);
        }
    }

    @Override
    public void write(ByteBuffer src) throws IOException, TransferFailed {
        while (src.hasRemaining()) {
            int n = Math.min(scratch.length, src.remaining());
            src.get(scratch, 0, n);
            int written = 0;
            while (written < n) {
                byte[] rest = written == 0 ? scratch : java.util.Arrays.copyOfRange(scratch, written, n);
                written += socket.write(rest, n - written);
            }
        }
    }

    @Override
    public void rebind(TransferPulse pulse) {
        this.pulse = pulse;
    }

    @Override
    public boolean seemsDead() {
        try {
            return socket.await(false, 0);
        } catch (jtwins.common.nativecall.NativeCallFailed e) {
            return true;
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
