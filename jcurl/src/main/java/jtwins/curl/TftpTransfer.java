package jtwins.curl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jtwins.common.Phase;
import jtwins.common.resolver.AddressText;
import jtwins.common.trace.Trace;

/**
 * A tftp:// URL (lib/tftp.c): an RRQ (WRQ for -T) with the tsize, blksize and timeout options, each
 * DATA block ACKed (each ACKed block answered with the next), on a UDP socket that is never
 * connected. Nothing on that socket can be refused, so a server that is not there and one that does
 * not answer look alike: the request is sent again after each retry_time, retry_max times, until
 * the connect clock ends the first state. The socket's peer name cannot be read, and the error
 * buffer keeps that first failf(): every TFTP failure is reported with its text.
 */
final class TftpTransfer {
    static final String NO_PEER_NAME = "getpeername() failed with errno 107: Transport endpoint is not connected";
    private static final int BLKSIZE_DEFAULT = 512;
    private static final int BLKSIZE_MIN = 8;
    private static final int BLKSIZE_MAX = 65464;
    /** connect.c HAPPY_EYEBALLS_TIMEOUT: a timer the connect arms, which wakes the multi loop once more. */
    private static final long EYEBALLS_WAKE_NANOS = 200_000_000L;

    /**
     * tftp_event_t: the opcodes as events, with INIT, TIMEOUT and NONE besides. Kept as the numbers
     * they are because an unknown opcode goes through the state machine as itself and is printed so.
     */
    private static final int INIT_EVENT = 0;
    private static final int RRQ = 1;
    private static final int WRQ = 2;
    private static final int DATA = 3;
    private static final int ACK = 4;
    private static final int ERROR = 5;
    private static final int OACK = 6;
    private static final int TIMEOUT = 7;
    private static final int NONE = -1;

    private enum State { START, RX, TX, FIN }

    /** tftp_error_t's own codes, beside the ones a server sends (0 to 7). */
    private static final int ERR_NONE = -100;
    private static final int ERR_TIMEOUT = -99;
    private static final int ERR_NORESPONSE = -98;

    private final CurlConfig config;
    private final TransferPulse pulse;
    private final DebugTrace verbose;
    private final TransferInfo info;
    private final DnsCache dns;

    private State state = State.START;
    private int error = ERR_NONE;
    private DatagramChannel socket;
    private Selector selector;
    private SocketAddress server;
    private SocketAddress remote;
    private int retries;
    private int retryTime;
    private int retryMax;
    private long rxTime;
    private int blksize = BLKSIZE_DEFAULT;
    private int requestedBlksize;
    private int block;
    private byte[] received = new byte[0];
    private ByteBuffer sendPacket;
    private int sbytes;
    private boolean ascii;
    private byte[] upload;
    /** state.infilesize != -1: a -T file's size goes out as tsize, standard input's "0". */
    private boolean uploadSizeKnown;
    private int uploaded;
    private long bytecount;
    private BodySink sink;

    TftpTransfer(CurlConfig config, TransferPulse pulse, DebugTrace verbose, TransferInfo info, DnsCache dns) {
        this.config = config;
        this.pulse = pulse;
        this.verbose = verbose;
        this.info = info;
        this.dns = dns;
    }

    void run(CurlUrl url, BodySink sink, Upload upload) throws IOException, TransferFailed {
        this.sink = sink;
        this.upload = upload == null ? null : upload.data.getBytes(StandardCharsets.ISO_8859_1);
        this.uploadSizeKnown = upload != null && upload.sizeKnown;
        info.urlEffective = url.effective();
        info.scheme = "TFTP";
        info.connectionEnds = true;
        String path = setupConnection(url);
        try (Selector sel = Selector.open()) {
            selector = sel;
            long connectStart = open(url);
            try {
                connect();
                perform(path, connectStart);
            } catch (TransferFailed f) {
                throw f.afterEarlierFailf(NO_PEER_NAME);
            } finally {
                socket.close();
            }
        }
    }

