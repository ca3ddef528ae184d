package jtwins.wget;

import java.io.IOException;
import java.io.OutputStream;
import jtwins.common.TimeoutPlan;

/**
 * What lasts for the whole run: the settings and the timeout plan made from them, the log, the DNS cache, the -O stream, the kept-alive
 * connection and the totals of the closing "FINISHED" lines.
 */
final class Session {
    final String program;
    final WgetSettings settings;
    final TimeoutPlan plan;
    final WgetLog log;
    final HostLookup lookup;
    final Connector connector;
    final Descriptors descriptors;
    /** The cookies of this run; null with --no-cookies. */
    final CookieJar cookies;
    final OutputStream outputDocument;
    final boolean outputToStdout;
    final long startNanos = System.nanoTime();
    long totalDownloaded;
    double totalDownloadTime;
    int downloadedFiles;
    /** pconn: the connection registered for reuse, and where it goes; null for none. */
    private Wire pconn;
    private String pconnHost;
    private int pconnPort;
    private boolean pconnSsl;
    boolean firstRetrieval = true;
    final TlsVerification tls;
    final AcceptRules rules;
    final Downloads downloads = new Downloads();
    final BrokenLinks brokenLinks = new BrokenLinks();
    /** --iri, the local and the remote encoding. */
    final IriOptions iri;
    /** The HSTS known hosts of the run; null with --no-hsts or when the database could not be used. */
    Hsts hsts;
    /** res.c's registered robots.txt specs, by "host:port", for the whole run. */
    final java.util.Map<String, RobotsTxt> robots = new java.util.HashMap<>();
    /** inform_exit_status()'s running status: 0, or the lowest non-zero one so far (9 for a bad URL). */
    private int exitStatus;

    Session(String program, WgetSettings settings, TimeoutPlan plan, WgetLog log, HostLookup lookup, Connector connector,
            Descriptors descriptors, OutputStream outputDocument, boolean outputToStdout) {
        this.descriptors = descriptors;
        this.cookies = settings.bool("cookies") ? new CookieJar(log) : null;
        this.program = program;
        this.settings = settings;
        this.plan = plan;
        this.log = log;
        this.lookup = lookup;
        this.connector = connector;
        this.outputDocument = outputDocument;
        this.outputToStdout = outputToStdout;
        this.tls = new TlsVerification(log, settings.bool("checkcertificate"), settings.string("cacertificate"));
        this.rules = new AcceptRules(settings);
        this.iri = IriOptions.of(settings);
    }

    /**
     * inform_exit_status(): the lowest non-zero status wins; a bad URL is WGET_EXIT_UNKNOWN (9),
     * below every other, which get_exit_status() reports as 1.
     */
    void inform(Uerr result) {
        int st = result == Uerr.URLERROR ? 9 : result.exitStatus();
        if (st != 0 && (exitStatus == 0 || st < exitStatus)) {
            exitStatus = st;
        }
    }

    int exitStatus() {
        return exitStatus == 9 ? 1 : exitStatus;
    }

    /**
     * persistent_available_p(): the registered connection when it goes to this port with the same
     * TLS-ness and to this host, or (plain HTTP) to an address the host resolves to; one the server
     * has closed meanwhile is given up ("Disabling further reuse").
     */
    Wire persistentFor(String host, int port, boolean ssl) throws IOException, HostLookup.Failed {
        if (pconn == null || ssl != pconnSsl || port != pconnPort) {
            return null;
        }
        if (!host.equalsIgnoreCase(pconnHost)) {
            if (ssl || !(pconn instanceof IdleWire plain)) {
                return null;
            }
            java.net.InetAddress peer = plain.peerAddress();
            if (peer == null) {
                invalidate();
                return null;
            }
            HostLookup.AddressList al = lookup.lookup(host, false);
            boolean found = al.addresses.contains(peer);
            lookup.release(al);
            if (!found) {
                return null;
            }
        }
        if (!pconn.stillOpen()) {
            invalidate();
            return null;
        }
        return pconn;
    }

    /** register_persistent(): this connection may serve the next request; one registered before is closed. */
    void register(Wire wire, String host, int port, boolean ssl) throws IOException {
        if (pconn == wire) {
            return;
        }
        if (pconn != null) {
            invalidate();
        }
        pconn = wire;
        pconnHost = host;
        pconnPort = port;
        pconnSsl = ssl;
        log.debug("Registered socket " + wire.fd() + " for persistent reuse.\n");
    }

    private Netrc netrc;
    private boolean cookiesLoaded;

    /** load_cookies(), as the first http_loop() starts: --load-cookies read once. */
    void loadCookiesOnce() {
        if (cookies != null && !cookiesLoaded) {
            cookiesLoaded = true;
            if (settings.string("loadcookies") != null) {
                cookies.load(settings.string("loadcookies"));
            }
        }
    }

    /** save_cookies() at the end of main(): only once a retrieval made the jar. */
    void saveCookies() {
        if (cookies != null && cookiesLoaded && settings.string("savecookies") != null) {
            cookies.save(settings.string("savecookies"), settings.bool("keepsessioncookies"));
        }
    }

    /** ~/.netrc, read the first time it is needed (processed_netrc). */
    Netrc netrc() {
        if (netrc == null) {
            netrc = Netrc.load(program, new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err),
                    true, java.nio.charset.StandardCharsets.UTF_8));
        }
        return netrc;
    }

    private final java.util.Set<String> basicAuthedHosts = new java.util.HashSet<>();

    /** register_basic_auth_host(). */
    void basicChallenged(String host) {
        if (basicAuthedHosts.add(host.toLowerCase(java.util.Locale.ROOT))) {
            log.debug("Inserted " + Quote.of(host) + " into basic_authed_hosts\n");
        }
    }

    boolean basicChallengedBefore(String host) {
        return basicAuthedHosts.contains(host.toLowerCase(java.util.Locale.ROOT));
    }

    /** CLOSE_INVALIDATE: the connection is closed, and no longer registered if it was. */
    void closeInvalidate(Wire wire) throws IOException {
        if (wire == pconn) {
            invalidate();
        } else {
            wire.close();
        }
    }

    /** invalidate_persistent(). */
    private void invalidate() throws IOException {
        log.debug("Disabling further reuse of socket " + pconn.fd() + ".\n");
        Wire w = pconn;
        pconn = null;
        w.close();
    }
}
