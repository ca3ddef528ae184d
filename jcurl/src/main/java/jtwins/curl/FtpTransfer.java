package jtwins.curl;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jtwins.common.Phase;
import jtwins.common.PhaseTimer;

/**
 * An ftp:// URL, direct or tunnelled through an HTTP proxy (lib/ftp.c's state machine for a plain
 * download or upload; a tunnelled one's data connection is a second tunnel through the proxy): the
 * greeting, USER/PASS (anonymous and ftp@example.com when the URL and -u give none), PWD, one CWD
 * per directory of the path, EPSV (PASV when EPSV is refused) and the data connection to the control
 * connection's own address, TYPE, SIZE and RETR (STOR for -T, LIST for a path ending in '/'), the
 * data, the 226, QUIT. Each reply is waited for at most pingpong.c's 120 s (and the greeting and the
 * login within the connect clock, as they belong to curl's PROTOCONNECT); the data connection
 * counts against the connect clock from the transfer's start, as Curl_timeleft() counts it.
 */
final class FtpTransfer {
    /** curl_multi_poll()'s longest sleep: the DO_MORE state looks for the server's connect at least this often. */
    private static final long LOOP_WAKE_NANOS = 1_000_000_000L;
    private final CurlConfig config;
    private final TransferPulse pulse;
    private final DebugTrace verbose;
    private final TransferInfo info;
    private final ConnectionSetup connections;
    private final ConnectionCache cache;
    private final HeaderDump dump;
    /** Where ftp_perform()'s "ends" line is due: the DO phase's first command, or the one after. */
    private enum PerformEnds { NOT_YET, AFTER_FIRST_COMMAND, AFTER_NEXT_COMMAND, SAID }

    private PerformEnds performEnds = PerformEnds.NOT_YET;
    /** A range was taken and ABORted: the control connection is closed after the transfer (connclose()). */
    private boolean closeAfterTransfer;
    private String shownHost;
    private CurlUrl url;
    private RequestScope scope;
    private HttpAuth auth;
    private Wire control;
    private PingPong pp;
    /** ftpc->cwdfail: a CWD was refused, so the directory is not remembered. */
    private boolean cwdFailed;
    /** Between RETR's or STOR's 1xx and the transfer's last reply: the control connection is not ready for another command. */
    private boolean finalReplyPending;
    /** ftpc->ctl_valid: whether QUIT may be sent when the transfer ends. */
    private boolean controlValid;
    /** -P's listener between PORT (or EPRT) and the server's connect; null in passive mode. */
    private ActiveDataPort activePort;
    /** The transfer's first failf(), which the error buffer keeps whatever ends it; null before one. */
    private String firstFailf;
    private FtpSession session;
    private static final java.util.Set<CurlCode> KEEPS_CONTROL = java.util.EnumSet.of(CurlCode.BAD_DOWNLOAD_RESUME,
            CurlCode.FTP_WEIRD_PASV_REPLY, CurlCode.FTP_PORT_FAILED, CurlCode.FTP_ACCEPT_FAILED, CurlCode.FTP_ACCEPT_TIMEOUT, CurlCode.FTP_COULDNT_SET_TYPE, CurlCode.FTP_COULDNT_RETR_FILE,
            CurlCode.PARTIAL_FILE, CurlCode.UPLOAD_FAILED, CurlCode.REMOTE_ACCESS_DENIED, CurlCode.FILESIZE_EXCEEDED,
            CurlCode.REMOTE_FILE_NOT_FOUND, CurlCode.WRITE_ERROR,
            // decided by ftp_done() itself from the final reply, after its look at the control connection
            CurlCode.REMOTE_DISK_FULL);

    FtpTransfer(CurlConfig config, TransferPulse pulse, DebugTrace verbose, TransferInfo info,
                ConnectionSetup connections, ConnectionCache cache, HeaderDump dump) {
        this.dump = dump;
        this.cache = cache;
        this.config = config;
        this.pulse = pulse;
        this.verbose = verbose;
        this.info = info;
        this.connections = connections;
    }

