package jtwins.curl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jtwins.common.Budget;
import jtwins.common.KernelSynRetries;
import jtwins.common.Mechanism;
import jtwins.common.Phase;
import jtwins.common.Situation;
import jtwins.common.TimeoutPlan;
import jtwins.common.WaitSchedule;

/**
 * curl's timeouts as data: one connect clock from before the lookup through TLS, -m over everything
 * from the transfer's start, the kernel's SYN retries under both, -y/-Y as the only idle bound, and
 * --retry's doubling waits. jcurl arms its clocks from this plan (TransferClock, TransferPulse, the
 * retry loop) and jtwins explain prints it; each budget is the timer jcurl arms.
 */
final class CurlPlan {
    /** tool_operate.c RETRY_SLEEP_DEFAULT and RETRY_SLEEP_MAX: 1 s, doubling up to 10 minutes. */
    private static final long RETRY_SLEEP_DEFAULT_MS = 1000;
    private static final long RETRY_SLEEP_MAX_MS = 600_000;

    private CurlPlan() {
    }

    /** The protocols of lib/pingpong.c: the server speaks first, each reply waited for alike. */
    private static final List<String> PINGPONG = List.of("ftp", "smtp", "pop3", "imap");
    /** Protocols whose connect phase waits for the server's first answer within the connect clock alone. */
    private static final List<String> CONNECT_PHASE_ANSWER = List.of("scp", "sftp", "ldap", "smb");

    /** pingpong.h RESP_TIMEOUT: how long libcurl waits for each FTP reply when nothing says otherwise. */
    private static final long FTP_RESPONSE_MS = 120_000;
    /** connect.h DEFAULT_ACCEPT_TIMEOUT: how long an active-mode transfer waits for the server to connect back. */
    static final long FTP_ACCEPT_MS = 60_000;