    /** tftp_setup_connection(): ";mode=" chooses netascii (A, N) or octet; the query is no part of the name. */
    private String setupConnection(CurlUrl url) {
        String path = url.path();
        ascii = config.useAscii;
        int mode = path.indexOf(";mode=");
        if (mode >= 0) {
            char c = mode + 6 < path.length() ? Character.toUpperCase(path.charAt(mode + 6)) : 0;
            ascii = c == 'A' || c == 'N';
            path = path.substring(0, mode);
        }
        return path;
    }

    /**
     * The UDP "connect" of cf-socket.c: the first address, a socket made and not connected, so its
     * peer name is unknown (said twice with -v, and the "()" of "Connected to"). A proxy is reached
     * the same way and then refused: an HTTP one cannot tunnel UDP, a SOCKS one cannot be written to.
     */
    private long open(CurlUrl url) throws IOException, TransferFailed {
        String host = url.host();
        int port = url.port();
        String shown = url.shownHost();
        String proxyText = config.proxyFor(url);
        String socksText = proxyText == null ? config.socksFor(url) : null;
        CurlUrl hop = proxyText != null ? ProxyUrl.parse(proxyText) : socksText != null ? ProxyUrl.parseSocks(socksText) : null;
        if (hop != null) {
            host = hop.host();
            port = hop.port();
            shown = hop.shownHost();
        }
        // create_conn(): the connection's number comes before the lookup
        info.connectionId = verbose.connectionNumber();
        pulse.stage(Stage.RESOLVING);
        List<InetAddress> addresses;
        try {
            addresses = NameLookup.lookup(host, port, config, pulse, dns, verbose);
        } catch (TransferFailed f) {
            if (hop != null && f.code() == CurlCode.COULDNT_RESOLVE_HOST) {
                throw new TransferFailed(CurlCode.COULDNT_RESOLVE_PROXY, "Could not resolve proxy: " + host);
            }
            throw f;
        }
        long now = System.nanoTime();
        info.namelookupUs = pulse.clock().sinceOpMicros(now);
        pulse.stage(Stage.CONNECTING);
        InetAddress address = addresses.get(0);
        verbose.info("  Trying " + (address instanceof Inet6Address ? "[" + AddressText.of(address) + "]"
                : AddressText.of(address)) + ":" + port + "...");
        socket = DatagramChannel.open(address instanceof Inet6Address ? StandardProtocolFamily.INET6
                : StandardProtocolFamily.INET);
        socket.configureBlocking(false);
        socket.register(selector, SelectionKey.OP_READ);
        if (LocalBind.asked(config)) {
            // cf_socket_open(): --interface or --local-port binds the socket as it is made
            LocalBind.bind(socket, config, address instanceof Inet6Address, verbose);
        }
        server = new InetSocketAddress(address, port);
        // the peer name unknown, the local one read before the bind: the wildcard, port 0
        info.remoteIp = "";
        info.remotePort = port;
        info.localIp = address instanceof Inet6Address ? "::" : "0.0.0.0";
        info.localPort = 0;
        info.numConnects++;
        verbose.info(NO_PEER_NAME);
        verbose.info("Connected to " + shown + " () port " + port + " (#" + info.connectionId + ")");
        info.connectUs = pulse.clock().sinceOpMicros(System.nanoTime());
        info.sizeDownload = 0;
        if (proxyText != null) {
            // http_proxy.c tunnel_init(): PROTOPT_NOTCPPROXY
            throw TransferFailed.afterEarlierFailf(CurlCode.UNSUPPORTED_PROTOCOL, NO_PEER_NAME,
                    "TFTP cannot be done over CONNECT");
        }
        if (socksText != null) {
            try {
                SocksHandshake.run(new UnconnectedUdpWire(), ProxyUrl.socksVersion(socksText), hop.user(), hop.password(),
                        url.host(), url.port(), config, pulse, verbose, dns);
            } catch (TransferFailed f) {
                throw f.afterEarlierFailf(NO_PEER_NAME);
            }
        }
        return now;
    }

