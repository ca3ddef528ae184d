package jtwins.curl;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import jtwins.common.Errno;

/**
 * lib/telnet.c's option negotiation, RFC 1143's Q method: for each option our side's and the
 * peer's state (NO, YES, WANTNO, WANTYES) and queue, what curl prefers (SGA and BINARY both ways,
 * the peer's ECHO, and what -t offers), the answers to WILL/WONT/DO/DONT, and the sub-options it
 * sends (TTYPE, XDISPLOC, NEW-ENVIRON when asked; NAWS when agreed). Every command sent or received
 * is a -v line as printoption() and printsub() write them, one infof() per line.
 */
final class TelnetNegotiation {
    static final int SE = 240;
    static final int SB = 250;
    static final int WILL = 251;
    static final int WONT = 252;
    static final int DO = 253;
    static final int DONT = 254;
    static final int IAC = 255;
    private static final int BINARY = 0;
    private static final int ECHO = 1;
    private static final int SGA = 3;
    private static final int TTYPE = 24;
    private static final int NAWS = 31;
    private static final int XDISPLOC = 35;
    private static final int NEW_ENVIRON = 39;
    private static final int NO = 0;
    private static final int YES = 1;
    private static final int WANTYES = 2;
    private static final int WANTNO = 3;
    private static final int EMPTY = 0;
    private static final int OPPOSITE = 1;
    private static final String[] OPTIONS = {
        "BINARY", "ECHO", "RCP", "SUPPRESS GO AHEAD", "NAME", "STATUS", "TIMING MARK", "RCTE", "NAOL", "NAOP",
        "NAOCRD", "NAOHTS", "NAOHTD", "NAOFFD", "NAOVTS", "NAOVTD", "NAOLFD", "EXTEND ASCII", "LOGOUT",
        "BYTE MACRO", "DE TERMINAL", "SUPDUP", "SUPDUP OUTPUT", "SEND LOCATION", "TERM TYPE", "END OF RECORD",
        "TACACS UID", "OUTPUT MARKING", "TTYLOC", "3270 REGIME", "X3 PAD", "NAWS", "TERM SPEED", "LFLOW",
        "LINEMODE", "XDISPLOC", "OLD-ENVIRON", "AUTHENTICATION", "ENCRYPT", "NEW-ENVIRON"};
    private static final String[] COMMANDS = {
        "EOF", "SUSP", "ABORT", "EOR", "SE", "NOP", "DMARK", "BRK", "IP", "AO", "AYT", "EC", "EL", "GA", "SB",
        "WILL", "WONT", "DO", "DONT", "IAC"};

    private final Wire wire;
    private final DebugTrace verbose;
    private final TelnetOptions options;
    private final int[] us = new int[256];
    private final int[] usq = new int[256];
    private final boolean[] usPreferred = new boolean[256];
    private final int[] him = new int[256];
    private final int[] himq = new int[256];
    private final boolean[] himPreferred = new boolean[256];
    private final boolean[] subnegotiation = new boolean[256];

    TelnetNegotiation(Wire wire, DebugTrace verbose, TelnetOptions options) {
        this.wire = wire;
        this.verbose = verbose;
        this.options = options;
        // init_telnet(): SGA and BINARY both ways, the peer may ECHO, NAWS sent once agreed
        usPreferred[SGA] = true;
        himPreferred[SGA] = true;
        usPreferred[BINARY] = options.binary;
        himPreferred[BINARY] = options.binary;
        himPreferred[ECHO] = true;
        subnegotiation[NAWS] = true;
        usPreferred[TTYPE] = options.offerTtype;
        usPreferred[XDISPLOC] = options.offerXdisploc;
        usPreferred[NEW_ENVIRON] = options.offerEnviron;
        usPreferred[NAWS] = options.offerWindowSize;
    }

    /** negotiate(): once the peer has negotiated, what curl wants asked for (ECHO never: it may make a server hang up). */
    void negotiate() throws IOException, TransferFailed {
        for (int i = 0; i < 40; i++) {
            if (i == ECHO) {
                continue;
            }
            if (usPreferred[i]) {
                setLocal(i);
            }
            if (himPreferred[i]) {
                setRemote(i);
            }
        }
    }

    private void setLocal(int option) throws IOException, TransferFailed {
        switch (us[option]) {
            case NO -> {
                us[option] = WANTYES;
                send(WILL, option);
            }
            case WANTNO -> {
                if (usq[option] == EMPTY) {
                    usq[option] = OPPOSITE;
                }
            }
            case WANTYES -> {
                if (usq[option] == OPPOSITE) {
                    usq[option] = EMPTY;
                }
            }
            default -> {
            }
        }
    }

    private void setRemote(int option) throws IOException, TransferFailed {
        switch (him[option]) {
            case NO -> {
                him[option] = WANTYES;
                send(DO, option);
            }
            case WANTNO -> {
                if (himq[option] == EMPTY) {
                    himq[option] = OPPOSITE;
                }
            }
            case WANTYES -> {
                if (himq[option] == OPPOSITE) {
                    himq[option] = EMPTY;
                }
            }
            default -> {
            }
        }
    }