    static TimeoutPlan build(CurlConfig c) {
        TimeoutPlan.Builder plan = TimeoutPlan.forTool("curl");
        long connectMs = c.connectTimeoutMs > 0 ? c.connectTimeoutMs : CurlConfig.DEFAULT_CONNECT_TIMEOUT_MS;
        String connectSetBy = c.connectTimeoutMs > 0 ? "--connect-timeout " + seconds(c.connectTimeoutMs)
                : "libcurl's default connect timeout (300 s)";
        // one clock: -m caps it, as Curl_timeleft() takes the earlier of the two
        long shared = c.maxTimeMs > 0 ? Math.min(connectMs, c.maxTimeMs) : connectMs;
        String sharedSetBy = c.maxTimeMs > 0 && c.maxTimeMs < connectMs ? "-m " + seconds(c.maxTimeMs) : connectSetBy;
        plan.phase(Phase.RESOLVE, Budget.ofMillis(shared), sharedSetBy + ", shared with connect and TLS",
                Mechanism.POLL, "threaded resolver: getaddrinfo() on a thread, left behind when the clock ends"
                        + " (\"Resolving timed out after N milliseconds\", exit 28)");
        int retries = KernelSynRetries.current();
        long kernelMs = KernelSynRetries.giveUpAfter(retries).toMillis();
        String connectNote = kernelMs < shared ? sharedSetBy + ", but net.ipv4.tcp_syn_retries=" + retries
                + " ends each address after " + kernelMs / 1000 + " s first (exit 28, \"Couldn't connect to server\")"
                : sharedSetBy;
        plan.phase(Phase.CONNECT, Budget.ofMillis(shared), connectNote, Mechanism.POLL,
                "connect.c eyeballers: non-blocking connect() and poll(); half the time left per address when the"
                        + " family has another; the other family after " + c.happyEyeballsMs + " ms");
        plan.phase(Phase.OTHER_FAMILY, Budget.ofMillis(c.happyEyeballsMs), c.happyEyeballsMs == 200
                ? "libcurl's happy eyeballs delay (200 ms)" : "--happy-eyeballs-timeout-ms " + c.happyEyeballsMs,
                Mechanism.POLL, "connect.c: the other family's first address starts this long after the first's,"
                        + " inside the connect clock");
        List<String> urls = urlsOf(c);
        List<String> schemes = schemesOf(c, urls);
        if (anyHandshake(c, urls)) {
            plan.phase(Phase.PROXY_HANDSHAKE, Budget.ofMillis(shared), sharedSetBy + " (what the lookup and connect"
                    + " left of it)", Mechanism.POLL, "socks.c's states, an https:// proxy's TLS handshake and"
                    + " http_proxy.c's CONNECT exchange run inside the connect (\"Connection timed out after N"
                    + " milliseconds\", \"SSL connection timeout\", \"Proxy CONNECT aborted due to timeout\")");
        }
        plan.phase(Phase.TLS, Budget.ofMillis(shared), sharedSetBy + " (what the lookup and connect left of it)",
                Mechanism.POLL, "vtls: the handshake polled under the connect clock (\"SSL connection timeout\")");
        if (c.speedTimeSeconds > 0 || c.speedLimit > 0) {
            long time = c.speedTimeSeconds > 0 ? c.speedTimeSeconds : 30;
            plan.phase(Phase.IDLE_READ, Budget.ofSeconds(time), "-y " + time + " -Y " + speedLimit(c)
                    + ": under " + speedLimit(c) + " bytes/s for that long", Mechanism.POLL,
                    "speedcheck.c: \"Operation too slow\", exit 28");
        } else {
            plan.phase(Phase.IDLE_READ, Budget.UNLIMITED, "nothing (curl has no idle timeout; -y/-Y is the nearest)",
                    Mechanism.NONE, "a silent server holds curl until -m, or forever");
        }
        if (c.postData != null || c.uploads() || !c.form.isEmpty()) {
            plan.phase(Phase.CONTINUE_WAIT, Budget.ofMillis(c.expect100TimeoutMs), c.expect100TimeoutMs == 1000
                    ? "libcurl's 100-continue wait (1 s)" : "--expect100-timeout " + seconds(c.expect100TimeoutMs),
                    Mechanism.POLL, "http.c: a body over 1 MiB waits for the server's 100 this long, then goes"
                            + " (\"Done waiting for 100-continue\")");
        }
        // a URL of pingpong.c's protocols, or -L, which may lead to ftp://
        if (c.followLocation || anyOf(schemes, PINGPONG)) {
            plan.phase(Phase.SERVER_RESPONSE, Budget.ofMillis(FTP_RESPONSE_MS), "libcurl's reply wait (120 s)",
                    Mechanism.POLL, "pingpong.c Curl_pp_state_timeout(): each FTP, SMTP, POP3 or IMAP reply within 120 s and -m "
                            + "(\"server response timeout\"); the greeting and login within the connect clock too, "
                            + "and the data connection within it from the transfer's start");
        }
        if (c.ftpPort != null && (c.followLocation || schemes.contains("ftp"))) {
            plan.phase(Phase.DATA_ACCEPT, Budget.ofMillis(FTP_ACCEPT_MS), "libcurl's accept wait (60 s)"
                    + (c.maxTimeMs > 0 && c.maxTimeMs < FTP_ACCEPT_MS ? ", -m ends it sooner" : ""), Mechanism.POLL,
                    "ftp.c ftp_timeleft_accept(): -P's data connection, the server's connect back, waited for from"
                            + " the 150 on, -m alone bounding it too; --connect-timeout has no part in it (exit 12,"
                            + " or 28 at -m)");
        }
        if (schemes.contains("tftp")) {
            TftpSchedule tftp = TftpSchedule.forTimeLeft(shared);
            plan.phase(Phase.RESEND_WAIT, Budget.ofSeconds(tftp.retryTime()), "libcurl's TFTP schedule: " + tftp.maxtime()
                    + " s of the connect clock over " + tftp.retryMax() + " sends", Mechanism.POLL,
                    "tftp.c tftp_set_timeouts(): a packet unanswered for " + tftp.retryTime() + " s (whole seconds of"
                            + " time()) is sent again, " + tftp.retryMax() + " times at most (exit 7); the request's state ends"
                            + " with the connect clock (exit 28 at the next resend tick), later states with -m alone");
        }
        plan.phase(Phase.TOTAL, c.maxTimeMs > 0 ? Budget.ofMillis(c.maxTimeMs) : Budget.UNLIMITED,
                c.maxTimeMs > 0 ? "-m " + seconds(c.maxTimeMs) + ", from the start of each try" : "nothing (no -m)",
                c.maxTimeMs > 0 ? Mechanism.POLL : Mechanism.NONE, schemes.equals(List.of("telnet"))
                        ? "telnet.c telnet_do(): -m against the connection's start once a turn (a 100 ms poll of the"
                        + " server, then the read callback, whose select() on stdin waits what is left of -m), \"Time-out\";"
                        + " without -m a quiet stdin holds curl in read()"
                        : "multi.c multi_handle_timeout(): \"Operation timed out after N milliseconds with X out of Y bytes\"");
        WaitSchedule waits = c.retryDelaySeconds > 0 ? WaitSchedule.fixed(millisToNanos(c.retryDelaySeconds * 1000))
                : WaitSchedule.doubling(RETRY_SLEEP_DEFAULT_MS * 1_000_000, RETRY_SLEEP_MAX_MS * 1_000_000);
        plan.waits(waits);
        if (c.retry > 0) {
            StringBuilder said = new StringBuilder();
            for (long k = 1; k <= Math.min(c.retry, 4); k++) {
                said.append(k == 1 ? "" : " + ").append(waits.nanos(k) / 1_000_000_000L);
            }
            if (c.retry > 4) {
                said.append(" + ...");
            }
            plan.phase(Phase.RETRY_WAIT, Budget.of(Duration.ofNanos(waits.totalNanos(c.retry))), "--retry " + c.retry
                    + ": waits " + said + " s" + (c.retryMaxTimeSeconds > 0 ? ", no new try after --retry-max-time "
                    + c.retryMaxTimeSeconds + " s" : ""), Mechanism.SLEEP,
                    "tool_operate.c: timeouts, lookup failures and 408/429/5xx are retried"
                    + (c.retryConnRefused ? ", and refused connects" : "; a refused connect only with --retry-connrefused"));
        }
        expect(plan, c, shared, Math.min(shared, kernelMs), waits.totalNanos(c.retry) / 1_000_000);
        return plan.build();
    }

