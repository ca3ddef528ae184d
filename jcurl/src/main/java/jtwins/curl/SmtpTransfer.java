package jtwins.curl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An smtp:// URL (lib/smtp.c): the greeting; EHLO with the URL's path for a domain (this machine's
 * name without one), HELO when EHLO is refused; AUTH when the server offers it and credentials are
 * given; then with -T the envelope, MAIL FROM (SIZE= when the server takes it and the size is
 * known), one RCPT TO per --mail-rcpt (a refused one ends it unless --mail-rcpt-allowfails), DATA
 * and the message with each CRLF-dot doubled and CRLF.CRLF after it; without -T, VRFY for each
 * recipient or HELP (or -X's command), whose replies are the body. A connection that ends well is
 * kept for the next smtp:// URL to the same server with the same login, and says QUIT as the
 * connection cache closes it; one that ends badly says QUIT at once.
 */
final class SmtpTransfer {
    private final CurlConfig config;
    private final TransferPulse pulse;
    private final DebugTrace verbose;
    private final TransferInfo info;
    private final ConnectionSetup connections;
    private final ConnectionCache cache;
    private PingPong pp;

    /**
     * What a kept SMTP connection remembers: what EHLO said the server takes, whether a SASL login
     * was used (--mail-auth goes only then), and how to say goodbye.
     */
    private record Session(Wire control, boolean sizeSupported, boolean authUsed) implements KeptSession {
        @Override
        public void farewell() {
            PingPong.farewell(control, "QUIT");
        }
    }

    SmtpTransfer(CurlConfig config, TransferPulse pulse, DebugTrace verbose, TransferInfo info,
                 ConnectionSetup connections, ConnectionCache cache) {
        this.config = config;
        this.pulse = pulse;
        this.verbose = verbose;
        this.info = info;
        this.connections = connections;
        this.cache = cache;
    }

    void run(CurlUrl url, String userPassword, RequestScope scope, BodySink sink, Upload upload, HttpAuth auth)
            throws IOException, TransferFailed {
        info.urlEffective = url.effective();
        info.scheme = "SMTP";
        LoginConnection kept = new LoginConnection(cache, connections, pulse, verbose, info, url, userPassword);
        ConnectionCache.Kept taken = kept.takeUp();
        Wire control = null;
        Session session = null;
        boolean keeping = false;
        boolean greeted = false;
        try {
            if (taken != null) {
                control = taken.wire();
                session = (Session) taken.session();
                pp = new PingPong(control, pulse, verbose);
                pulse.stage(Stage.PERFORMING);
            } else {
                control = connections.open(url, null, false, scope, sink, auth);
                pp = new PingPong(control, pulse, verbose);
                pp.loggingIn(true);
                session = connect(control, url, userPassword);
                pp.loggingIn(false);
            }
            // smtp_disconnect() says QUIT only for a connection past its login (PROTOCONNECT done)
            greeted = true;
            if (upload != null) {
                mail(upload, session);
            } else {
                command(sink);
            }
            kept.keep(control, session);
            keeping = true;
        } catch (TransferFailed f) {
            throw kept.saidNow(f);
        } finally {
            if (!keeping) {
                // smtp_disconnect(): QUIT for a connection past its login
                kept.discard(control, greeted ? () -> {
                    pp.send("QUIT");
                    pp.response();
                } : null);
            }
        }
    }

    /** smtp_connect(): the greeting, EHLO (or HELO), then the login. */
    private Session connect(Wire control, CurlUrl url, String userPassword) throws IOException, TransferFailed {
        PingPong.Response greeting = pp.response();
        if (greeting.code() / 100 != 2) {
            throw new TransferFailed(CurlCode.WEIRD_SERVER_REPLY,
                    "Got unexpected smtp-server response: " + greeting.code());
        }
        String domain = domain(url);
        pp.send("EHLO " + domain);
        PingPong.Response ehlo = pp.response();
        Capabilities caps = new Capabilities();
        if (ehlo.code() / 100 != 2) {
            // smtp_state_ehlo_resp(): HELO, which says nothing of what the server can do
            pp.send("HELO " + domain);
            PingPong.Response helo = pp.response();
            if (helo.code() / 100 != 2) {
                throw new TransferFailed(CurlCode.REMOTE_ACCESS_DENIED, "Remote access denied: " + helo.code());
            }
        } else {
            for (String line : ehlo.lines()) {
                caps.read(line);
            }
        }
        if (userPassword == null || !caps.auth) {
            return new Session(control, caps.size, false);
        }
        SaslLogin.Mechanism mech = SaslLogin.pick(caps.mechanisms);
        if (mech == null) {
            verbose.info("No known authentication mechanisms supported");
            throw TransferFailed.withoutFailf(CurlCode.LOGIN_DENIED);
        }
        int colon = userPassword.indexOf(':');
        String user = colon < 0 ? userPassword : userPassword.substring(0, colon);
        String password = colon < 0 ? "" : userPassword.substring(colon + 1);
        SaslLogin.run("AUTH", mech, user, password, line -> {
            pp.send(line);
            PingPong.Response r = pp.response();
            return new SaslLogin.Answer(r.code() == 334, r.code() == 235, r.last().length() > 4 ? r.last().substring(4) : "");
        });
        return new Session(control, caps.size, true);
    }

    /** What EHLO's lines say the server takes: SIZE, and AUTH with its mechanisms. */
    private static final class Capabilities {
        boolean size;
        boolean auth;
        final List<String> mechanisms = new ArrayList<>();

        /** smtp_state_ehlo_resp(): each "250-" or "250 " line after the first. */
        void read(String line) {
            if (line.length() < 4) {
                return;
            }
            String text = line.substring(4);
            if (text.regionMatches(true, 0, "SIZE", 0, 4)) {
                size = true;
            } else if (text.length() >= 5 && text.regionMatches(true, 0, "AUTH ", 0, 5)) {
                auth = true;
                for (String word : text.substring(5).trim().split("[ \t]+")) {
                    if (!word.isEmpty()) {
                        mechanisms.add(word);
                    }
                }
            }
        }
    }

    /** smtp_parse_url_path(): the path's first segment, %-decoded, or gethostname()'s name. */
    private static String domain(CurlUrl url) {
        String path = url.path();
        String given = path.length() > 1 ? path.substring(1) : "";
        if (!given.isEmpty()) {
            return java.net.URLDecoder.decode(given.replace("+", "%2B"), StandardCharsets.ISO_8859_1);
        }
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException | RuntimeException e) {
            return "localhost";
        }
    }

    /** smtp_perform_mail() and what follows: the envelope, DATA, the message, its end. */
    private void mail(Upload upload, Session session) throws IOException, TransferFailed {
        byte[] message = upload.data.getBytes(StandardCharsets.ISO_8859_1);
        long infilesize = upload.sizeKnown ? message.length : -1;
        String from = config.mailFrom != null ? mailbox(config.mailFrom) : "<>";
        String authParam = config.mailAuth == null || !session.authUsed() ? ""
                : " AUTH=" + (config.mailAuth.isEmpty() ? "<>" : mailbox(config.mailAuth));
        String size = session.sizeSupported() && infilesize > 0 ? " SIZE=" + infilesize : "";
        pp.send("MAIL FROM:" + from + authParam + size);
        PingPong.Response r = pp.response();
        if (r.code() / 100 != 2) {
            throw new TransferFailed(CurlCode.SEND_ERROR, "MAIL failed: " + r.code());
        }
        boolean anyOk = false;
        int lastError = 0;
        for (String rcpt : config.mailRcpt) {
            pp.send("RCPT TO:" + mailbox(rcpt));
            r = pp.response();
            if (r.code() / 100 != 2) {
                lastError = r.code();
                if (!config.mailRcptAllowFails) {
                    throw new TransferFailed(CurlCode.SEND_ERROR, "RCPT failed: " + r.code());
                }
            } else {
                anyOk = true;
            }
        }
        if (!anyOk) {
            // with no recipient at all the loop never ran: smtp_perform_rcpt_to() would have sent none either
            throw new TransferFailed(CurlCode.SEND_ERROR, "RCPT failed: " + lastError + " (last error)");
        }
        pp.send("DATA");
        r = pp.response();
        if (r.code() != 354) {
            throw new TransferFailed(CurlCode.SEND_ERROR, "DATA failed: " + r.code());
        }
        pulse.stage(Stage.PERFORMING);
        Escaped escaped = escape(message);
        byte[] body = escaped.bytes();
        verbose.sentData(body);
        pp.sendRaw(body);
        info.sizeUpload = message.length;
        if (infilesize > 0 && body.length == infilesize) {
            // transfer.c: an upload of a known size ends when that much is sent, and says so; the escaped
            // message is what is counted, so one that grew ends at its end of file instead, silently
            verbose.info("We are completely uploaded and fine");
        }
        // smtp_done(): ".\r\n" after a message that ended its line (or is empty), else "\r\n.\r\n"
        byte[] end = (escaped.trailingCrlf() || infilesize == 0 ? ".\r\n" : "\r\n.\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        pp.sendRaw(end);
        r = pp.response();
        if (r.code() != 250) {
            throw TransferFailed.withoutFailf(CurlCode.WEIRD_SERVER_REPLY);
        }
    }

    /** The message escaped, and whether it ended with CRLF (trailing_crlf). */
    record Escaped(byte[] bytes, boolean trailingCrlf) {
    }

    /**
     * Curl_smtp_escape_eob(): every CRLF-dot becomes CRLF-dot-dot, a dot at the very start too (the
     * message starts as if after a CRLF); a lone LF is no line end to it.
     */
    static Escaped escape(byte[] message) {
        final byte[] eobSeq = {'\r', '\n', '.', '\r', '\n'};
        ByteArrayOutputStream out = new ByteArrayOutputStream(message.length + 16);
        int eob = 2;
        int sent = 2;
        boolean trailing = true;
        for (byte b : message) {
            if (eobSeq[eob] == b) {
                eob++;
                trailing = eob == 2 || eob == eobSeq.length;
            } else if (eob > 0) {
                out.write(eobSeq, sent, eob - sent);
                eob = eobSeq[0] == b ? 1 : 0;
                sent = 0;
                trailing = false;
            }
            if (eob == 3) {
                byte[] repl = {'\r', '\n', '.', '.'};
                out.write(repl, sent, repl.length - sent);
                eob = 0;
                sent = 0;
            } else if (eob == 0) {
                out.write(b);
            }
        }
        if (eob > sent) {
            out.write(eobSeq, sent, eob - sent);
        }
        return new Escaped(out.toByteArray(), trailing);
    }

    /** smtp_perform_command(): VRFY per recipient, else HELP (-X's command instead); each reply is the body. */
    private void command(BodySink sink) throws IOException, TransferFailed {
        List<String> targets = config.mailRcpt.isEmpty() ? java.util.Collections.singletonList(null) : config.mailRcpt;
        for (String rcpt : targets) {
            String custom = config.request;
            String line;
            if (rcpt == null) {
                line = custom != null && !custom.isEmpty() ? custom : "HELP";
            } else if (custom == null || custom.isEmpty()) {
                line = "VRFY " + mailbox(rcpt).substring(1, mailbox(rcpt).length() - 1);
            } else {
                line = custom + " " + rcpt;
            }
            pp.send(line);
            pulse.stage(Stage.PERFORMING);
            PingPong.Response r = pp.response();
            // smtp_state_command_resp(): each line is body as it comes; the last one decides
            for (int i = 0; i < r.lines().size(); i++) {
                boolean last = i == r.lines().size() - 1;
                if (last && r.code() / 100 != 2 && (rcpt == null || r.code() != 553)) {
                    throw new TransferFailed(CurlCode.WEIRD_SERVER_REPLY, "Command failed: " + r.code());
                }
                // the line as it came, its CR kept and its LF put back
                byte[] bytes = (r.lines().get(i) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
                sink.write(bytes, 0, bytes.length);
            }
        }
    }

    /**
     * smtp_parse_address(): the mailbox in angle brackets, an address given with them taken off
     * first; the host part's IDN as the ACE name when it has one.
     */
    private static String mailbox(String address) {
        String a = address;
        if (a.startsWith("<")) {
            int end = a.indexOf('>');
            a = end > 0 ? a.substring(1, end) : a.substring(1);
        }
        int at = a.lastIndexOf('@');
        if (at >= 0 && a.substring(at + 1).chars().anyMatch(c -> c > 127)) {
            jtwins.common.resolver.Idna.Result ace = jtwins.common.resolver.Idna.fromUtf8(a.substring(at + 1));
            if (ace.ok()) {
                a = a.substring(0, at + 1) + ace.ascii().toLowerCase(Locale.ROOT);
            }
        }
        return "<" + a + ">";
    }
}