    /** rec_will(), rec_wont(), rec_do(), rec_dont(): the command received, printed, answered. */
    void received(int command, int option) throws IOException, TransferFailed {
        print("RCVD", command, option);
        switch (command) {
            case WILL -> receivedWill(option);
            case WONT -> receivedWont(option);
            case DO -> receivedDo(option);
            default -> receivedDont(option);
        }
    }

    private void receivedWill(int option) throws IOException, TransferFailed {
        switch (him[option]) {
            case NO -> {
                if (himPreferred[option]) {
                    him[option] = YES;
                    send(DO, option);
                } else {
                    send(DONT, option);
                }
            }
            case WANTNO -> {
                him[option] = himq[option] == EMPTY ? NO : YES;
                himq[option] = EMPTY;
            }
            case WANTYES -> {
                if (himq[option] == EMPTY) {
                    him[option] = YES;
                } else {
                    him[option] = WANTNO;
                    himq[option] = EMPTY;
                    send(DONT, option);
                }
            }
            default -> {
            }
        }
    }

    private void receivedWont(int option) throws IOException, TransferFailed {
        switch (him[option]) {
            case YES -> {
                him[option] = NO;
                send(DONT, option);
            }
            case WANTNO -> {
                if (himq[option] == EMPTY) {
                    him[option] = NO;
                } else {
                    him[option] = WANTYES;
                    himq[option] = EMPTY;
                    send(DO, option);
                }
            }
            case WANTYES -> {
                him[option] = NO;
                himq[option] = EMPTY;
            }
            default -> {
            }
        }
    }

    private void receivedDo(int option) throws IOException, TransferFailed {
        switch (us[option]) {
            case NO -> {
                if (usPreferred[option] || subnegotiation[option]) {
                    us[option] = YES;
                    send(WILL, option);
                    if (subnegotiation[option]) {
                        sendSuboption(option);
                    }
                } else {
                    send(WONT, option);
                }
            }
            case WANTNO -> {
                us[option] = usq[option] == EMPTY ? NO : YES;
                usq[option] = EMPTY;
            }
            case WANTYES -> {
                if (usq[option] == EMPTY) {
                    us[option] = YES;
                    if (subnegotiation[option]) {
                        sendSuboption(option);
                    }
                } else {
                    // rec_do() clears the peer's queue here, not ours
                    us[option] = WANTNO;
                    himq[option] = EMPTY;
                    send(WONT, option);
                }
            }
            default -> {
            }
        }
    }

    private void receivedDont(int option) throws IOException, TransferFailed {
        switch (us[option]) {
            case YES -> {
                us[option] = NO;
                send(WONT, option);
            }
            case WANTNO -> {
                if (usq[option] == EMPTY) {
                    us[option] = NO;
                } else {
                    us[option] = WANTYES;
                    usq[option] = EMPTY;
                    send(WILL, option);
                }
            }
            case WANTYES -> {
                us[option] = NO;
                usq[option] = EMPTY;
            }
            default -> {
            }
        }
    }

    /** A command outside negotiation (NOP, GA, DM and the like), or an IAC that broke off a sub-option. */
    void receivedCommand(String direction, int command) {
        print(direction, IAC, command);
    }

    /**
     * suboption(): a sub-option the peer sent (its bytes, IAC SE included), printed; TTYPE, XDISPLOC
     * and NEW-ENVIRON are answered with what -t gave, whatever the peer asked.
     */
    void receivedSuboption(byte[] sub) throws IOException, TransferFailed {
        printSub('<', sub);
        if (sub.length <= 2) {
            return;
        }
        int option = sub[0] & 0xff;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(IAC);
        out.write(SB);
        out.write(option);
        out.write(0);
        switch (option) {
            case TTYPE -> out.writeBytes(options.ttype.getBytes(StandardCharsets.ISO_8859_1));
            case XDISPLOC -> out.writeBytes(options.xdisploc.getBytes(StandardCharsets.ISO_8859_1));
            case NEW_ENVIRON -> {
                int len = 4;
                for (String v : options.vars) {
                    if (len + v.length() + 1 < 2048 - 6) {
                        byte[] var = environVariable(v);
                        out.writeBytes(var);
                        len += var.length;
                    }
                }
            }
            default -> {
                return;
            }
        }
        out.write(IAC);
        out.write(SE);
        byte[] bytes = out.toByteArray();
        raw(bytes);
        byte[] shown = new byte[bytes.length - 2];
        System.arraycopy(bytes, 2, shown, 0, shown.length);
        printSub('>', shown);
    }

