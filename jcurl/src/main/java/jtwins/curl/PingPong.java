package jtwins.curl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jtwins.common.Phase;
import jtwins.common.PhaseTimer;

/**
 * lib/pingpong.c, the command-and-reply exchange FTP, SMTP and POP3 share: a command line out, then
 * the reply's lines up to the one that starts with its code and a space (or is the code alone), or
 * line by line where the protocol decides the reply's end itself (POP3). Each
 * reply within RESP_TIMEOUT (the plan's "server response", 120 s) and -m, and while the login runs
 * (curl's PROTOCONNECT state) within the connect clock too.
 */
final class PingPong {
    /** A reply: its code and its lines, the last one included. */
    record Response(int code, List<String> lines) {
        String last() {
            return lines.get(lines.size() - 1);
        }
    }

    /** pingpong.h RESP_TIMEOUT, for the goodbye the connection cache says, which no transfer's plan bounds. */
    private static final long RESP_TIMEOUT_NANOS = 120_000_000_000L;

    private final Wire control;
    private final TransferPulse pulse;
    private final DebugTrace verbose;
    private final ByteBuffer in = ByteBuffer.allocate(16384);
    private HeaderDump dump;
    private boolean loggingIn;
    /** pp->response: where the reply's wait counts from (the connection's start, then each command sent). */
    private long responseStart = System.nanoTime();

    PingPong(Wire control, TransferPulse pulse, DebugTrace verbose) {
        this.control = control;
        this.pulse = pulse;
        this.verbose = verbose;
        in.flip();
    }

    /**
     * Curl_pp_readresp() hands every reply line, CRLF and all, to the header callback, which writes
     * it to -D's file (and, for these protocols, nowhere else); null for no -D.
     */
    void replyLinesTo(HeaderDump dump) {
        this.dump = dump;
    }

    /** While the login runs, each wait is within the connect clock too. */
    void loggingIn(boolean on) {
        loggingIn = on;
    }

