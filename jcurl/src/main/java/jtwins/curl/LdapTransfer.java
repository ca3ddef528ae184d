package jtwins.curl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * An ldap:// or ldaps:// (TLS first) URL as lib/openldap.c does it over libldap: the URL read first, then on
 * the connection a simple bind (-u's DN and password, else anonymous) in the connect phase, the
 * search the URL describes, and each entry written as "DN: " and tab-indented "attr: value" lines,
 * a value with blanks at its ends or bytes past printable ASCII (or an ";binary" attribute) in
 * base64 after "attr:: ". A search the server refuses is "LDAP remote: search failed", 39.
 */
final class LdapTransfer {
    private static final int BIND_REQUEST = 0x60;
    private static final int BIND_RESPONSE = 0x61;
    private static final int SEARCH_REQUEST = 0x63;
    private static final int SEARCH_ENTRY = 0x64;
    private static final int SEARCH_DONE = 0x65;

    private final CurlConfig config;
    private final TransferPulse pulse;
    private final DebugTrace verbose;
    private final TransferInfo info;
    private final ConnectionSetup connections;
    private Wire wire;
    private byte[] pending = new byte[0];
    private long bytecount;
    private int entries;
    private String diagnostic = "";
    /** When curl's loop next wakes while connecting (awaitWake()). */
    private long nextWake;

    LdapTransfer(CurlConfig config, TransferPulse pulse, DebugTrace verbose, TransferInfo info,
                 ConnectionSetup connections) {
        this.config = config;
        this.pulse = pulse;
        this.verbose = verbose;
        this.info = info;
        this.connections = connections;
    }

    void run(CurlUrl url, RequestScope scope, BodySink sink, HttpAuth auth, String user, String password)
            throws IOException, TransferFailed {
        info.urlEffective = url.effective();
        info.scheme = url.scheme().toUpperCase(java.util.Locale.ROOT);
        // oldap_setup_connection(): the early syntax check, before any connection
        LdapUrl ldap;
        try {
            ldap = LdapUrl.parse(url);
        } catch (TransferFailed refused) {
            info.connectionId = -1;
            throw refused;
        }
        try (Wire w = connections.open(url, null, false, scope, sink, auth)) {
            wire = w;
            // Curl_expire(EXPIRE_HAPPY_EYEBALLS) as the connect started (a loopback connect takes no time):
            // the first wake of the bind's wait
            nextWake = System.nanoTime() + 200_000_000L;
            bind(user, password);
            pulse.stage(Stage.PERFORMING);
            verbose.info("LDAP local: " + url.effective());
            byte[] filter = LdapFilter.encode(ldap.filter());
            if (filter == null) {
                throw new TransferFailed(CurlCode.LDAP_SEARCH_FAILED, "LDAP local: ldap_search_ext Bad search filter");
            }
            send(2, Ber.element(SEARCH_REQUEST, Ber.concat(
                    Ber.string(0x04, ldap.dn()),
                    Ber.integer(0x0a, ldap.scope()),
                    Ber.integer(0x0a, 0),
                    Ber.integer(0x02, 0),
                    Ber.integer(0x02, 0),
                    Ber.element(0x01, new byte[] {0}),
                    filter,
                    Ber.element(0x30, attributes(ldap)))));
            search(sink, url.tls());
        } finally {
            info.sizeDownload = bytecount;
        }
    }

    private static byte[] attributes(LdapUrl ldap) {
        if (ldap.attributes() == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String a : ldap.attributes()) {
            out.writeBytes(Ber.string(0x04, a));
        }
        return out.toByteArray();
    }

    /**
     * oldap_perform_bind(): LDAPv3 simple bind, in the connect phase; a refusal is
     * oldap_map_error()'s: invalid credentials 67, any other 38.
     */
    private void bind(String user, String password) throws IOException, TransferFailed {
        String dn = user == null ? "" : user;
        String secret = user == null ? "" : password == null ? "" : password;
        send(1, Ber.element(BIND_REQUEST, Ber.concat(Ber.integer(0x02, 3), Ber.string(0x04, dn),
                Ber.string(0x80, secret))));
        Op op = nextOp(true);
        if (op == null || op.tag != BIND_RESPONSE) {
            throw new TransferFailed(CurlCode.COULDNT_CONNECT, "LDAP local: connecting ldap_result Can't contact LDAP server");
        }
        int code = resultCode(op.content);
        if (code != 0) {
            throw TransferFailed.withoutFailf(code == 49 ? CurlCode.LOGIN_DENIED
                    : code == 50 ? CurlCode.REMOTE_ACCESS_DENIED : CurlCode.LDAP_CANNOT_BIND);
        }
    }

    /** oldap_recv(): entries as they come, until the search's result. */
    private void search(BodySink sink, boolean tls) throws IOException, TransferFailed {
        while (true) {
            Op op = nextOp(false);
            if (op == null) {
                throw new TransferFailed(CurlCode.RECV_ERROR, "LDAP local: search ldap_result Can't contact LDAP server");
            }
            if (op.tag == SEARCH_ENTRY) {
                entry(op.content, sink);
            } else if (op.tag == SEARCH_DONE) {
                if (!tls) {
                    // the plain socket's read that found the result ends in a trace of no bytes; over TLS
                    // OpenSSL's record lines stand there instead, which the JDK's handshake does not give
                    verbose.emptyRead();
                }
                int code = resultCode(op.content);
                info.httpCode = code;
                if (code == 4) {
                    verbose.info("There are more than " + entries + " entries");
                } else if (code != 0) {
                    throw new TransferFailed(CurlCode.LDAP_SEARCH_FAILED, "LDAP remote: search failed "
                            + LdapResultText.of(code) + " " + diagnostic);
                }
                return;
            }
        }
    }

    private int resultCode(Ber.Reader result) throws TransferFailed {
        try {
            int code = (int) result.next(0x0a).integer();
            result.next(0x04);
            diagnostic = new String(result.next(0x04).bytes(), StandardCharsets.UTF_8);
            return code;
        } catch (Ber.BadBer bad) {
            throw new TransferFailed(CurlCode.LDAP_SEARCH_FAILED, "LDAP local: search ldap_parse_result Decoding error");
        }
    }

    /** One SearchResultEntry as oldap_recv() writes it. */
    private void entry(Ber.Reader content, BodySink sink) throws TransferFailed {
        entries++;
        try {
            byte[] dn = content.next(0x04).bytes();
            write(sink, "DN: ", dn, "\n");
            Ber.Reader attributes = content.next(0x30);
            while (attributes.more()) {
                Ber.Reader attribute = attributes.next(0x30);
                byte[] type = attribute.next(0x04).bytes();
                String name = new String(type, StandardCharsets.ISO_8859_1);
                Ber.Reader values = attribute.next(0x31);
                if (!values.more()) {
                    write(sink, "\t", type, ":\n");
                    continue;
                }
                boolean binary = name.length() > 7 && name.endsWith(";binary");
                while (values.more()) {
                    byte[] value = values.next(0x04).bytes();
                    write(sink, "\t", type, ":");
                    if (binary || needsBase64(value)) {
                        byte[] b64 = Base64.getEncoder().encode(value);
                        write(sink, ": ", b64, "\n");
                    } else {
                        write(sink, " ", value, "\n");
                    }
                }
                write(sink, "\n", null, null);
            }
            write(sink, "\n", null, null);
        } catch (Ber.BadBer bad) {
            throw new TransferFailed(CurlCode.RECV_ERROR, null);
        }
    }

    /** Blanks at either end or a byte ISPRINT() refuses; an empty value is written as it is. */
    private static boolean needsBase64(byte[] v) {
        if (v.length == 0) {
            return false;
        }
        if (v[0] == ' ' || v[0] == '\t' || v[v.length - 1] == ' ' || v[v.length - 1] == '\t') {
            return true;
        }
        for (byte b : v) {
            if (b < 0x20 || b > 0x7e) {
                return true;
            }
        }
        return false;
    }

    /** client_write(): a prefix ending in a blank loses it before an empty value. */
    private void write(BodySink sink, String prefix, byte[] value, String suffix) throws TransferFailed {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        int plen = p.length;
        if (value != null && value.length == 0 && plen > 0 && p[plen - 1] == ' ') {
            plen--;
        }
        sink.write(p, 0, plen);
        bytecount += plen;
        if (value != null) {
            sink.write(value, 0, value.length);
            bytecount += value.length;
        }
        if (suffix != null) {
            byte[] s = suffix.getBytes(StandardCharsets.ISO_8859_1);
            sink.write(s, 0, s.length);
            bytecount += s.length;
        }
        pulse.received(bytecount);
    }

    private void send(int messageId, byte[] op) throws IOException, TransferFailed {
        byte[] message = Ber.element(0x30, Ber.concat(Ber.integer(0x02, messageId), op));
        try {
            wire.write(ByteBuffer.wrap(message));
        } catch (IOException e) {
            throw TransferFailed.sendFailure(e);
        }
    }

    /** A protocol op read from the next whole LDAPMessage: its tag and content. */
    private static final class Op {
        final int tag;
        final Ber.Reader content;

        Op(int tag, Ber.Reader content) {
            this.tag = tag;
            this.content = content;
        }
    }

    /**
     * The next LDAPMessage's protocol op; null when the server closes or sends no LDAP. While
     * connecting, the connect timeout bounds the wait, with multi.c's words.
     */
    /**
     * openldap.c has no proto_getsock: in the PROTOCONNECT state multi.c watches no socket, so the
     * bind's answer is looked at only when a timer wakes curl: the happy-eyeballs timer 200 ms after
     * the connect began, then each curl_multi_poll() of at most 1000 ms; all within the connect clock.
     */
    private void awaitWake() throws IOException, TransferFailed {
        long deadline = pulse.clock().connectDeadline();
        pulse.idleUntil(Math.min(nextWake, deadline));
        long now = System.nanoTime();
        if (now - deadline >= 0) {
            throw TransferFailed.protocolConnectTimeout(pulse.clock(), now);
        }
        nextWake = now + 1_000_000_000L;
    }

    private Op nextOp(boolean connecting) throws IOException, TransferFailed {
        ByteBuffer buf = ByteBuffer.allocate(16384);
        while (true) {
            long whole = Ber.wholeLength(pending, pending.length);
            if (whole >= 0 && pending.length >= whole) {
                byte[] one = Arrays.copyOf(pending, (int) whole);
                pending = Arrays.copyOfRange(pending, (int) whole, pending.length);
                try {
                    Ber.Reader message = new Ber.Reader(one, 0, one.length).next(0x30);
                    message.next(0x02);
                    int tag = message.peekTag();
                    return new Op(tag, message.next(tag));
                } catch (Ber.BadBer bad) {
                    return null;
                }
            }
            if (connecting) {
                awaitWake();
                if (!wire.awaitReadable(System.nanoTime())) {
                    continue;
                }
            } else if (!wire.awaitReadable(TransferClock.NEVER)) {
                continue;
            }
            buf.clear();
            int n;
            try {
                n = wire.read(buf);
            } catch (IOException e) {
                return null;
            }
            if (n < 0) {
                return null;
            }
            byte[] grown = Arrays.copyOf(pending, pending.length + n);
            System.arraycopy(buf.array(), 0, grown, pending.length, n);
            pending = grown;
        }
    }
}