    /**
     * The proxy step every URL's connect ends with, as the connect clock bounds it: "the SOCKS
     * handshake", "the proxy's TLS handshake" (an https:// proxy), "the proxy's CONNECT" (-p, an
     * https URL through an HTTP proxy); null when some URL
     * has none (a plain request to an HTTP proxy is the request itself).
     */
    private static String proxyHandshake(CurlConfig c, List<String> urls) {
        String step = null;
        for (String raw : urls) {
            String one = handshakeOf(c, raw);
            if (one == null || (step != null && !step.equals(one))) {
                return null;
            }
            step = one;
        }
        return step;
    }

    private static boolean anyHandshake(CurlConfig c, List<String> urls) {
        for (String raw : urls) {
            if (handshakeOf(c, raw) != null) {
                return true;
            }
        }
        return false;
    }

    /** The step a URL's connect ends with through its proxy, as ConnectionSetup decides it; null for none. */
    private static String handshakeOf(CurlConfig c, String raw) {
        try {
            CurlUrl url = CurlUrl.parse(raw, c.pathAsIs, c.protoDefault);
            String proxy = c.proxyFor(url);
            if (proxy != null && ProxyUrl.isHttps(proxy)) {
                return "the proxy's TLS handshake";
            }
            return proxy != null ? (ConnectionSetup.tunnels(c, url) ? "the proxy's CONNECT" : null)
                    : c.socksFor(url) != null ? "the SOCKS handshake" : null;
        } catch (TransferFailed badUrl) {
            return null;
        }
    }

