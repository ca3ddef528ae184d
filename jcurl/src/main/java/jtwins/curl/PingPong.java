package jtwins.curl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jtwins.common.Phase;
import jtwins.common.PhaseTimer;

/**
 * lib/pingpong.c, the command-and-reply exchange FTP and SMTP share: a command line out, then the
 * reply's lines up to the one that starts with its code and a space (or is the code alone). Each
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
    private boolean loggingIn;

    PingPong(Wire control, TransferPulse pulse, DebugTrace verbose) {
        this.control = control;
        this.pulse = pulse;
        this.verbose = verbose;
        in.flip();
    }

    /** While the login runs, each wait is within the connect clock too. */
    void loggingIn(boolean on) {
        loggingIn = on;
    }

    void send(String line) throws IOException, TransferFailed {
        String text = line + "\r\n";
        verbose.sent(text);
        control.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** Data that is no command (SMTP's message): neither shown as a command line nor ended with CRLF. */
    void sendRaw(byte[] data) throws IOException, TransferFailed {
        control.write(ByteBuffer.wrap(data));
    }

    /** One non-blocking look: whether (some of) the next reply is already here. */
    boolean replyWaiting() throws IOException, TransferFailed {
        return in.hasRemaining() || control.awaitReadable(System.nanoTime());
    }

    /** Curl_pp_readresp() until the reply's last line. */
    Response response() throws IOException, TransferFailed {
        List<String> lines = new ArrayList<>();
        // pingpong.c Curl_pp_state_timeout(): 120 s for each reply, within -m
        try (PhaseTimer wait = PhaseTimer.enter(pulse.plan().budget(Phase.SERVER_RESPONSE))) {
            long now = System.nanoTime();
            long left = wait.deadline().remainingNanos();
            long until = left >= TransferClock.NEVER - now ? TransferClock.NEVER : now + left;
            if (loggingIn) {
                until = Math.min(until, pulse.clock().connectDeadline());
            }
            while (true) {
                String line = readLine(until);
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

    private String readLine(long until) throws IOException, TransferFailed {
        StringBuilder line = new StringBuilder();
        while (true) {
            while (in.hasRemaining()) {
                char c = (char) (in.get() & 0xff);
                if (c == '\n') {
                    String text = line.toString();
                    verbose.received(text + "\n");
                    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
                }
                line.append(c);
            }
            if (!control.awaitReadable(until)) {
                if (loggingIn && until == pulse.clock().connectDeadline()) {
                    throw new TransferFailed(CurlCode.OPERATION_TIMEDOUT, "Operation timed out after "
                            + pulse.clock().sinceSingleMs(System.nanoTime()) + " milliseconds with 0 bytes received");
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
