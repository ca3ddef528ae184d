package jtwins.curl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An imap:// URL (lib/imap.c), each command tagged A001, A002, ... on connection #0 (B001 on #1,
 * and so on): the greeting
 * (PREAUTH skips the login), CAPABILITY, the login when credentials are given — AUTHENTICATE as
 * curl_sasl.c picks it, else LOGIN unless the server says LOGINDISABLED — then what the URL asks:
 * ";MAILINDEX=" or ";UID=" a message of a mailbox (SELECT, unless the connection has it selected,
 * then FETCH of its BODY[] or ";SECTION=", the literal the body), "?" a SEARCH, -X a command of its
 * own, else a LIST; untagged answers are the body. A connection that ends well is kept for the next
 * imap:// URL to the same server with the same login and says LOGOUT as the connection cache
 * closes it.
 */
final class ImapTransfer {
    private final CurlConfig config;
    private final TransferPulse pulse;
    private final DebugTrace verbose;
    private final TransferInfo info;
    private final ConnectionSetup connections;
    private final ConnectionCache cache;
    private PingPong pp;
    private Session session;

    /** A kept IMAP connection: its tag counter, the mailbox it has selected, and its LOGOUT. */
    private static final class Session implements KeptSession {
        final Wire control;
        /** imap_sendf(): a letter from the connection's number, then the command's own number. */
        final char tagLetter;
        int tag;
        String mailbox;
        String uidValidity;

        Session(Wire control, int connectionId) {
            this.control = control;
            this.tagLetter = (char) ('A' + connectionId % 26);
        }

        String nextTag() {
            return String.format("%c%03d", tagLetter, ++tag);
        }

        @Override
        public void farewell() {
            PingPong.farewell(control, nextTag() + " LOGOUT");
        }
    }

    /** A tagged reply's last line and the untagged lines before it. */
    private record Reply(boolean ok, List<String> untagged, String last) {
    }

    ImapTransfer(CurlConfig config, TransferPulse pulse, DebugTrace verbose, TransferInfo info,
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
        info.scheme = "IMAP";
        LoginConnection kept = new LoginConnection(cache, connections, pulse, verbose, info, url, userPassword);
        ConnectionCache.Kept taken = kept.takeUp();
        Wire control = null;
        boolean keeping = false;
        boolean loggedIn = false;
        try {
            if (taken != null) {
                control = taken.wire();
                session = (Session) taken.session();
                pp = new PingPong(control, pulse, verbose);
            } else {
                control = connections.open(url, null, false, scope, sink, auth);
                pp = new PingPong(control, pulse, verbose);
                session = new Session(control, info.connectionId);
                pp.loggingIn(true);
                connect(userPassword);
                pp.loggingIn(false);
            }
            loggedIn = true;
            pulse.stage(Stage.PERFORMING);
            // imap_do() reads the URL's path and options only now, on a connection already logged in
            perform(Target.of(url), sink);
            kept.keep(control, session);
            keeping = true;
        } catch (TransferFailed f) {
            throw kept.saidNow(f);
        } finally {
            if (!keeping) {
                // imap_disconnect(): LOGOUT for a connection past its login
                kept.discard(control, loggedIn ? () -> command("LOGOUT") : null);
            }
        }
    }

    /** What the URL asks of the server (imap_parse_url_path(), imap_parse_url_options()). */
    private record Target(String mailbox, Map<String, String> params, String query) {
        static Target of(CurlUrl url) throws TransferFailed {
            String path = url.path();
            String rest = path.length() > 1 ? path.substring(1) : "";
            int semi = rest.indexOf(';');
            String box = semi < 0 ? rest : rest.substring(0, semi);
            if (box.endsWith("/")) {
                box = box.substring(0, box.length() - 1);
            }
            Map<String, String> params = new LinkedHashMap<>();
            if (semi >= 0) {
                for (String p : rest.substring(semi + 1).split(";")) {
                    int eq = p.indexOf('=');
                    String name = eq < 0 ? p : p.substring(0, eq);
                    String value = eq < 0 ? "" : decode(p.substring(eq + 1));
                    if (value.endsWith("/")) {
                        value = value.substring(0, value.length() - 1);
                    }
                    String upper = name.toUpperCase(Locale.ROOT);
                    if (!List.of("UIDVALIDITY", "UID", "MAILINDEX", "SECTION", "PARTIAL").contains(upper)) {
                        throw TransferFailed.withoutFailf(CurlCode.URL_MALFORMAT);
                    }
                    params.put(upper, value);
                }
            }
            int q = url.target().indexOf('?');
            String query = q < 0 ? null : decode(url.target().substring(q + 1));
            return new Target(box.isEmpty() ? null : decode(box), params, query);
        }