    /**
     * TFTP speaks over a UDP socket that is never connected: a closed port, a black hole and a
     * silent server look alike, a request sent again and again until the connect clock ends its
     * state (or -m, exactly, when it comes first).
     */
    private static void tftpExpectations(TimeoutPlan.Builder plan, CurlConfig c, long shared, long tries, long waits,
                                         String retried) {
        TftpSchedule tftp = TftpSchedule.forTimeLeft(shared);
        long end = tftp.silentEndMs(shared);
        boolean byMaxTime = c.maxTimeMs > 0 && c.maxTimeMs <= end;
        long attempt = byMaxTime ? c.maxTimeMs : end;
        String how = (byMaxTime ? "-m from the start of each try"
                : tftp.sendsRunOutFirst(shared) ? "the last of " + tftp.retryMax() + " sends unanswered"
                : "the connect clock, then the next " + (tftp.retryTime() + 1) + " s resend tick")
                + retried + "; exit " + (!byMaxTime && tftp.sendsRunOutFirst(shared) ? 7 : 28);
        for (Situation s : new Situation[] {Situation.REFUSED, Situation.BLACK_HOLE, Situation.SILENT}) {
            plan.expect(s, Budget.ofMillis(tries * attempt + waits), how);
        }
    }

    /** tool_operate.c: -Y alone checks over 30 seconds (the IDLE_READ budget), -y alone against 1 byte per second. */
    static long speedLimit(CurlConfig c) {
        return c.speedLimit > 0 ? c.speedLimit : 1;
    }

    private static long millisToNanos(long ms) {
        return ms > Long.MAX_VALUE / 1_000_000 ? Long.MAX_VALUE : ms * 1_000_000;
    }

    /** End to end: each try under its clocks, the retried ones again after --retry's waits (one address). */
    private static void expect(TimeoutPlan.Builder plan, CurlConfig c, long shared, long attemptMs, long waits) {
        long tries = c.retry + 1;
        String retried = c.retry > 0 ? ", " + tries + " tries and " + waits / 1000 + " s of waits" : "";
        Budget stall = c.maxTimeMs > 0 ? Budget.ofMillis(tries * c.maxTimeMs + waits)
                : c.speedTimeSeconds > 0 || c.speedLimit > 0
                ? Budget.ofMillis(tries * 1000L * (c.speedTimeSeconds > 0 ? c.speedTimeSeconds : 30) + waits)
                : Budget.UNLIMITED;
        String how = c.maxTimeMs > 0 ? "-m from the start of each try" + retried + "; exit 28"
                : stall.isUnlimited() ? "never: curl has no idle timeout" : "the speed check" + retried + "; exit 28";
        List<String> urls = urlsOf(c);
        List<String> schemes = schemesOf(c, urls);
        boolean tftpOnly = schemes.equals(List.of("tftp"));
        if (tftpOnly && c.proxy == null && c.socksProxy == null && c.envProxyFor("tftp") == null) {
            tftpExpectations(plan, c, shared, tries, waits, retried);
        } else {
            connectExpectations(plan, c, shared, attemptMs, waits, retried, urls, schemes, stall, how);
        }
        plan.expect(Situation.STALLED, stall, how);
        if (c.ftpPort != null && schemes.contains("ftp")) {
            // ftp_timeleft_accept(): 60 s from the 150, whatever --connect-timeout says; -m (the loop's) ends it sooner
            long accept = c.maxTimeMs > 0 ? Math.min(FTP_ACCEPT_MS, c.maxTimeMs) : FTP_ACCEPT_MS;
            plan.expect(Situation.NO_CONNECT_BACK, Budget.ofMillis(tries * accept + waits), (accept == FTP_ACCEPT_MS
                    ? "ftp.c's 60 s accept wait, not the connect clock" + retried + "; exit 12"
                    : "-m from the start of each try" + retried + "; exit 28"));
        }
        plan.expectWithResolver(Situation.DNS_LOST, Budget.ofMillis(shared), "the connect clock over the threaded"
                + " lookup, or resolv.conf's schedule first (one try); exit 28 or 6");
    }