    /** tftp_connect(): the block size asked for, the first timeouts, the socket bound to any address. */
    private void connect() throws IOException, TransferFailed {
        verbose.info(NO_PEER_NAME);
        int asked = BLKSIZE_DEFAULT;
        if (config.tftpBlksize != 0) {
            if (config.tftpBlksize > BLKSIZE_MAX || config.tftpBlksize < BLKSIZE_MIN) {
                throw TransferFailed.afterEarlierFailf(CurlCode.TFTP_ILLEGAL, NO_PEER_NAME, null);
            }
            asked = (int) config.tftpBlksize;
        }
        requestedBlksize = asked;
        sendPacket = ByteBuffer.allocate(Math.max(asked, BLKSIZE_DEFAULT) + 4);
        setTimeouts(pulse.clock().startSingleNanos());
        if (socket.getLocalAddress() == null) {
            socket.bind(null);
        }
        pulse.stage(Stage.PERFORMING);
    }

    /** tftp_perform() and then the DOING state, one wake-up of the multi loop at a time. */
    private void perform(String path, long connectStart) throws IOException, TransferFailed {
        stateMachine(INIT_EVENT, path);
        if (state == State.FIN) {
            done();
            return;
        }
        long eyeballsWake = connectStart + EYEBALLS_WAKE_NANOS;
        boolean connectWakeDue = true;
        while (!multiStatemach(path)) {
            long now = System.nanoTime();
            long until = TransferClock.NEVER;
            if (now - eyeballsWake < 0) {
                until = eyeballsWake;
            } else if (connectWakeDue && now - pulse.clock().connectDeadline() < 0) {
                // multi.c's EXPIRE_CONNECTTIMEOUT is never taken back: it wakes the loop once more
                until = pulse.clock().connectDeadline();
            } else {
                connectWakeDue = false;
            }
            // the tool's curl_multi_poll() waits a second at most, then tftp_multi_statemach() looks again
            pulse.await(selector, until, () -> true);
        }
        done();
    }

    /** tftp_multi_statemach(): true once the state machine is finished. */
    private boolean multiStatemach(String path) throws IOException, TransferFailed {
        int event = stateTimeout();
        if (event != NONE) {
            stateMachine(event, path);
            return state == State.FIN;
        }
        selector.selectNow();
        if (!selector.selectedKeys().isEmpty()) {
            selector.selectedKeys().clear();
            int packet = receivePacket();
            stateMachine(packet, path);
            return state == State.FIN;
        }
        return false;
    }

    /** tftp_done(): the server's or the state machine's error, translated. */
    private void done() throws TransferFailed {
        if (error == ERR_NONE) {
            return;
        }
        CurlCode code = switch (error) {
            case 1 -> CurlCode.TFTP_NOTFOUND;
            case 2 -> CurlCode.TFTP_PERM;
            case 3 -> CurlCode.REMOTE_DISK_FULL;
            case 0, 4 -> CurlCode.TFTP_ILLEGAL;
            case 5 -> CurlCode.TFTP_UNKNOWNID;
            case 6 -> CurlCode.REMOTE_FILE_EXISTS;
            case 7 -> CurlCode.TFTP_NOSUCHUSER;
            case ERR_TIMEOUT -> CurlCode.OPERATION_TIMEDOUT;
            case ERR_NORESPONSE -> CurlCode.COULDNT_CONNECT;
            default -> CurlCode.ABORTED_BY_CALLBACK;
        };
        throw TransferFailed.afterEarlierFailf(code, NO_PEER_NAME, null);
    }

    /**
     * Curl_timeleft() as tftp.c asks it: the connect clock (with -m) while no answer has come, -m
     * alone after; 0 for no bound, -1 once it is spent.
     */
    private long timeLeftMs(long now) {
        TransferClock clock = pulse.clock();
        long deadline = state == State.START ? clock.connectDeadline() : clock.maxDeadline();
        if (deadline == TransferClock.NEVER) {
            return 0;
        }
        long left = -Math.floorDiv(now - deadline, 1_000_000L);
        return left == 0 ? -1 : left;
    }