    /**
     * The transfer; the user:password goes to the server when given (the URL's own, or -u's where
     * credentials may go), else the anonymous login. A control connection a transfer to the same
     * server with the same credentials left logged in is taken up again; this one is kept for the
     * next when it ends well, and closed after QUIT when it does not.
     */
    void run(CurlUrl url, String userPassword, RequestScope scope, BodySink sink, Upload upload, HttpAuth auth)
            throws IOException, TransferFailed {
        String path = url.path();
        boolean ascii = config.useAscii;
        boolean listOnly = config.listOnly;
        int type = path.indexOf(";type=");
        if (type >= 0 && type + 6 < path.length()) {
            // ftp_setup_connection(): ";type=A|I|D" is taken off the path; A is ASCII, D NLST, anything else binary
            char t = Character.toUpperCase(path.charAt(type + 6));
            ascii = t == 'A' || (t == 'D' && ascii);
            listOnly |= t == 'D';
            path = path.substring(0, type);
        }
        info.urlEffective = url.effective();
        info.scheme = "FTP";
        shownHost = url.shownHost();
        this.url = url;
        this.scope = scope;
        this.auth = auth;
        if (controlCharacters(url.user()) || controlCharacters(url.password())) {
            // url.c: FTP's user and password are decoded with REJECT_CTRL before any connection is made
            info.connectionId = -1;
            throw TransferFailed.withoutFailf(CurlCode.URL_MALFORMAT);
        }
        LoginConnection kept = new LoginConnection(cache, connections, pulse, verbose, info, url, userPassword);
        ConnectionCache.Kept taken = kept.takeUp();
        boolean keeping = false;
        String dir = null;
        TransferFailed postQuoteFailed = null;
        try {
            if (taken != null) {
                session = (FtpSession) taken.session();
                control = session.control;
                pp = new PingPong(control, pulse, verbose);
                pp.replyLinesTo(dump);
                pulse.stage(Stage.PERFORMING);
            } else {
                control = connections.open(url, null, false, scope, sink, auth);
                pp = new PingPong(control, pulse, verbose);
                pp.replyLinesTo(dump);
                pp.loggingIn(true);
                session = new FtpSession(control, login(userPassword), !config.disableEprt, !config.disableEpsv);
                pp.loggingIn(false);
            }
            // ftp_do(): the control connection "starts good" once logged in
            controlValid = true;
            // ftp_do()'s ftp_parse_url_path(), once logged in: a control character in the path is 3 only now
            FtpPath where = FtpPath.of(path.substring(1), config.ftpMethod);
            String file = where.file();
            // ftp_parse_url(): a new connection is in the entry path, the directory "" to compare with
            String previous = taken == null ? "" : session.previousDir;
            // ftp_done(): nocwd with an absolute path made no CWD, so the connection is where it was
            dir = where.absoluteNoCwd() ? (taken == null ? null : session.previousDir) : where.rememberedDir();
            session.previousDir = null;
            performEnds = PerformEnds.AFTER_FIRST_COMMAND;
            // ftp_perform(): -Q's commands open the DO phase, before any CWD
            quote(config.quote);
            if (!where.absoluteNoCwd()) {
                changeDirectory(session, taken != null, where.dirs(), previous != null && previous.equals(dir));
            }
            if (!file.isEmpty() && (config.remoteTime || config.head || config.timeCondition != null)
                    && !modifiedTime(file, sink)) {
                sayRemembered(dir);
            } else if (config.head) {
                if (!file.isEmpty()) {
                    fileInfo(file, ascii, sink, session);
                }
                sayRemembered(dir);
            } else if (upload != null) {
                store(file, upload, session, dir);
            } else if (file.isEmpty() || listOnly) {
                // -l or ;type=D: NLST, the names alone; nocwd names the directory to list
                String list = listOnly ? "NLST" : "LIST";
                retrieve(where.listArgument() == null ? list : list + " " + where.listArgument(), null, true, sink,
                        session, dir);
            } else {
                retrieve("RETR " + file, file, ascii, sink, session, dir);
            }
            session.previousDir = dir;
            postQuoteFailed = postQuote();
            if (!closeAfterTransfer) {
                kept.keep(control, session);
                keeping = true;
            }
        } catch (TransferFailed failed) {
            TransferFailed f = firstFailf == null ? failed : failed.afterEarlierFailf(firstFailf);
            // ftp_done(): these leave the control connection fine; any other error means it is wedged
            controlValid &= KEEPS_CONTROL.contains(f.code());
            if (!controlValid || finalReplyPending) {
                throw f;
            }
            // a refusal with every reply read: failf at once, the directory remembered, the connection kept
            TransferFailed said = kept.saidNow(f);
            if (!cwdFailed && dir != null) {
                sayRemembered(dir);
                session.previousDir = dir;
            }
            kept.keep(control, session);
            keeping = true;
            info.keptAfterFailure = true;
            throw said;
        } catch (IOException e) {
            controlValid = false;
            throw e;
        } finally {
            closeActivePort();
            if (!keeping) {
                // ftp_disconnect(): QUIT and its reply while the control connection is good
                kept.discard(control, controlValid ? () -> {
                    send("QUIT");
                    reply();
                } : null);
            }
        }
        if (postQuoteFailed != null) {
            throw firstFailf == null ? postQuoteFailed : postQuoteFailed.afterEarlierFailf(firstFailf);
        }
    }

    /**
     * ftp_state_quote(): each command and its reply; a 4xx or 5xx ends the transfer (21) unless the
     * command was marked with a leading '*'.
     */
    private void quote(List<String> commands) throws IOException, TransferFailed {
        Refusal refused = firstRefused(commands);
        if (refused != null) {
            throw new TransferFailed(CurlCode.QUOTE_ERROR, String.format("QUOT command failed with %03d", refused.code()));
        }
    }