    /** A TCP connect's refusal and black hole, and the silent server behind it, as the URLs' protocol meets it. */
    private static void connectExpectations(TimeoutPlan.Builder plan, CurlConfig c, long shared, long attemptMs,
                                            long waits, String retried, List<String> urls, List<String> schemes,
                                            Budget stall, String how) {
        long tries = c.retry + 1;
        plan.expect(Situation.REFUSED, Budget.ofMillis(c.retryConnRefused ? waits : 0),
                "connect() refused at once" + (c.retryConnRefused ? retried : "") + "; exit 7");
        plan.expect(Situation.BLACK_HOLE, Budget.ofMillis(tries * attemptMs + waits),
                (attemptMs == shared ? "the connect clock" : "the kernel's SYN retries") + retried + "; exit 28");
        if (attemptMs != shared) {
            plan.endedByKernel();
        }
        // FTP and SMTP servers speak first: a silent one is waited for as pingpong.c waits for a reply
        boolean greetingFirst = !schemes.isEmpty() && PINGPONG.containsAll(schemes);
        String greeting = schemes.size() == 1 ? schemes.get(0).toUpperCase(java.util.Locale.ROOT) + " greeting" : "greeting";
        String handshake = urls.isEmpty() ? null : proxyHandshake(c, urls);
        if (handshake != null) {
            // a silent SOCKS proxy, or one that never answers CONNECT, holds the connect until its clock ends
            long silent = c.maxTimeMs > 0 ? Math.min(shared, c.maxTimeMs) : shared;
            plan.expect(Situation.SILENT, Budget.ofMillis(tries * silent + waits), (silent == c.maxTimeMs && silent < shared
                    ? "-m from the start of each try" : "the connect clock over " + handshake) + retried + "; exit 28");
        } else if (greetingFirst) {
            // a silent server never greets: the greeting waits within the connect clock and the 120 s reply wait
            long wait = Math.min(shared, FTP_RESPONSE_MS);
            long silent = c.maxTimeMs > 0 ? Math.min(wait, c.maxTimeMs) : wait;
            plan.expect(Situation.SILENT, Budget.ofMillis(tries * silent + waits), (silent == c.maxTimeMs
                    ? "-m from the start of each try" : silent == shared ? "the connect clock over the " + greeting
                    : "pingpong.c's 120 s wait for the " + greeting) + retried + "; exit 28");
        } else if (!schemes.isEmpty() && CONNECT_PHASE_ANSWER.containsAll(schemes)) {
            // libssh2's handshake, openldap.c's bind and smb.c's NEGOTIATE run in the PROTOCONNECT state,
            // whose timer is the connect clock (multi.c's "Operation timed out ... with 0 bytes received")
            long silent = c.maxTimeMs > 0 ? Math.min(shared, c.maxTimeMs) : shared;
            String answer = schemes.size() > 1 ? "protocol's first answer"
                    : schemes.get(0).equals("ldap") ? "LDAP bind" : schemes.get(0).equals("smb") ? "SMB negotiation"
                    : "SSH handshake";
            plan.expect(Situation.SILENT, Budget.ofMillis(tries * silent + waits), (silent == c.maxTimeMs
                    && silent < shared ? "-m from the start of each try" : "the connect clock over the " + answer)
                    + retried + "; exit 28");
        } else {
            plan.expect(Situation.SILENT, stall, how);
        }
    }

    /*
     * Loops rather than streams: the plan is made on every run, and a stream pipeline's first use costs a
     * cold JVM some 60 classes and the lambdas' linkage (1-2 ms of jcurl's start-up).
     */

    /** The URLs of the command line, in order (an -o or a --next may leave an entry without one). */
    private static List<String> urlsOf(CurlConfig c) {
        List<String> urls = new ArrayList<>();
        for (UrlNode node : c.urls) {
            if (node.url != null) {
                urls.add(node.url);
            }
        }
        return urls;
    }

    /** Each scheme those URLs use, once, in their order. */
    private static List<String> schemesOf(CurlConfig c, List<String> urls) {
        List<String> schemes = new ArrayList<>();
        for (String url : urls) {
            String scheme = CurlUrl.schemeOf(url, c.protoDefault);
            if (!schemes.contains(scheme)) {
                schemes.add(scheme);
            }
        }
        return schemes;
    }

    private static boolean anyOf(List<String> schemes, List<String> these) {
        for (String scheme : schemes) {
            if (these.contains(scheme)) {
                return true;
            }
        }
        return false;
    }

    private static String seconds(long ms) {
        String fraction = Long.toString(1000 + ms % 1000).substring(1);
        while (fraction.endsWith("0")) {
            fraction = fraction.substring(0, fraction.length() - 1);
        }
        return fraction.isEmpty() ? Long.toString(ms / 1000) : ms / 1000 + "." + fraction;
    }
}