    /**
     * tftp_set_timeouts(): the state's resend schedule from the time its clock leaves, at the
     * moment given: for the first state, the moment the connect clock started, which is where
     * curl is when it gets there (the JVM's own start-up is no part of curl's schedule).
     */
    private void setTimeouts(long at) throws TransferFailed {
        long left = timeLeftMs(at);
        if (left < 0) {
            throw TransferFailed.afterEarlierFailf(CurlCode.OPERATION_TIMEDOUT, NO_PEER_NAME, "Connection time-out");
        }
        TftpSchedule schedule = TftpSchedule.forTimeLeft(left);
        retryMax = schedule.retryMax();
        retryTime = schedule.retryTime();
        verbose.info("set timeouts for state " + state.ordinal() + "; Total  " + left + ", retry " + retryTime
                + " maxtry " + retryMax);
        rxTime = epochSecondsAt(at);
    }

    /** For a trace: which of the plan's timers ended the transfer. */
    private void ranOut(Phase phase) {
        jtwins.common.Budget budget = pulse.plan().budget(phase);
        Trace.listener().timerRanOut(budget, budget.isUnlimited() ? 0 : budget.duration().toNanos());
    }

    /** time(): the state machine counts its retry_time in whole seconds of the wall clock. */
    private static long epochSeconds() {
        return System.currentTimeMillis() / 1000;
    }

    /** time() as it read at a moment of System.nanoTime(). */
    private static long epochSecondsAt(long nanos) {
        return (System.currentTimeMillis() - (System.nanoTime() - nanos) / 1_000_000) / 1000;
    }

    /**
     * tftp_state_timeout(): a state whose clock is spent finishes with a timeout error (noticed at
     * the next event); otherwise retry_time whole seconds without a packet make a TIMEOUT event.
     */
    private int stateTimeout() {
        if (timeLeftMs(System.nanoTime()) < 0) {
            // the clock tftp.c asks Curl_timeleft() for: the connect clock before any answer, -m after
            ranOut(state == State.START ? Phase.CONNECT : Phase.TOTAL);
            error = ERR_TIMEOUT;
            state = State.FIN;
            return NONE;
        }
        long current = epochSeconds();
        if (current > rxTime + retryTime) {
            rxTime = current;
            return TIMEOUT;
        }
        return NONE;
    }

    private void stateMachine(int event, String path) throws IOException, TransferFailed {
        switch (state) {
            case START -> sendFirst(event, path);
            case RX -> rx(event);
            case TX -> tx(event);
            case FIN -> verbose.info("TFTP finished");
        }
    }

    /** tftp_send_first(): the request (again on a timeout), or the answer that starts RX or TX. */
    private void sendFirst(int event, String path) throws IOException, TransferFailed {
        switch (event) {
            case INIT_EVENT, TIMEOUT -> {
                retries++;
                if (retries > retryMax) {
                    error = ERR_NORESPONSE;
                    state = State.FIN;
                    return;
                }
                sendRequest(path);
            }
            case OACK -> {
                if (upload != null) {
                    connectFor(State.TX, "Connected for transmit", event);
                } else {
                    connectFor(State.RX, "Connected for receive", event);
                }
            }
            case ACK -> connectFor(State.TX, "Connected for transmit", event);
            case DATA -> connectFor(State.RX, "Connected for receive", event);
            case ERROR -> state = State.FIN;
            default -> verbose.info("tftp_send_first: internal error");
        }
    }

    private void connectFor(State next, String said, int event) throws IOException, TransferFailed {
        verbose.info(said);
        state = next;
        setTimeouts(System.nanoTime());
        if (next == State.TX) {
            tx(event);
        } else {
            rx(event);
        }
    }