    /**
     * ftp_state_mdtm(), asked for by -R, -z or -I (which sets the tool's CURLOPT_FILETIME): the
     * file's time; -I shows it as a Last-Modified line; -z's condition decides whether anything is
     * transferred (false: nothing is).
     */
    private boolean modifiedTime(String file, BodySink sink) throws IOException, TransferFailed {
        PingPong.Response r = command("MDTM " + file);
        if (r.code() == 213) {
            long time = FtpFileTime.of(r.last());
            if (time >= 0) {
                info.fileTime = time;
                if (config.head) {
                    both(FtpFileTime.lastModified(time), sink);
                }
            }
        } else if (r.code() == 550) {
            verbose.info("MDTM failed: file does not exist or permission problem, continuing");
        } else {
            verbose.info("unsupported MDTM reply format");
        }
        if (config.timeCondition == null) {
            return true;
        }
        if (info.fileTime <= 0 || config.condTime <= 0) {
            verbose.info("Skipping time comparison");
            return true;
        }
        boolean sinceAsked = config.timeCondition.equals("If-Modified-Since");
        if (sinceAsked ? info.fileTime <= config.condTime : info.fileTime > config.condTime) {
            verbose.info(sinceAsked ? "The requested document is not new enough" : "The requested document is not old enough");
            info.conditionUnmet = true;
            return false;
        }
        return true;
    }

    /**
     * -I on a file (PPTRANSFER_INFO): TYPE as needed, SIZE shown as Content-Length, and REST 0, whose
     * 350 is shown as "Accept-ranges: bytes"; nothing is transferred.
     */
    private void fileInfo(String file, boolean ascii, BodySink sink, FtpSession session) throws IOException, TransferFailed {
        setType(session, ascii ? 'A' : 'I');
        PingPong.Response r = command("SIZE " + file);
        if (r.code() == 550) {
            throw new TransferFailed(CurlCode.REMOTE_FILE_NOT_FOUND, "The file does not exist");
        }
        long size = r.code() == 213 ? sizeIn(r.last()) : -1;
        if (size != -1) {
            both("Content-Length: " + size + "\r\n", sink);
        }
        pulse.meter().expectedSize(size);
        if (command("REST 0").code() == 350) {
            both("Accept-ranges: bytes\r\n", sink);
        }
    }

    /** ftp_state_size_resp(): the digits that end the line before its CR; -1 for none. */
    private static long sizeIn(String line) {
        int end = line.length();
        int start = end;
        while (start > 4 && Character.isDigit(line.charAt(start - 1))) {
            start--;
        }
        try {
            return start == end ? -1 : Long.parseLong(line.substring(start, end));
        } catch (NumberFormatException tooLong) {
            return -1;
        }
    }

    /** Curl_client_write(CLIENTWRITE_BOTH): a header line that is also the body (-I's file information). */
    private void both(String line, BodySink sink) throws TransferFailed {
        byte[] bytes = line.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        sink.write(bytes, 0, bytes.length);
        if (dump != null) {
            dump.write(bytes);
        }
    }

    /**
     * ftp_done()'s ftp_sendquote() of -Q's "-" commands once the transfer went well: a refused one is
     * 21, handed back rather than thrown, since it leaves the control connection good (kept, QUIT later).
     */
    private TransferFailed postQuote() throws IOException, TransferFailed {
        Refusal refused = firstRefused(config.postQuote);
        return refused == null ? null : new TransferFailed(CurlCode.QUOTE_ERROR, "QUOT string not accepted: " + refused.command());
    }

    /** A -Q command as sent (without its '*') and the 4xx or 5xx it got. */
    private record Refusal(String command, int code) {
    }

    /** Sends the commands in turn until one not marked '*' gets a 4xx or 5xx; null when none does. */
    private Refusal firstRefused(List<String> commands) throws IOException, TransferFailed {
        for (String item : commands) {
            boolean mayFail = item.startsWith("*");
            String line = mayFail ? item.substring(1) : item;
            int code = command(line).code();
            if (code >= 400 && !mayFail) {
                return new Refusal(line, code);
            }
        }
        return null;
    }

    /**
     * ftp_state_cwd(): nothing when the last transfer ended in this directory; on a connection
     * taken up again, back to the entry path first (unless the path is absolute); then one CWD per
     * directory.
     */
    private void changeDirectory(FtpSession session, boolean reused, List<String> dirs, boolean sameDir)
            throws IOException, TransferFailed {
        if (sameDir) {
            verbose.info("Request has same path as previous transfer");
            return;
        }
        List<String> cwds = new ArrayList<>();
        if (reused && session.entryPath != null && !(!dirs.isEmpty() && dirs.get(0).startsWith("/"))) {
            cwds.add(session.entryPath);
        }
        cwds.addAll(dirs);
        for (int i = 0; i < cwds.size(); i++) {
            String cwd = cwds.get(i);
            PingPong.Response r = command("CWD " + cwd);
            boolean entryPath = i == 0 && cwds.size() > dirs.size();
            if (r.code() / 100 != 2 && config.ftpCreateDirs && !entryPath) {
                // ftp_statemachine()'s FTP_CWD: MKD, whose refusal CURLFTP_CREATE_DIR_RETRY forgives once, then CWD again
                command("MKD " + cwd);
                r = command("CWD " + cwd);
            }
            if (r.code() / 100 != 2) {
                cwdFailed = true;
                throw new TransferFailed(CurlCode.REMOTE_ACCESS_DENIED,
                        "Server denied you to change to the given directory");
            }
        }
    }

