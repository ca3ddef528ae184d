package jtwins.curl;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import jtwins.common.process.SelectableStdin;
import jtwins.common.trace.Trace;

/**
 * A telnet:// URL (lib/telnet.c telnet_do()): one loop that waits up to 100 ms for the server,
 * hands what came to the receiver (data to the body, commands to the negotiation, which curl
 * starts only once the server has negotiated), then calls the tool's read callback for what to
 * send: -T's file, else standard input — a blocking read, so a quiet terminal holds the loop,
 * as it holds curl — its IAC bytes doubled. The session ends when the server closes. -m is
 * telnet_do()'s own check against the connection's birth after each turn ("Time-out"); the
 * multi interface's --max-time and the speed limit never get a word in while telnet_do() runs.
 */
final class TelnetTransfer {
    /** telnet_do(): the poll interval when the tool's read callback is set, as it always is. */
    private static final long POLL_NANOS = 100_000_000L;

    private final CurlConfig config;
    private final TransferPulse pulse;
    private final DebugTrace verbose;
    private final TransferInfo info;
    private final ConnectionSetup connections;

    TelnetTransfer(CurlConfig config, TransferPulse pulse, DebugTrace verbose, TransferInfo info,
                   ConnectionSetup connections) {
        this.config = config;
        this.pulse = pulse;
        this.verbose = verbose;
        this.info = info;
        this.connections = connections;
    }

    void run(CurlUrl url, RequestScope scope, BodySink sink, HttpAuth auth, Upload upload, String user)
            throws IOException, TransferFailed {
        info.urlEffective = url.effective();
        info.scheme = "TELNET";
        // allocate_conn() marks a connection for closing; an HTTP proxy's CONNECT marks it to be kept
        info.connectionEnds = config.proxyFor(url) == null;
        try (Wire wire = connections.open(url, null, false, scope, sink, auth);
             ReadCallback input = new ReadCallback(upload, pulse.clock())) {
            TelnetOptions options = TelnetOptions.of(config.telnetOptions, user);
            TelnetNegotiation negotiation = new TelnetNegotiation(wire, verbose, options);
            TelnetReceiver receiver = new TelnetReceiver(negotiation, sink);
            Trace.listener().requestSent("the telnet session");
            session(wire, input, negotiation, receiver);
        }
    }

    private void session(Wire wire, ReadCallback input, TelnetNegotiation negotiation, TelnetReceiver receiver)
            throws IOException, TransferFailed {
        byte[] buf = new byte[102400];
        ByteBuffer into = ByteBuffer.wrap(buf);
        long downloaded = 0;
        long uploaded = 0;
        boolean negotiated = false;
        long deadline = pulse.clock().maxDeadline();
        try (ServerWait server = new ServerWait(wire)) {
            while (true) {
                if (server.readable(System.nanoTime() + POLL_NANOS)) {
                    into.clear();
                    int n;
                    try {
                        n = wire.read(into);
                    } catch (IOException e) {
                        throw TransferFailed.recvFailure(e);
                    }
                    if (n <= 0) {
                        break;
                    }
                    downloaded += n;
                    pulse.received(downloaded);
                    receiver.received(buf, n);
                    // negotiate only with a server that negotiates: not with POP or SMTP behind a telnet:// URL
                    if (receiver.peerNegotiated() && !negotiated) {
                        negotiation.negotiate();
                        negotiated = true;
                    }
                }
                int n = input.read(buf);
                if (n > 0) {
                    byte[] data = new byte[n];
                    System.arraycopy(buf, 0, data, 0, n);
                    try {
                        wire.write(ByteBuffer.wrap(TelnetNegotiation.escaped(data)));
                    } catch (IOException e) {
                        throw TransferFailed.sendFailure(e);
                    }
                    uploaded += n;
                    info.sizeUpload = uploaded;
                }
                long now = System.nanoTime();
                // telnet_do(): -m against conn->created, looked at once a turn
                if (deadline != TransferClock.NEVER && now - deadline >= 0) {
                    throw new TransferFailed(CurlCode.OPERATION_TIMEDOUT, "Time-out");
                }
                pulse.meter().update(now, false);
            }
        } finally {
            info.sizeDownload = downloaded;
        }
    }

    /** The wait on the server's socket alone, outside the pulse: its -m is not telnet_do()'s. */
    private static final class ServerWait implements AutoCloseable {
        private final Wire wire;
        private final Selector selector;

        ServerWait(Wire wire) throws IOException {
            this.wire = wire;
            if (wire.selectable() != null) {
                selector = Selector.open();
                wire.selectable().register(selector, SelectionKey.OP_READ);
            } else {
                selector = null;
            }
        }

        boolean readable(long until) throws IOException, TransferFailed {
            if (selector == null) {
                return wire.awaitReadable(until);
            }
            long ms = Math.max(1, (until - System.nanoTime() + 999_999) / 1_000_000);
            selector.selectedKeys().clear();
            return selector.select(ms) > 0;
        }

        @Override
        public void close() throws IOException {
            if (selector != null) {
                selector.close();
            }
        }
    }

    /**
     * tool_read_cb(): -T's file, else standard input ("." without blocking); with -m, standard input
     * is waited on for what is left of it since the transfer began, and a wait that runs out reads nothing.
     */
    private static final class ReadCallback implements AutoCloseable {
        private final InputStream file;
        private final boolean nonBlocking;
        private final long deadline;
        private SelectableStdin stdin;
        private Selector stdinWait;

        ReadCallback(Upload upload, TransferClock clock) throws IOException {
            this.file = upload != null ? upload.stream : null;
            this.nonBlocking = upload != null && upload.nonBlockingStdin;
            this.deadline = clock.maxDeadline();
        }

        /** Bytes read, 0 for none now (or at the end: the session goes on until the server closes). */
        int read(byte[] buf) throws IOException {
            if (file != null) {
                return Math.max(0, file.read(buf));
            }
            if (nonBlocking) {
                int ready = STDIN.available();
                return ready <= 0 ? 0 : Math.max(0, STDIN.read(buf, 0, Math.min(ready, buf.length)));
            }
            if (deadline == TransferClock.NEVER) {
                return Math.max(0, STDIN.read(buf));
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return 0;
            }
            if (stdinWait == null) {
                // select() on standard input needs a selectable channel: the JDK has one only through a pipe
                stdin = SelectableStdin.start();
                stdinWait = Selector.open();
                stdin.channel().register(stdinWait, SelectionKey.OP_READ);
            }
            stdinWait.selectedKeys().clear();
            if (stdinWait.select(Math.max(1, (left + 999_999) / 1_000_000)) == 0) {
                return 0;
            }
            int n = stdin.channel().read(ByteBuffer.wrap(buf));
            return Math.max(0, n);
        }

        @Override
        public void close() throws IOException {
            if (file != null) {
                file.close();
            }
            if (stdinWait != null) {
                stdinWait.close();
            }
        }

        private static final FileInputStream STDIN = new FileInputStream(FileDescriptor.in);
    }
}