    /** The RRQ or WRQ: the name (the path after its first '/', %-decoded), the mode, the options. */
    private void sendRequest(String path) throws IOException, TransferFailed {
        String mode = ascii ? "netascii" : "octet";
        byte[] name = decodeName(path.isEmpty() ? "" : path.substring(1));
        if (name.length > blksize - mode.length() - 4) {
            throw TransferFailed.afterEarlierFailf(CurlCode.TFTP_ILLEGAL, NO_PEER_NAME, "TFTP file name too long");
        }
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        p.write(0);
        p.write(upload != null ? WRQ : RRQ);
        p.write(name);
        p.write(0);
        p.write(mode.getBytes(StandardCharsets.ISO_8859_1));
        p.write(0);
        if (!config.tftpNoOptions) {
            String[] options = {"tsize", uploadSizeKnown ? Integer.toString(this.upload.length) : "0",
                "blksize", Integer.toString(requestedBlksize), "timeout", Integer.toString(retryTime)};
            for (String option : options) {
                // tftp_option_add(): the options must fit the default block
                if (option.length() + p.size() + 1 > blksize) {
                    throw TransferFailed.afterEarlierFailf(CurlCode.TFTP_ILLEGAL, NO_PEER_NAME,
                            "TFTP buffer too small for options");
                }
                p.write(option.getBytes(StandardCharsets.ISO_8859_1));
                p.write(0);
            }
        }
        if (upload != null) {
            info.sizeUpload = 0;
        }
        send(ByteBuffer.wrap(p.toByteArray()), server, (upload != null ? "WRQ " : "RRQ ")
                + new String(name, StandardCharsets.ISO_8859_1));
    }