    void send(String line) throws IOException, TransferFailed {
        String text = line + "\r\n";
        verbose.sent(text);
        control.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)));
        responseStart = System.nanoTime();
    }

    /** Data that is no command (SMTP's message): neither shown as a command line nor ended with CRLF. */
    void sendRaw(byte[] data) throws IOException, TransferFailed {
        control.write(ByteBuffer.wrap(data));
        responseStart = System.nanoTime();
    }

    /** One non-blocking look: whether (some of) the next reply is already here. */
    boolean replyWaiting() throws IOException, TransferFailed {
        return in.hasRemaining() || control.awaitReadable(System.nanoTime());
    }

    /** pp->cache of a reply already read in, when it starts as a 4xx or 5xx one does. */
    boolean negativeReplyBuffered() {
        return in.hasRemaining() && in.get(in.position()) > '3';
    }

    /** One line of a reply whose end the protocol decides itself (POP3's "+OK", "-ERR" and "."), shown with -v. */
    String line() throws IOException, TransferFailed {
        // pingpong.c Curl_pp_state_timeout(): 120 s from the command for its whole reply, within -m
        try (PhaseTimer wait = replyWait()) {
            return readLine(until(wait), true);
        }
    }

    /**
     * A line of data that follows a reply (a POP3 body), as it came, CRLF included, not shown with -v.
     * The body is the transfer's (Curl_setup_transfer()), bounded by -m and the speed limits, not by a reply's wait.
     */
    String dataLine() throws IOException, TransferFailed {
        return readLine(TransferClock.NEVER, false);
    }

    /** The reply's timer, counted from the command as pp->response is, so a reply dripped a line at a time ends with curl's. */
    private PhaseTimer replyWait() {
        return PhaseTimer.enterAt(responseStart, pulse.plan().budget(Phase.SERVER_RESPONSE));
    }

    private long until(PhaseTimer wait) {
        long now = System.nanoTime();
        long left = wait.deadline().remainingNanos();
        long until = left >= TransferClock.NEVER - now ? TransferClock.NEVER : now + left;
        return loggingIn ? Math.min(until, pulse.clock().connectDeadline()) : until;
    }

    /** What imap.c says of the part of a literal that came with the line announcing it. */
    interface LiteralStart {
        void written(long chunk, long left);
    }

    /**
     * A literal of size bytes (IMAP's "{N}") into the sink: what was read with the line before it
     * first (said when there is some), then the rest as it comes, within -m. Returns the bytes written.
     */
    long literal(long size, BodySink sink, LiteralStart said) throws IOException, TransferFailed {
        long got = 0;
        if (in.hasRemaining()) {
            int chunk = (int) Math.min(size, in.remaining());
            byte[] b = new byte[chunk];
            in.get(b);
            sink.write(b, 0, chunk);
            got = chunk;
            said.written(chunk, size - chunk);
        }
        ByteBuffer buf = ByteBuffer.allocate(16384);
        while (got < size) {
            buf.clear();
            buf.limit((int) Math.min(buf.capacity(), size - got));
            int n = control.read(buf);
            if (n < 0) {
                throw new TransferFailed(CurlCode.PARTIAL_FILE, "Transferred a partial file");
            }
            buf.flip();
            sink.write(buf);
            got += n;
            pulse.received(got);
        }
        return got;
    }

    /** Curl_pp_readresp() until the reply's last line. */
    Response response() throws IOException, TransferFailed {
        List<String> lines = new ArrayList<>();
        // pingpong.c Curl_pp_state_timeout(): 120 s from the command for its whole reply, within -m
        try (PhaseTimer wait = replyWait()) {
            long until = until(wait);
            while (true) {
                String line = readLine(until, true);
                lines.add(line);
                if (line.length() >= 4 && Character.isDigit(line.charAt(0)) && Character.isDigit(line.charAt(1))
                        && Character.isDigit(line.charAt(2)) && line.charAt(3) == ' ') {
                    return new Response(Integer.parseInt(line.substring(0, 3)), lines);
                }
                if (line.length() == 3 && line.chars().allMatch(Character::isDigit)) {
                    return new Response(Integer.parseInt(line), lines);
                }
            }
        }
    }

    /** A line up to its LF: shown with -v and without its CRLF, or as data, kept whole. */
    private String readLine(long until, boolean reply) throws IOException, TransferFailed {
        StringBuilder line = new StringBuilder();
        while (true) {
            while (in.hasRemaining()) {
                char c = (char) (in.get() & 0xff);
                line.append(c);
                if (c == '\n') {
                    String text = line.toString();
                    if (!reply) {
                        return text;
                    }
                    verbose.received(text);
                    if (dump != null) {
                        dump.write(text.getBytes(StandardCharsets.ISO_8859_1));
                    }
                    String bare = text.substring(0, text.length() - 1);
                    return bare.endsWith("\r") ? bare.substring(0, bare.length() - 1) : bare;
                }
            }
            if (!control.awaitReadable(until)) {
                if (loggingIn && until == pulse.clock().connectDeadline()) {
                    throw TransferFailed.protocolConnectTimeout(pulse.clock(), System.nanoTime());
                }
                throw new TransferFailed(CurlCode.OPERATION_TIMEDOUT, "server response timeout");
            }
            in.clear();
            int n = control.read(in);
            in.flip();
            if (n < 0) {
                throw new TransferFailed(CurlCode.WEIRD_SERVER_REPLY, "response reading failed (errno: 0)");
            }
        }
    }

    /**
     * The goodbye of a kept connection as the connection cache closes it (ftp_quit(), smtp_quit(),
     * said by the cache's own handle, which -v does not show): the command and a wait for the reply,
     * RESP_TIMEOUT at most, whatever the answer.
     */
    static void farewell(Wire control, String command) {
        try {
            control.write(ByteBuffer.wrap((command + "\r\n").getBytes(StandardCharsets.ISO_8859_1)));
            long until = System.nanoTime() + RESP_TIMEOUT_NANOS;
            ByteBuffer answer = ByteBuffer.allocate(512);
            while (control.awaitReadable(until) && control.read(answer) > 0 && answer.hasRemaining()) {
                if (answer.position() > 0 && answer.get(answer.position() - 1) == '\n') {
                    break;
                }
            }
        } catch (IOException | TransferFailed ignored) {
            // the command line's outcome is decided already
        }
    }
}
