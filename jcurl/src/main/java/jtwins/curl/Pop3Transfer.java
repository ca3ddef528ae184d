package jtwins.curl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * A pop3:// URL (lib/pop3.c): the greeting (an APOP timestamp noted), CAPA, the login when
 * credentials are given — SASL as curl_sasl.c picks it, else APOP, else USER and PASS — then RETR of
 * the message the path names, or LIST without one, its lines the body with their stuffed dots taken
 * off and the final "." left out (-X another command; -l and -I leave the reply line alone). A connection that ends well is kept for the next pop3:// URL to the same server with the
 * same login and says QUIT as the connection cache closes it.
 */
final class Pop3Transfer {
    private final CurlConfig config;
    private final TransferPulse pulse;
    private final DebugTrace verbose;
    private final TransferInfo info;
    private final ConnectionSetup connections;
    private final ConnectionCache cache;
    private PingPong pp;

    /** A kept POP3 connection: logged in, and how it says goodbye. */
    private record Session(Wire control) implements KeptSession {
        @Override
        public void farewell() {
            PingPong.farewell(control, "QUIT");
        }
    }

    Pop3Transfer(CurlConfig config, TransferPulse pulse, DebugTrace verbose, TransferInfo info,
                 ConnectionSetup connections, ConnectionCache cache) {
        this.config = config;
        this.pulse = pulse;
        this.verbose = verbose;
        this.info = info;
        this.connections = connections;
        this.cache = cache;
    }

    void run(CurlUrl url, String userPassword, RequestScope scope, BodySink sink, HttpAuth auth)
            throws IOException, TransferFailed {
        info.urlEffective = url.effective();
        info.scheme = "POP3";
        LoginConnection kept = new LoginConnection(cache, connections, pulse, verbose, info, url, userPassword);
        ConnectionCache.Kept taken = kept.takeUp();
        Wire control = null;
        boolean keeping = false;
        boolean loggedIn = false;
        try {
            if (taken != null) {
                control = taken.wire();
                pp = new PingPong(control, pulse, verbose);
            } else {
                control = connections.open(url, null, false, scope, sink, auth);
                pp = new PingPong(control, pulse, verbose);
                pp.loggingIn(true);
                connect(userPassword);
                pp.loggingIn(false);
            }
            // pop3_disconnect() says QUIT only for a connection past its login
            loggedIn = true;
            pulse.stage(Stage.PERFORMING);
            command(url, sink);
            kept.keep(control, new Session(control));
            keeping = true;
        } catch (TransferFailed f) {
            throw kept.saidNow(f);
        } finally {
            if (!keeping) {
                // pop3_disconnect(): QUIT for a connection past its login
                kept.discard(control, loggedIn ? () -> {
                    pp.send("QUIT");
                    reply();
                } : null);
            }
        }
    }