    /** Curl_urldecode() with REJECT_ZERO: a %00 makes no name. */
    private static byte[] decodeName(String encoded) throws TransferFailed {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length() && isHex(encoded.charAt(i + 1)) && isHex(encoded.charAt(i + 2))) {
                int b = Integer.parseInt(encoded.substring(i + 1, i + 3), 16);
                if (b == 0) {
                    throw TransferFailed.afterEarlierFailf(CurlCode.URL_MALFORMAT, NO_PEER_NAME, null);
                }
                out.write(b);
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** tftp_rx(): each expected block ACKed, a repeated one ACKed again, a short one the last. */
    private void rx(int event) throws IOException, TransferFailed {
        switch (event) {
            case DATA -> {
                int rblock = blockOf(received);
                if (((block + 1) & 0xffff) == rblock) {
                    retries = 0;
                } else if (block == rblock) {
                    verbose.info("Received last DATA packet block " + rblock + " again.");
                } else {
                    verbose.info("Received unexpected DATA packet block " + rblock + ", expecting block "
                            + ((block + 1) & 0xffff));
                    return;
                }
                block = rblock;
                sendAck();
                state = received.length < blksize + 4 ? State.FIN : State.RX;
                rxTime = epochSeconds();
            }
            case OACK -> {
                block = 0;
                retries = 0;
                sendAck();
                state = State.RX;
                rxTime = epochSeconds();
            }
            case TIMEOUT -> {
                retries++;
                verbose.info("Timeout waiting for block " + ((block + 1) & 0xffff) + " ACK.  Retries = " + retries);
                if (retries > retryMax) {
                    ranOut(Phase.RESEND_WAIT);
                    error = ERR_TIMEOUT;
                    state = State.FIN;
                } else {
                    resendLast();
                }
            }
            case ERROR -> {
                sendErrorAndFinish();
            }
            default -> throw TransferFailed.afterEarlierFailf(CurlCode.TFTP_ILLEGAL, NO_PEER_NAME, "tftp_rx: internal error");
        }
    }

    private void sendAck() throws IOException, TransferFailed {
        sendPacket.clear();
        sendPacket.putShort((short) ACK).putShort((short) block).flip();
        sendOrFail(sendPacket, remote);
    }

    /** "A good TFTP client" tells the server it is done: an ERROR packet of four bytes, its result unread. */
    private void sendErrorAndFinish() {
        ByteBuffer p = ByteBuffer.allocate(4);
        p.putShort((short) ERROR).putShort((short) block).flip();
        try {
            socket.send(p, remote != null ? remote : server);
        } catch (IOException ignored) {
            // tftp.c does not look at this send's result either
        }
        state = State.FIN;
    }

    /** tftp_tx(): each ACK of the last block answered with the next, a short block the last. */
    private void tx(int event) throws IOException, TransferFailed {
        switch (event) {
            case ACK, OACK -> {
                if (event == ACK) {
                    int rblock = blockOf(received);
                    // tftpd-hpa ACKs 65535 where the block number wraps to 0
                    if (rblock != block && !(block == 0 && rblock == 65535)) {
                        verbose.info("Received ACK for block " + rblock + ", expecting " + block);
                        retries++;
                        if (retries > retryMax) {
                            throw TransferFailed.afterEarlierFailf(CurlCode.SEND_ERROR, NO_PEER_NAME,
                                    "tftp_tx: giving up waiting for block " + block + " ack");
                        }
                        resendLast();
                        return;
                    }
                    rxTime = epochSeconds();
                    block = (block + 1) & 0xffff;
                } else {
                    block = 1;
                }
                retries = 0;
                if (block > 1 && sbytes < blksize) {
                    state = State.FIN;
                    return;
                }
                sbytes = Math.min(blksize, upload.length - uploaded);
                sendPacket.clear();
                sendPacket.putShort((short) DATA).putShort((short) block).put(upload, uploaded, sbytes).flip();
                uploaded += sbytes;
                sendOrFail(sendPacket, remote);
                info.sizeUpload = uploaded;
            }
            case TIMEOUT -> {
                retries++;
                verbose.info("Timeout waiting for block " + ((block + 1) & 0xffff) + " ACK.  Retries = " + retries);
                if (retries > retryMax) {
                    ranOut(Phase.RESEND_WAIT);
                    error = ERR_TIMEOUT;
                    state = State.FIN;
                } else {
                    resendLast();
                }
            }
            case ERROR -> sendErrorAndFinish();
            default -> verbose.info("tftp_tx: internal error, event: " + event);
        }
    }

    /** The last packet sent again: the ACK in RX, the DATA block in TX. */
    private void resendLast() throws IOException, TransferFailed {
        sendPacket.rewind();
        sendOrFail(sendPacket, remote);
    }

    /**
     * tftp_receive_packet(): the first packet's sender is the peer from then on (its transfer ID
     * port); a DATA block is the body when it is the next one.
     */
    private int receivePacket() throws IOException, TransferFailed {
        ByteBuffer in = ByteBuffer.allocate(blksize + 4);
        SocketAddress from = socket.receive(in);
        if (from == null) {
            return NONE;
        }
        if (remote == null) {
            remote = from;
            Trace.listener().firstByte();
        }
        in.flip();
        received = new byte[in.remaining()];
        in.get(received);
        if (received.length < 4) {
            verbose.info("Received too short packet");
            return TIMEOUT;
        }
        int event = ((received[0] & 0xff) << 8) | (received[1] & 0xff);
        switch (event) {
            case DATA -> {
                if (received.length > 4 && ((block + 1) & 0xffff) == blockOf(received)) {
                    try {
                        sink.write(received, 4, received.length - 4);
                    } catch (TransferFailed f) {
                        stateMachine(ERROR, "");
                        throw f;
                    }
                    bytecount += received.length - 4;
                    info.sizeDownload = bytecount;
                    pulse.received(bytecount);
                }
            }
            case ERROR -> {
                error = blockOf(received);
                int end = 4;
                while (end < received.length && received[end] != 0) {
                    end++;
                }
                if (end < received.length) {
                    verbose.info("TFTP error: " + new String(received, 4, end - 4, StandardCharsets.ISO_8859_1));
                }
            }
            case ACK -> {
            }
            case OACK -> parseOptionAck();
            default -> verbose.info("Internal error: Unexpected packet");
        }
        return event;
    }

    /** tftp_parse_option_ack(): the server's blksize (within what was asked) and tsize. */
    private void parseOptionAck() throws TransferFailed {
        blksize = BLKSIZE_DEFAULT;
        int at = 2;
        while (at < received.length) {
            int nameEnd = nul(at);
            if (nameEnd + 1 >= received.length) {
                throw TransferFailed.afterEarlierFailf(CurlCode.TFTP_ILLEGAL, NO_PEER_NAME, "Malformed ACK packet, rejecting");
            }
            int valueEnd = nul(nameEnd + 1);
            String option = new String(received, at, nameEnd - at, StandardCharsets.ISO_8859_1);
            String value = new String(received, nameEnd + 1, Math.min(valueEnd, received.length) - nameEnd - 1,
                    StandardCharsets.ISO_8859_1);
            at = valueEnd + 1;
            verbose.info("got option=(" + option + ") value=(" + value + ")");
            // checkprefix(): an option whose name starts so, in any case
            if (option.toLowerCase(java.util.Locale.ROOT).startsWith("blksize")) {
                long size = strtol(value);
                if (size == 0) {
                    throw TransferFailed.afterEarlierFailf(CurlCode.TFTP_ILLEGAL, NO_PEER_NAME,
                            "invalid blocksize value in OACK packet");
                }
                if (size > BLKSIZE_MAX) {
                    throw TransferFailed.afterEarlierFailf(CurlCode.TFTP_ILLEGAL, NO_PEER_NAME,
                            "blksize is larger than max supported (" + BLKSIZE_MAX + ")");
                }
                if (size < BLKSIZE_MIN) {
                    throw TransferFailed.afterEarlierFailf(CurlCode.TFTP_ILLEGAL, NO_PEER_NAME,
                            "blksize is smaller than min supported (" + BLKSIZE_MIN + ")");
                }
                if (size > requestedBlksize) {
                    throw TransferFailed.afterEarlierFailf(CurlCode.TFTP_ILLEGAL, NO_PEER_NAME,
                            "server requested blksize larger than allocated (" + size + ")");
                }
                blksize = (int) size;
                verbose.info("blksize parsed from OACK (" + blksize + ") requested (" + requestedBlksize + ")");
            } else if (option.toLowerCase(java.util.Locale.ROOT).startsWith("tsize")) {
                long tsize = strtol(value);
                verbose.info("tsize parsed from OACK (" + tsize + ")");
                if (upload == null) {
                    if (tsize == 0) {
                        throw TransferFailed.afterEarlierFailf(CurlCode.TFTP_ILLEGAL, NO_PEER_NAME,
                                "invalid tsize -:" + value + ":- value in OACK packet");
                    }
                    pulse.expectedSize(tsize);
                }
            }
        }
    }

    private int nul(int from) {
        int i = from;
        while (i < received.length && received[i] != 0) {
            i++;
        }
        return i;
    }

    /** strtol(value, NULL, 10): leading blanks, a sign, digits; 0 for none. */
    private static long strtol(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long v = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && v < Long.MAX_VALUE / 10) {
            v = v * 10 + (s.charAt(i++) - '0');
        }
        return negative ? -v : v;
    }

    private static int blockOf(byte[] packet) {
        return ((packet[2] & 0xff) << 8) | (packet[3] & 0xff);
    }

    /** The first request's sendto(): a failure is said and the state machine goes on. */
    private void send(ByteBuffer packet, SocketAddress to, String what) {
        Trace.listener().requestSent(what);
        try {
            socket.send(packet, to);
        } catch (IOException e) {
            verbose.info(jtwins.common.Errno.of(e).text());
        }
    }

    private void sendOrFail(ByteBuffer packet, SocketAddress to) throws TransferFailed {
        try {
            socket.send(packet, to);
        } catch (IOException e) {
            throw TransferFailed.afterEarlierFailf(CurlCode.SEND_ERROR, NO_PEER_NAME, jtwins.common.Errno.of(e).text());
        }
    }
}
