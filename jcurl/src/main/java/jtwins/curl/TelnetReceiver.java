package jtwins.curl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * telrcv(): the bytes from a telnet:// server split into data, which is the body (a NUL after CR
 * dropped, IAC IAC one 255), and commands, which go to the negotiation; a sub-option is collected
 * (up to 512 bytes) until IAC SE, or until an IAC before anything else, which ends it and is then
 * taken as a command.
 */
final class TelnetReceiver {
    private enum State { DATA, IAC, WILL, WONT, DO, DONT, CR, SB, SE }

    private static final int SUB_BUFFER = 512;

    private final TelnetNegotiation negotiation;
    private final BodySink sink;
    private final ByteArrayOutputStream sub = new ByteArrayOutputStream();
    private State state = State.DATA;
    private boolean peerNegotiated;

    TelnetReceiver(TelnetNegotiation negotiation, BodySink sink) {
        this.negotiation = negotiation;
        this.sink = sink;
    }

    /** Whether the peer has sent WILL, WONT, DO or DONT (tn->please_negotiate). */
    boolean peerNegotiated() {
        return peerNegotiated;
    }

    void received(byte[] in, int count) throws IOException, TransferFailed {
        int runStart = -1;
        for (int at = 0; at < count; at++) {
            int c = in[at] & 0xff;
            switch (state) {
                case CR -> {
                    state = State.DATA;
                    if (c == 0) {
                        runStart = flush(in, runStart, at);
                    } else if (runStart < 0) {
                        runStart = at;
                    }
                }
                case DATA -> {
                    if (c == TelnetNegotiation.IAC) {
                        state = State.IAC;
                        runStart = flush(in, runStart, at);
                    } else {
                        if (c == '\r') {
                            state = State.CR;
                        }
                        if (runStart < 0) {
                            runStart = at;
                        }
                    }
                }
                case IAC -> runStart = command(in, at, c, runStart);
                case WILL, WONT, DO, DONT -> {
                    peerNegotiated = true;
                    int command = state == State.WILL ? TelnetNegotiation.WILL : state == State.WONT
                            ? TelnetNegotiation.WONT : state == State.DO ? TelnetNegotiation.DO : TelnetNegotiation.DONT;
                    state = State.DATA;
                    negotiation.received(command, c);
                }
                case SB -> {
                    if (c == TelnetNegotiation.IAC) {
                        state = State.SE;
                    } else {
                        accumulate(c);
                    }
                }
                case SE -> {
                    if (c == TelnetNegotiation.SE) {
                        state = State.DATA;
                        negotiation.receivedSuboption(ended(TelnetNegotiation.SE));
                    } else if (c == TelnetNegotiation.IAC) {
                        accumulate(c);
                        state = State.SB;
                    } else {
                        // an IAC before something else: the sub-option ends there, the byte is a command
                        byte[] cut = ended(c);
                        negotiation.receivedCommand("In SUBOPTION processing, RCVD", c);
                        negotiation.receivedSuboption(cut);
                        state = State.IAC;
                        runStart = command(in, at, c, runStart);
                    }
                }
                default -> throw new IllegalStateException(state.name());
            }
        }
        flush(in, runStart, count);
    }

    /** The byte after an IAC. */
    private int command(byte[] in, int at, int c, int runStart) {
        switch (c) {
            case TelnetNegotiation.WILL -> state = State.WILL;
            case TelnetNegotiation.WONT -> state = State.WONT;
            case TelnetNegotiation.DO -> state = State.DO;
            case TelnetNegotiation.DONT -> state = State.DONT;
            case TelnetNegotiation.SB -> {
                sub.reset();
                state = State.SB;
            }
            case TelnetNegotiation.IAC -> {
                state = State.DATA;
                return runStart < 0 ? at : runStart;
            }
            default -> {
                state = State.DATA;
                negotiation.receivedCommand("RCVD", c);
            }
        }
        return runStart;
    }

    private void accumulate(int c) {
        if (sub.size() < SUB_BUFFER) {
            sub.write(c);
        }
    }

    /** The sub-option as suboption() sees it: what was collected, then IAC and the byte that ended it. */
    private byte[] ended(int last) {
        byte[] collected = sub.toByteArray();
        sub.reset();
        byte[] out = new byte[collected.length + 2];
        System.arraycopy(collected, 0, out, 0, collected.length);
        out[collected.length] = (byte) TelnetNegotiation.IAC;
        out[collected.length + 1] = (byte) last;
        return out;
    }

    /** startskipping(): the data run so far written as body; -1, no run now. */
    private int flush(byte[] in, int runStart, int at) throws TransferFailed {
        if (runStart >= 0 && at > runStart) {
            sink.write(in, runStart, at - runStart);
        }
        return -1;
    }
}