    /** pop3_connect(): the greeting, CAPA, the login. */
    private void connect(String userPassword) throws IOException, TransferFailed {
        String greeting = reply();
        if (!greeting.startsWith("+OK")) {
            throw new TransferFailed(CurlCode.WEIRD_SERVER_REPLY, "Got unexpected pop3-server response");
        }
        String timestamp = apopTimestamp(greeting);
        pp.send("CAPA");
        // pop3_endofresp() in the CAPA state: every line is a capability up to "." (success) or "-ERR"
        List<String> mechanisms = new ArrayList<>();
        boolean sasl = false;
        boolean cleartext = false;
        for (String line = pp.line(); ; line = pp.line()) {
            if (line.startsWith("-ERR")) {
                cleartext = true;
                break;
            }
            if (line.startsWith(".")) {
                break;
            }
            if (line.startsWith("USER")) {
                cleartext = true;
            } else if (line.startsWith("SASL ")) {
                sasl = true;
                for (String word : line.substring(5).trim().split("[ \t]+")) {
                    if (!word.isEmpty()) {
                        mechanisms.add(word);
                    }
                }
            }
        }
        if (userPassword == null) {
            return;
        }
        int colon = userPassword.indexOf(':');
        String user = colon < 0 ? userPassword : userPassword.substring(0, colon);
        String password = colon < 0 ? "" : userPassword.substring(colon + 1);
        SaslLogin.Mechanism mech = sasl ? SaslLogin.pick(mechanisms) : null;
        if (mech != null) {
            SaslLogin.run("AUTH", mech, user, password, line -> {
                pp.send(line);
                String answer = reply();
                return new SaslLogin.Answer(answer.startsWith("+") && !answer.startsWith("+OK"),
                        answer.startsWith("+OK"), answer.length() > 2 ? answer.substring(2) : "");
            });
        } else if (timestamp != null) {
            pp.send("APOP " + user + " " + md5Hex(timestamp + password));
            String r = reply();
            if (!r.startsWith("+")) {
                throw new TransferFailed(CurlCode.LOGIN_DENIED, "Authentication failed: " + (int) r.charAt(0));
            }
        } else if (cleartext) {
            pp.send("USER " + user);
            String r = reply();
            if (r.startsWith("+")) {
                pp.send("PASS " + password);
                r = reply();
            }
            if (!r.startsWith("+")) {
                throw new TransferFailed(CurlCode.LOGIN_DENIED, "Access denied. " + (r.isEmpty() ? "" : r.charAt(0)));
            }
        } else {
            verbose.info("No known authentication mechanisms supported");
            throw TransferFailed.withoutFailf(CurlCode.LOGIN_DENIED);
        }
    }

    /**
     * pop3_endofresp(): a reply is a line that starts "+OK", "-ERR" or "+" (a continuation); any
     * other line (a greeting's banner) is passed over.
     */
    private String reply() throws IOException, TransferFailed {
        String line = pp.line();
        while (!line.startsWith("+") && !line.startsWith("-ERR")) {
            line = pp.line();
        }
        return line;
    }

    /** pop3_state_servergreet_resp(): the "<...@...>" a greeting ends with, for APOP; null for none. */
    private static String apopTimestamp(String greeting) {
        if (!greeting.endsWith(">")) {
            return null;
        }
        int open = greeting.indexOf('<', 3);
        if (open < 0) {
            return null;
        }
        String stamp = greeting.substring(open);
        return stamp.indexOf('@') >= 0 ? stamp : null;
    }

    private static String md5Hex(String text) {
        try {
            StringBuilder hex = new StringBuilder();
            for (byte b : MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.ISO_8859_1))) {
                hex.append(String.format("%02x", b & 0xff));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has MD5", e);
        }
    }

    /**
     * pop3_perform_command(): RETR of the path's message, LIST without one (or with -l, then of the
     * message alone, without a body), -X's command instead; an -ERR is 8.
     */
    private void command(CurlUrl url, BodySink sink) throws IOException, TransferFailed {
        String path = url.path();
        String id = path.length() > 1
                ? java.net.URLDecoder.decode(path.substring(1).replace("+", "%2B"), StandardCharsets.ISO_8859_1) : "";
        String command = id.isEmpty() || config.listOnly ? "LIST" : "RETR";
        // PPTRANSFER_INFO: -l of one message, or -I, has the reply line alone
        boolean body = !(config.listOnly && !id.isEmpty()) && !config.head;
        if (config.request != null && !config.request.isEmpty()) {
            command = config.request;
        }
        pp.send(id.isEmpty() ? command : command + " " + id);
        String r = reply();
        if (!r.startsWith("+")) {
            throw TransferFailed.withoutFailf(CurlCode.WEIRD_SERVER_REPLY);
        }
        if (!body) {
            return;
        }
        // Curl_pop3_write(): up to the "." line, each stuffed dot taken off
        long count = 0;
        for (String line = pp.dataLine(); !line.equals(".\r\n"); line = pp.dataLine()) {
            String out = line.startsWith("..") ? line.substring(1) : line;
            byte[] bytes = out.getBytes(StandardCharsets.ISO_8859_1);
            sink.write(bytes, 0, bytes.length);
            count += bytes.length;
            pulse.received(count);
        }
        info.sizeDownload = count;
    }
}