    /**
     * The greeting, then ftp_state_user() and ftp_state_pass(), then PWD, whose quoted directory is
     * the entry path (null when it names none).
     */
    private String login(String userPassword) throws IOException, TransferFailed {
        PingPong.Response greeting = reply();
        if (greeting.code() != 220 && greeting.code() != 230) {
            throw new TransferFailed(CurlCode.WEIRD_SERVER_REPLY,
                    "Got a " + greeting.code() + " ftp-server response when 220 was expected");
        }
        // FTP_WAIT220: a 230 greeting is a login already done, taken as USER's 230 would be
        return greeting.code() == 230 ? printWorkingDirectory() : userAndPassword(userPassword);
    }

    /** USER, PASS when asked for; a 2xx logs in, then PWD. */
    private String userAndPassword(String userPassword) throws IOException, TransferFailed {
        String user = "anonymous";
        String password = "ftp@example.com";
        if (userPassword != null) {
            int colon = userPassword.indexOf(':');
            user = colon < 0 ? userPassword : userPassword.substring(0, colon);
            password = colon < 0 ? "" : userPassword.substring(colon + 1);
        }
        PingPong.Response r = command("USER " + user);
        if (r.code() == 331) {
            r = command("PASS " + password);
        }
        if (r.code() / 100 != 2) {
            throw new TransferFailed(CurlCode.LOGIN_DENIED, "Access denied: " + r.code());
        }
        return printWorkingDirectory();
    }

    /** ftp_state_loggedin()'s PWD: the quoted directory of its 257 is the entry path (null when it names none). */
    private String printWorkingDirectory() throws IOException, TransferFailed {
        PingPong.Response pwd = command("PWD");
        String entry = pwd.code() == 257 ? quotedDirectory(pwd.last().substring(Math.min(4, pwd.last().length()))) : null;
        verbose.info(entry != null ? "Entry path is '" + entry + "'" : "Failed to figure out path");
        return entry;
    }