        private static String decode(String s) {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.ISO_8859_1);
        }
    }

    /** imap_connect(): the greeting, CAPABILITY, the login. */
    private void connect(String userPassword) throws IOException, TransferFailed {
        // imap_endofresp(): the greeting is the first line tagged "*"; a banner before it is passed over
        String greeting = pp.line();
        while (!greeting.startsWith("* ")) {
            greeting = pp.line();
        }
        boolean preauth = greeting.startsWith("* PREAUTH");
        if (!greeting.startsWith("* OK") && !preauth) {
            throw new TransferFailed(CurlCode.WEIRD_SERVER_REPLY, "Got unexpected imap-server response");
        }
        if (preauth) {
            return;
        }
        Reply caps = command("CAPABILITY");
        List<String> mechanisms = new ArrayList<>();
        boolean loginDisabled = false;
        for (String line : caps.untagged()) {
            if (!line.startsWith("* CAPABILITY")) {
                continue;
            }
            for (String word : line.substring(12).trim().split(" +")) {
                if (word.equalsIgnoreCase("LOGINDISABLED")) {
                    loginDisabled = true;
                } else if (word.regionMatches(true, 0, "AUTH=", 0, 5)) {
                    mechanisms.add(word.substring(5));
                }
            }
        }
        if (userPassword == null) {
            return;
        }
        int colon = userPassword.indexOf(':');
        String user = colon < 0 ? userPassword : userPassword.substring(0, colon);
        String password = colon < 0 ? "" : userPassword.substring(colon + 1);
        SaslLogin.Mechanism mech = SaslLogin.pick(mechanisms);
        if (mech != null) {
            String tag = session.nextTag();
            SaslLogin.run("AUTHENTICATE", mech, user, password, line -> {
                boolean first = line.startsWith("AUTHENTICATE ");
                pp.send(first ? tag + " " + line : line);
                String answer = pp.line();
                while (answer.startsWith("* ")) {
                    answer = pp.line();
                }
                return new SaslLogin.Answer(answer.startsWith("+"), answer.startsWith(tag + " OK"),
                        answer.length() > 2 ? answer.substring(2) : "");
            });
        } else if (!loginDisabled) {
            Reply r = command("LOGIN " + atom(user, false) + " " + atom(password, false));
            if (!r.ok()) {
                String status = r.last().substring(Math.min(r.last().length(), 5));
                throw new TransferFailed(CurlCode.LOGIN_DENIED, "Access denied. " + (status.isEmpty() ? "" : status.charAt(0)));
            }
        } else {
            verbose.info("No known authentication mechanisms supported");
            throw TransferFailed.withoutFailf(CurlCode.LOGIN_DENIED);
        }
    }

    /** imap_do(): the command the URL asks for, with SELECT first when it needs a mailbox not selected. */
    private void perform(Target t, BodySink sink) throws IOException, TransferFailed {
        String custom = config.request != null && !config.request.isEmpty() ? config.request : null;
        String uid = t.params().get("UID");
        String index = t.params().get("MAILINDEX");
        String validity = t.params().get("UIDVALIDITY");
        boolean selected = t.mailbox() != null && session.mailbox != null && t.mailbox().equalsIgnoreCase(session.mailbox)
                && (validity == null || session.uidValidity == null || validity.equalsIgnoreCase(session.uidValidity));
        boolean message = uid != null || index != null;
        if (custom != null && (selected || t.mailbox() == null)) {
            listOrCustom(custom, null, sink);
        } else if (custom == null && selected && message) {
            fetch(uid, index, t.params().get("SECTION"), sink);
        } else if (custom == null && selected && t.query() != null) {
            listOrCustom("SEARCH " + t.query(), null, sink);
        } else if (t.mailbox() != null && !selected && (custom != null || message || t.query() != null)) {
            // imap_state_select_resp(): the selected mailbox's custom command, SEARCH or FETCH
            select(t.mailbox(), validity);
            if (custom != null) {
                listOrCustom(custom, null, sink);
            } else if (t.query() != null) {
                listOrCustom("SEARCH " + t.query(), null, sink);
            } else {
                fetch(uid, index, t.params().get("SECTION"), sink);
            }
        } else {
            listOrCustom(custom, t.mailbox(), sink);
        }
    }

    /** imap_perform_list(): -X's command, else LIST of the mailbox; the untagged answers are the body. */
    private void listOrCustom(String custom, String mailbox, BodySink sink) throws IOException, TransferFailed {
        Reply r = command(custom != null ? custom : "LIST \"" + (mailbox == null ? "" : atom(mailbox, true)) + "\" *");
        if (!r.ok()) {
            throw TransferFailed.withoutFailf(CurlCode.QUOTE_ERROR);
        }
        for (String line : r.untagged()) {
            byte[] bytes = (line + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            sink.write(bytes, 0, bytes.length);
        }
    }

    private void select(String mailbox, String validity) throws IOException, TransferFailed {
        session.mailbox = null;
        session.uidValidity = null;
        Reply r = command("SELECT " + atom(mailbox, false));
        if (!r.ok()) {
            throw new TransferFailed(CurlCode.LOGIN_DENIED, "Select failed");
        }
        String seen = null;
        for (String line : r.untagged()) {
            int at = line.indexOf("[UIDVALIDITY ");
            if (at >= 0) {
                int end = line.indexOf(']', at);
                seen = line.substring(at + 13, end < 0 ? line.length() : end);
            }
        }
        if (validity != null && seen != null && !validity.equalsIgnoreCase(seen)) {
            throw new TransferFailed(CurlCode.REMOTE_FILE_NOT_FOUND, "Mailbox UIDVALIDITY has changed");
        }
        session.mailbox = mailbox;
        session.uidValidity = seen;
    }

    /**
     * imap_perform_fetch() and imap_state_fetch_resp(): the "{N}" literal is the body; what came
     * with the FETCH line is written at once ("Written ..."), the rest read to its end, then the
     * ")" and the tagged OK.
     */
    private void fetch(String uid, String index, String section, BodySink sink) throws IOException, TransferFailed {
        String tag = session.nextTag();
        String what = "BODY[" + (section == null ? "" : section) + "]";
        pp.send(tag + " " + (uid != null ? "UID FETCH " + uid : "FETCH " + index) + " " + what);
        String line = pp.line();
        if (!line.startsWith("* ")) {
            throw TransferFailed.withoutFailf(CurlCode.REMOTE_FILE_NOT_FOUND);
        }
        int open = line.indexOf('{');
        long size = -1;
        if (open >= 0 && line.endsWith("}")) {
            try {
                size = Long.parseLong(line.substring(open + 1, line.length() - 1));
            } catch (NumberFormatException bad) {
                size = -1;
            }
        }
        if (size < 0) {
            throw new TransferFailed(CurlCode.WEIRD_SERVER_REPLY, "Failed to parse FETCH response.");
        }
        verbose.info("Found " + size + " bytes to download");
        pulse.expectedSize(size);
        long got = pp.literal(size, sink, (chunk, left) ->
                verbose.info("Written " + chunk + " bytes, " + left + " bytes are left for transfer"));
        pulse.received(got);
        info.sizeDownload = got;
        // imap_done(): the rest of the FETCH reply, to its tagged line, which must be OK
        String rest = pp.line();
        while (!rest.startsWith(tag + " ")) {
            rest = pp.line();
        }
        if (!rest.startsWith(tag + " OK")) {
            throw TransferFailed.withoutFailf(CurlCode.WEIRD_SERVER_REPLY);
        }
    }

    /** A tagged command and its reply: untagged lines up to the tagged one. */
    private Reply command(String text) throws IOException, TransferFailed {
        String tag = session.nextTag();
        pp.send(tag + " " + text);
        List<String> untagged = new ArrayList<>();
        while (true) {
            String line = pp.line();
            if (line.startsWith(tag + " ")) {
                return new Reply(line.startsWith(tag + " OK"), untagged, line);
            }
            // imap_endofresp(): only untagged answers count; any other line is passed over
            if (line.startsWith("* ")) {
                untagged.add(line);
            }
        }
    }

    /**
     * imap_atom(): backslash and quote escaped; with any of (){ %*] or those, the whole in quotes
     * (escaping only, no quotes, inside LIST's own).
     */
    static String atom(String s, boolean escapeOnly) {
        boolean special = false;
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '"') {
                out.append('\\');
                special = true;
            } else if (!escapeOnly && "(){ %*]".indexOf(c) >= 0) {
                special = true;
            }
            out.append(c);
        }
        return special && !escapeOnly ? "\"" + out + "\"" : out.toString();
    }
}