    /**
     * sscanf("%127[^,]%1[,]%127s"): a name alone (or one past 127 bytes) is VAR name; a name, a comma
     * and a word (blanks before it skipped, the word ending at the next) VAR name VALUE word.
     */
    private static byte[] environVariable(String v) {
        int comma = v.indexOf(',');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (comma == 0 || v.isEmpty()) {
            return new byte[0];
        }
        boolean valued = comma > 0 && comma <= 127;
        out.write(0);
        out.writeBytes(first(valued ? v.substring(0, comma) : comma > 0 ? v.substring(0, comma) : v, 127)
                .getBytes(StandardCharsets.ISO_8859_1));
        if (valued) {
            String rest = v.substring(comma + 1).stripLeading();
            int end = 0;
            while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
                end++;
            }
            out.write(1);
            out.writeBytes(first(rest.substring(0, end), 127).getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }

    private static String first(String s, int n) {
        return s.length() > n ? s.substring(0, n) : s;
    }

    /** sendsuboption(): NAWS with -t WS's size (0x0 without it), its numbers' IAC bytes doubled. */
    private void sendSuboption(int option) throws IOException, TransferFailed {
        if (option != NAWS) {
            return;
        }
        byte[] size = {(byte) (options.windowWidth >> 8), (byte) options.windowWidth,
            (byte) (options.windowHeight >> 8), (byte) options.windowHeight};
        printSub('>', new byte[] {(byte) NAWS, size[0], size[1], size[2], size[3], (byte) IAC, (byte) SE});
        raw(new byte[] {(byte) IAC, (byte) SB, (byte) NAWS});
        raw(escaped(size));
        raw(new byte[] {(byte) IAC, (byte) SE});
    }

    /** send_telnet_data()'s escaping: each IAC byte in data is sent twice. */
    static byte[] escaped(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 8);
        for (byte b : data) {
            out.write(b);
            if ((b & 0xff) == IAC) {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private void send(int command, int option) throws IOException, TransferFailed {
        raw(new byte[] {(byte) IAC, (byte) command, (byte) option});
        print("SENT", command, option);
    }

    /** swrite() straight to the socket: a failure is failf()'d and the session goes on. */
    private void raw(byte[] bytes) throws IOException, TransferFailed {
        try {
            wire.write(ByteBuffer.wrap(bytes));
        } catch (IOException e) {
            verbose.info("Sending data failed (" + Errno.of(e).number() + ")");
        }
    }

    /** printoption(). */
    private void print(String direction, int command, int option) {
        if (!verbose.on()) {
            return;
        }
        if (command == IAC) {
            verbose.info(direction + " IAC " + (option >= 236 ? COMMANDS[option - 236] : Integer.toString(option)));
            return;
        }
        String name = command == WILL ? "WILL" : command == WONT ? "WONT" : command == DO ? "DO" : "DONT";
        String opt = option < OPTIONS.length ? OPTIONS[option] : option == 255 ? "EXOPL" : Integer.toString(option);
        verbose.info(direction + " " + name + " " + opt);
    }

    /** printsub(): the sub-option, one infof() per part (so one -v line each). */
    private void printSub(char direction, byte[] p) {
        if (!verbose.on()) {
            return;
        }
        int length = p.length;
        verbose.info(direction == '<' ? "RCVD IAC SB " : "SENT IAC SB ");
        if (length >= 3) {
            int i = p[length - 2] & 0xff;
            int j = p[length - 1] & 0xff;
            if (i != IAC || j != SE) {
                verbose.info("(terminated by ");
                verbose.info(name(i) + " ");
                verbose.info(name(j));
                verbose.info(", not IAC SE) ");
            }
        }
        length -= 2;
        if (length < 1) {
            verbose.info("(Empty suboption?)");
            return;
        }
        int option = p[0] & 0xff;
        if (option < OPTIONS.length) {
            boolean known = option == TTYPE || option == XDISPLOC || option == NEW_ENVIRON || option == NAWS;
            verbose.info(OPTIONS[option] + (known ? "" : " (unsupported)"));
        } else {
            verbose.info(option + " (unknown)");
        }
        if (option == NAWS) {
            if (length > 4) {
                verbose.info("Width: " + (((p[1] & 0xff) << 8) | (p[2] & 0xff)) + " ; Height: "
                        + (((p[3] & 0xff) << 8) | (p[4] & 0xff)));
            }
            return;
        }
        int qualifier = length > 1 ? p[1] & 0xff : -1;
        switch (qualifier) {
            case 0 -> verbose.info(" IS");
            case 1 -> verbose.info(" SEND");
            case 2 -> verbose.info(" INFO/REPLY");
            case 3 -> verbose.info(" NAME");
            default -> {
            }
        }
        if (option == TTYPE || option == XDISPLOC) {
            int end = 2;
            while (end < length && p[end] != 0) {
                end++;
            }
            verbose.info(" \"" + new String(p, Math.min(2, length), Math.max(0, end - 2), StandardCharsets.ISO_8859_1) + "\"");
        } else if (option == NEW_ENVIRON) {
            if (qualifier == 0) {
                verbose.info(" ");
                for (int i = 3; i < length; i++) {
                    int c = p[i] & 0xff;
                    verbose.info(c == 0 ? ", " : c == 1 ? " = " : String.valueOf((char) c));
                }
            }
        } else {
            for (int i = 2; i < length; i++) {
                verbose.info(String.format(" %02x", p[i] & 0xff));
            }
        }
    }

    /** printsub()'s name for a byte that ends a sub-option: an option's, a command's, else the number. */
    private static String name(int b) {
        return b < OPTIONS.length ? OPTIONS[b] : b >= 236 ? COMMANDS[b - 236] : Integer.toString(b);
    }
}