    /** ftp_state_pwd_resp(): the text between the first quote and the next lone one, "" standing for a quote. */
    private static String quotedDirectory(String text) {
        int open = text.indexOf('"');
        if (open < 0) {
            return null;
        }
        StringBuilder dir = new StringBuilder();
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    dir.append('"');
                    i++;
                    continue;
                }
                return dir.toString();
            }
            dir.append(c);
        }
        return null;
    }

    /**
     * EPSV, or PASV once EPSV is refused (ftp_state_pasv_resp()), and the data connection to the
     * control connection's address at the port the reply names.
     */
    private Wire dataConnection() throws IOException, TransferFailed {
        if (config.ftpPort != null) {
            usePort();
            return null;
        }
        int port = -1;
        // control_address(): the URL's host name when the control connection is tunnelled, else its address
        boolean tunnelled = config.proxyFor(url) != null;
        String host = tunnelled ? url.host() : info.remoteIp;
        // conn->bits.ftp_use_epsv: --disable-epsv's setting, off for the rest of the connection once refused
        PingPong.Response r = session.useEpsv || controlIsIpv6() ? command("EPSV") : null;
        if (r != null && r.code() == 229) {
            String line = r.last();
            int open = line.indexOf('(');
            String[] f = open < 0 ? new String[0] : line.substring(open + 1).split("\\|", -1);
            try {
                port = f.length >= 4 ? Integer.parseInt(f[3]) : -1;
            } catch (NumberFormatException bad) {
                port = -1;
            }
        }
        if (port <= 0 || port > 65535) {
            if (r != null) {
                verbose.info("disabling EPSV usage");
                session.useEpsv = false;
            }
            r = command("PASV");
            if (r.code() != 227) {
                throw new TransferFailed(CurlCode.FTP_WEIRD_PASV_REPLY, "Bad PASV/EPSV response: " + r.code());
            }
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+)").matcher(r.last());
            if (!m.find()) {
                throw new TransferFailed(CurlCode.FTP_WEIRD_PASV_REPLY, "Couldn't interpret the 227-response");
            }
            port = Integer.parseInt(m.group(5)) * 256 + Integer.parseInt(m.group(6));
            if (!config.ftpSkipPasvIp) {
                // --no-ftp-skip-pasv-ip: the address the 227 names
                host = m.group(1) + "." + m.group(2) + "." + m.group(3) + "." + m.group(4);
            } else {
                verbose.info("Skip " + m.group(1) + "." + m.group(2) + "." + m.group(3) + "." + m.group(4)
                        + " for data connection, re-use " + url.host() + " instead");
            }
        }
        if (tunnelled) {
            return connections.openDataTunnel(url, host, port, scope, auth);
        }
        InetAddress address = InetAddress.getByName(host);
        verbose.info("Connecting to " + host + " (" + host + ") port " + port);
        // the data connection is the same connection's second socket: "Connected to" names the control's end
        SocketChannel channel = new HappyEyeballs(pulse, verbose).asSecondaryOf(shownHost, info.remotePort,
                info.connectionId).connect(List.of(address), port, host);
        // Curl_pgrsSetConnectCount(): the data connection is a connect of its own for %{num_connects}
        info.numConnects++;
        return new PlainWire(channel, pulse);
    }

    /**
     * ftp_state_use_port() and ftp_state_port_resp(): a listener where -P says, announced with EPRT
     * (unless --disable-eprt, which an IPv6 connection ignores) and, when EPRT is refused, with PORT
     * on a listener made anew; a refused PORT fails the transfer.
     */
    private void usePort() throws IOException, TransferFailed {
        for (boolean eprt = session.useEprt || controlIsIpv6(); ; eprt = false) {
            ActiveDataPort next = ActiveDataPort.open(PortSpec.parse(config.ftpPort), InetAddress.getByName(info.localIp),
                    InetAddress.getByName(info.remoteIp), this::portAddress, verbose);
            // Curl_conn_tcp_listen_set() closes the refused command's listener only once the new one is bound
            closeActivePort();
            activePort = next;
            PingPong.Response r;
            if (eprt) {
                r = command("EPRT " + activePort.eprt());
            } else if (!activePort.ipv6()) {
                r = command("PORT " + activePort.port959());
            } else {
                // neither command fits: curl sends none and waits for a reply all the same
                peerAddressUnprintable();
                r = reply();
            }
            if (r.code() / 100 == 2) {
                verbose.info("Connect data stream actively");
                return;
            }
            if (!eprt) {
                throw new TransferFailed(CurlCode.FTP_PORT_FAILED, "Failed to do PORT");
            }
            verbose.info("disabling EPRT usage");
            session.useEprt = false;
        }
    }

    /** conn->bits.ipv6: EPSV and EPRT are used on an IPv6 connection whatever --disable-epsv/--disable-eprt say. */
    private boolean controlIsIpv6() {
        return info.remoteIp.indexOf(':') >= 0;
    }

    /** Curl_resolv() of -P's address; a name that resolves to nothing fails PORT, said after the resolver's own words. */
    private List<InetAddress> portAddress(String host) throws IOException, TransferFailed {
        try {
            return connections.lookup(host, 0);
        } catch (TransferFailed f) {
            if (f.code() != CurlCode.COULDNT_RESOLVE_HOST) {
                throw f;
            }
            verbose.info(f.getMessage());
            throw TransferFailed.afterEarlierFailf(CurlCode.FTP_PORT_FAILED, f.getMessage(),
                    "failed to resolve the address provided to PORT: " + host);
        }
    }

    /** cf-socket.c's set_remote_ip() on the listener or the accepted socket: a failf() the error buffer keeps if it is the first. */
    private void peerAddressUnprintable() {
        verbose.info(ActiveDataPort.NO_PEER_ADDRESS);
        if (firstFailf == null) {
            firstFailf = ActiveDataPort.NO_PEER_ADDRESS;
        }
    }

    /**
     * AllowServerConnect(), then ftp_do_more()'s ReceivedServerConnect() each time the loop wakes: a
     * look at the listener and at the control connection, where a 4xx or 5xx says the server could
     * not connect (exit 10). The wait is ftp_timeleft_accept()'s: 60 s from here, -m ending it sooner
     * (exit 28, from the loop's own check); --connect-timeout has no part in it.
     */
    private Wire allowServerConnect() throws IOException, TransferFailed {
        verbose.info("Preparing for accepting server on data port");
        SelectableChannel controlChannel = control.selectable();
        // ftp.c ftp_timeleft_accept(): DEFAULT_ACCEPT_TIMEOUT from AllowServerConnect()'s TIMER_STARTACCEPT
        try (PhaseTimer accept = PhaseTimer.enter(pulse.plan().budget(Phase.DATA_ACCEPT));
             Selector selector = Selector.open()) {
            SelectionKey listening = activePort.register(selector);
            SelectionKey controlKey = controlChannel == null ? null : controlChannel.register(selector, SelectionKey.OP_READ);
            boolean firstLook = true;
            while (true) {
                verbose.info("Checking for server connect");
                if (accept.deadline().remainingNanos() <= 0) {
                    throw new TransferFailed(CurlCode.FTP_ACCEPT_TIMEOUT, "Accept timeout occurred while waiting server connect");
                }
                if (pp.negativeReplyBuffered()) {
                    verbose.info("There is negative response in cache while serv connect");
                    reply();
                    throw TransferFailed.withoutFailf(CurlCode.FTP_ACCEPT_FAILED);
                }
                selector.selectedKeys().clear();
                selector.selectNow();
                if (selector.selectedKeys().contains(listening)) {
                    verbose.info("Ready to accept data connection from server");
                    return acceptServerConnect();
                }
                if ((controlKey != null && selector.selectedKeys().contains(controlKey)) || pp.replyWaiting()) {
                    verbose.info("Ctrl conn has data while waiting for data conn");
                    PingPong.Response r = reply();
                    throw TransferFailed.withoutFailf(r.code() / 100 > 3 ? CurlCode.FTP_ACCEPT_FAILED
                            : CurlCode.WEIRD_SERVER_REPLY);
                }
                if (firstLook) {
                    // ftp_state_get_resp() hands over to the DO_MORE state, which looks again at once
                    verbose.info("Data conn was not available immediately");
                    firstLook = false;
                    continue;
                }
                pulse.await(selector, Math.min(accept.endsAtNanos(), System.nanoTime() + LOOP_WAKE_NANOS));
            }
        }
    }

    /** AcceptServerConnect(): accept(), the listener closed, the data connection handed on. */
    private Wire acceptServerConnect() throws IOException, TransferFailed {
        SocketChannel accepted = activePort.accept();
        if (accepted == null) {
            throw new TransferFailed(CurlCode.FTP_PORT_FAILED, "Error accept()ing server connect");
        }
        verbose.info("Connection accepted from server");
        closeActivePort();
        peerAddressUnprintable();
        return new PlainWire(accepted, pulse);
    }

    private void closeActivePort() throws IOException {
        if (activePort != null) {
            activePort.close();
            activePort = null;
        }
    }

    /** ftp_state_type(), SIZE, then RETR or LIST and the data to its end, then the transfer's final reply. */
    private void retrieve(String command, String file, boolean ascii, BodySink sink, FtpSession session, String dir)
            throws IOException, TransferFailed {
        Wire data = dataConnection();
        try {
            // ftp_do_more(): Curl_range() once the data connection is on its way
            FtpRange range = file == null ? null : FtpRange.of(config.range);
            if (range == FtpRange.REFUSED) {
                sayRemembered(dir);
                return;
            }
            setType(session, ascii ? 'A' : 'I');
            // ftp_state_retr_prequote() and ftp_state_list_prequote(): -Q's "+" commands
            quote(config.preQuote);
            long size = -1;
            // no SIZE for an ASCII transfer (servers report the unconverted size) nor with --ignore-content-length
            if (file != null && !ascii && !config.ignoreContentLength) {
                PingPong.Response r = command("SIZE " + file);
                if (r.code() == 550) {
                    // ftp_state_size_resp(): "No such file or directory" ends it before RETR
                    throw new TransferFailed(CurlCode.REMOTE_FILE_NOT_FOUND, "The file does not exist");
                }
                if (r.code() == 213) {
                    try {
                        size = Long.parseLong(r.last().substring(4).strip());
                    } catch (RuntimeException unreadable) {
                        size = -1;
                    }
                    if (config.maxFilesize > 0 && size > config.maxFilesize) {
                        // ftp_state_size_resp(): known too big before RETR is sent
                        throw new TransferFailed(CurlCode.FILESIZE_EXCEEDED, "Maximum file size exceeded");
                    }
                }
            }
            long resume = file == null ? 0 : range != null ? range.resumeFrom() : sink.resumeFrom();
            if (resume != 0) {
                // ftp_state_retr(): SIZE says whether anything is left to get; REST has the server skip the rest
                if (size == -1) {
                    verbose.info("ftp server doesn't support SIZE");
                } else {
                    if (resume < 0 ? size < -resume : size < resume) {
                        throw new TransferFailed(CurlCode.BAD_DOWNLOAD_RESUME,
                                "Offset (" + resume + ") was beyond file size (" + size + ")");
                    }
                    // -r -Y: the last Y bytes, from where the size puts them
                    long left = resume < 0 ? -resume : size - resume;
                    resume = size - left;
                    size = left;
                    if (left == 0) {
                        verbose.info("File already completely downloaded");
                        sayRemembered(dir);
                        return;
                    }
                }
                verbose.info("Instructs server to resume from offset " + resume);
                if (command("REST " + resume).code() != 350) {
                    throw new TransferFailed(CurlCode.FTP_COULDNT_USE_REST, "Couldn't use REST");
                }
            }
            // Curl_pgrsSetDownloadSize() now; the transfer's own size (-m's "out of N") once its data connection is up
            pulse.meter().expectedSize(size);
            if (data != null) {
                pulse.expectedSize(size);
            }
            PingPong.Response r = command(command);
            if (file == null && r.code() == 450) {
                // ftp_state_get_resp(): "simply no matching files in the dir listing", nothing to get
                sayRemembered(dir);
                return;
            }
            if (r.code() != 150 && r.code() != 125) {
                boolean retr = file != null;
                throw new TransferFailed(retr && r.code() == 550 ? CurlCode.REMOTE_FILE_NOT_FOUND
                        : CurlCode.FTP_COULDNT_RETR_FILE, "RETR response: " + r.code());
            }
            long maxDownload = range == null ? -1 : range.maxDownload();
            long shownSize = size >= 1 ? size : ascii || config.ignoreContentLength ? -1 : sizeInReply(r.last());
            if (maxDownload > 0 && shownSize > maxDownload) {
                // ftp_state_get_resp(): a range's length is the size to expect
                shownSize = maxDownload;
                size = maxDownload;
            }
            verbose.info("Maxdownload = " + maxDownload);
            if (file != null) {
                verbose.info("Getting file with size: " + shownSize);
            }
            pulse.stage(Stage.PERFORMING);
            if (data == null) {
                data = allowServerConnect();
                pulse.expectedSize(size);
            }
            finalReplyPending = true;
            ByteBuffer buf = ByteBuffer.allocate(102400);
            LineEnds lineEnds = ascii ? new LineEnds() : null;
            long count = 0;
            while (maxDownload < 0 || count < maxDownload) {
                buf.clear();
                int n = data.read(buf);
                if (n < 0) {
                    break;
                }
                buf.flip();
                if (maxDownload > 0 && count + n > maxDownload) {
                    // readwrite_data(): what goes past the range is left unread
                    n = (int) (maxDownload - count);
                    buf.limit(n);
                }
                verbose.bodyData(buf);
                if (lineEnds != null) {
                    byte[] converted = lineEnds.convert(buf);
                    sink.write(converted, 0, converted.length);
                } else {
                    sink.write(buf);
                }
                count += n;
                pulse.received(count);
            }
            info.sizeDownload = count;
            long conversions = lineEnds == null ? 0 : lineEnds.conversions;
            if (maxDownload > 0) {
                // ftp_done() for a range: ABOR before the data connection closes, whatever reply comes is taken,
                // and the control connection is closed, there being no telling how the server took the ABOR
                sayRemembered(dir);
                send("ABOR");
                data.close();
                data = null;
                finalReplyPending = false;
                reply();
                verbose.info("partial download completed, closing connection");
                closeAfterTransfer = true;
                return;
            }
            if (size >= 0 && size != count && size + conversions != count && maxDownload != count) {
                // ftp_done(): SIZE said more (or less) than came, and CRLF conversions do not explain it
                throw new TransferFailed(CurlCode.PARTIAL_FILE, "Received only partial file: " + count + " bytes");
            }
        } finally {
            if (data != null) {
                data.close();
            }
        }
        sayRemembered(dir);
        finalReply();
    }

    /**
     * ftp_state_get_resp(): a size the 150 line gives as "(N bytes)" when SIZE gave none, -1 when
     * it gives none either.
     */
    private static long sizeInReply(String line) {
        int bytes = line.indexOf(" bytes");
        int open = bytes < 0 ? -1 : line.lastIndexOf('(', bytes);
        if (open < 0 || open + 1 == bytes || !line.substring(open + 1, bytes).chars().allMatch(Character::isDigit)) {
            return -1;
        }
        try {
            return Long.parseLong(line.substring(open + 1, bytes));
        } catch (NumberFormatException tooLong) {
            return -1;
        }
    }

    /** ftp_nb_type(): TYPE only when the server was last told another. */
    private void setType(FtpSession session, char want) throws IOException, TransferFailed {
        if (session.transferType == want) {
            return;
        }
        PingPong.Response r = command("TYPE " + want);
        if (r.code() / 100 != 2) {
            throw new TransferFailed(CurlCode.FTP_COULDNT_SET_TYPE, "Couldn't set desired mode");
        }
        session.transferType = want;
    }

    /**
     * sendf.c convert_lineends() for an ASCII transfer: CRLF becomes LF and a lone CR becomes LF, a
     * CRLF split between two reads included.
     */
    private static final class LineEnds {
        private boolean trailingCr;
        long conversions;

        byte[] convert(ByteBuffer in) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(in.remaining());
            while (in.hasRemaining()) {
                byte b = in.get();
                if (trailingCr) {
                    trailingCr = false;
                    if (b == '\n') {
                        conversions++;
                        continue;
                    }
                }
                if (b == '\r') {
                    out.write('\n');
                    trailingCr = true;
                } else {
                    out.write(b);
                }
            }
            return out.toByteArray();
        }
    }

    /** ftp_state_stor_resp(): STOR, the data, the data connection closed, the final reply. */
    private void store(String file, Upload upload, FtpSession session, String dir) throws IOException, TransferFailed {
        Wire data = dataConnection();
        try {
            setType(session, config.useAscii ? 'A' : 'I');
            // ftp_state_stor_prequote(): -Q's "+" commands
            quote(config.preQuote);
            byte[] bytes = upload.data.getBytes(StandardCharsets.ISO_8859_1);
            boolean append = config.ftpAppend;
            // ftp_state_ul_setup(): -C - asks SIZE where to go on from (a refusal means from the start)
            long resume = config.resumeFromCurrent ? -1 : config.resumeFrom;
            if (resume < 0) {
                PingPong.Response size = command("SIZE " + file);
                resume = size.code() == 213 ? sizeIn(size.last()) : -1;
            }
            if (resume > 0) {
                // what the server has is skipped (seeked in a file, read past on standard input) and the rest appended
                append = true;
                if (!upload.sizeKnown && resume > bytes.length) {
                    throw new TransferFailed(CurlCode.FTP_COULDNT_USE_REST, "Failed to read data");
                }
                if (upload.sizeKnown && bytes.length - resume <= 0) {
                    verbose.info("File already completely uploaded");
                    sayRemembered(dir);
                    return;
                }
                bytes = java.util.Arrays.copyOfRange(bytes, (int) resume, bytes.length);
            }
            PingPong.Response r = command((append ? "APPE " : "STOR ") + file);
            if (r.code() / 100 != 1) {
                throw new TransferFailed(CurlCode.UPLOAD_FAILED, "Failed FTP upload: " + r.code());
            }
            pulse.stage(Stage.PERFORMING);
            if (data == null) {
                data = allowServerConnect();
            }
            finalReplyPending = true;
            if (config.crlf || config.useAscii) {
                // readwrite_upload(): every LF goes as CRLF
                bytes = new String(bytes, StandardCharsets.ISO_8859_1).replace("\n", "\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
            }
            data.write(ByteBuffer.wrap(bytes));
            verbose.sentData(bytes);
            info.sizeUpload = bytes.length;
            if (upload.sizeKnown && bytes.length == upload.data.length() - Math.max(0, resume)) {
                // readwrite_upload(): only when what went is the size the file said (a --crlf upload is longer)
                verbose.info("We are completely uploaded and fine");
            }
        } finally {
            if (data != null) {
                data.close();
            }
        }
        sayRemembered(dir);
        finalReply();
    }

    /** ftp_done()'s word on the directory it keeps for the next transfer (prevpath); nothing when it keeps none. */
    private void sayRemembered(String dir) {
        if (dir != null) {
            verbose.info("Remembering we are in dir \"" + dir + "\"");
        }
    }

    /** ftp_done(): after the data, 226 or 250 says the server got or sent it all. */
    private void finalReply() throws IOException, TransferFailed {
        PingPong.Response done = reply();
        finalReplyPending = false;
        info.httpCode = done.code();
        if (done.code() == 552) {
            throw new TransferFailed(CurlCode.REMOTE_DISK_FULL, "Exceeded storage allocation");
        }
        if (done.code() != 226 && done.code() != 250) {
            throw new TransferFailed(CurlCode.PARTIAL_FILE, "server did not report OK, got " + done.code());
        }
    }

    /**
     * A command and its reply. ftp_perform() sends the DO phase's first command and hands back to
     * the multi loop, saying so, after one non-blocking look at the control connection: a reply
     * already there is taken first, and the command it leads to sent, before it says it.
     */
    private PingPong.Response command(String line) throws IOException, TransferFailed {
        send(line);
        if (line.startsWith("EPSV") || line.startsWith("PASV")) {
            verbose.info("Connect data stream passively");
        }
        if (line.startsWith("EPRT") || line.startsWith("PORT")) {
            peerAddressUnprintable();
        }
        if (performEnds == PerformEnds.AFTER_NEXT_COMMAND) {
            performEnds = PerformEnds.SAID;
            verbose.info("ftp_perform ends with SECONDARY: 0");
        } else if (performEnds == PerformEnds.AFTER_FIRST_COMMAND) {
            boolean replyThere = pp.replyWaiting();
            performEnds = replyThere ? PerformEnds.AFTER_NEXT_COMMAND : PerformEnds.SAID;
            if (!replyThere) {
                verbose.info("ftp_perform ends with SECONDARY: 0");
            }
        }
        return reply();
    }

    private void send(String line) throws IOException, TransferFailed {
        pp.send(line);
    }

    /** ftp_readresp(): each reply's code is the transfer's response code from then on (%{response_code} at any end). */
    private PingPong.Response reply() throws IOException, TransferFailed {
        PingPong.Response r = pp.response();
        info.httpCode = r.code();
        return r;
    }

    private static boolean controlCharacters(String s) {
        if (s != null) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) < 0x20) {
                    return true;
                }
            }
        }
        return false;
    }
}
