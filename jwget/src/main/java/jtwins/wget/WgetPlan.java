package jtwins.wget;

import java.time.Duration;
import jtwins.common.Budget;
import jtwins.common.KernelSynRetries;
import jtwins.common.Mechanism;
import jtwins.common.Phase;
import jtwins.common.Situation;
import jtwins.common.TimeoutPlan;
import jtwins.common.WaitSchedule;

/**
 * wget's timeouts as data, from the same settings jwget runs with: --dns-timeout around the lookup
 * (the resolver's own schedule may end it first), --connect-timeout for each address in turn (the
 * kernel's SYN retries may end it first), --read-timeout before every read and write (900 s by
 * default, the TLS handshake included), no bound on the whole, and --tries with the linear back-off.
 * jwget arms its alarms and select() timeouts from this plan; each budget is the timer it arms, and
 * a row whose mechanism is the kernel's or the resolver's arms none.
 */
final class WgetPlan {
    private WgetPlan() {
    }

    static TimeoutPlan build(WgetSettings s) {
        TimeoutPlan.Builder plan = TimeoutPlan.forTool("wget");
        double dns = s.real("dnstimeout");
        plan.phase(Phase.RESOLVE, dns > 0 ? budget(dns) : Budget.UNLIMITED,
                dns > 0 ? "--dns-timeout " + secs(dns) + " (or -T), unless resolv.conf's schedule ends the lookup first"
                        : "nothing: only the resolver's own schedule (resolv.conf timeout: x attempts: x servers)",
                dns > 0 ? Mechanism.SETITIMER : Mechanism.RESOLVER_SCHEDULE,
                "host.c getaddrinfo_with_timeout(): \"failed: Connection timed out.\" when the alarm ends it,"
                        + " the resolver's \"Temporary failure in name resolution.\" when its schedule does; exit 4");
        double connect = s.real("connecttimeout");
        int retries = KernelSynRetries.current();
        long kernelMs = KernelSynRetries.giveUpAfter(retries).toMillis();
        long connectMs = connect > 0 ? Math.min((long) (connect * 1000), kernelMs) : kernelMs;
        String connectSetBy = connect > 0
                ? "--connect-timeout " + secs(connect) + (kernelMs < connect * 1000 ? ", but net.ipv4.tcp_syn_retries="
                        + retries + " gives up after " + kernelMs / 1000 + " s first" : "") + ", for each address in turn"
                : "nothing: net.ipv4.tcp_syn_retries=" + retries + " gives up after " + kernelMs / 1000
                        + " s, for each address in turn";
        plan.phase(Phase.CONNECT, connect > 0 ? budget(connect) : Budget.ofMillis(kernelMs), connectSetBy,
                connect > 0 ? Mechanism.SETITIMER : Mechanism.KERNEL_SYN_RETRIES,
                "connect.c connect_with_timeout(): a blocking connect() the alarm interrupts,"
                        + " \"failed: Connection timed out.\"; no happy eyeballs");
        double read = s.real("readtimeout");
        String readSetBy = read > 0 ? (read == 900 ? "wget's default read timeout (900 s)" : "--read-timeout " + secs(read)
                + " (or -T)") : "nothing (--read-timeout 0)";
        plan.phase(Phase.TLS, read > 0 ? budget(read) : Budget.UNLIMITED, readSetBy + ", for each read of the handshake",
                Mechanism.SELECT, "gnutls.c: \"Unable to establish SSL connection.\", exit 4");
        plan.phase(Phase.IDLE_READ, read > 0 ? budget(read) : Budget.UNLIMITED, readSetBy + ", again before every read",
                Mechanism.SELECT, "connect.c fd_read(): \"Read error (Connection timed out) in headers.\" or"
                        + " \"Read error at byte N/M (Connection timed out).\"; the partial file stays");
        plan.phase(Phase.IDLE_WRITE, read > 0 ? budget(read) : Budget.UNLIMITED, readSetBy + ", before every write too",
                Mechanism.SELECT, "connect.c fd_write()");
        plan.phase(Phase.TOTAL, Budget.UNLIMITED, "nothing: wget has no overall timeout"
                        + (s.bool("recursive") || s.bool("pagerequisites")
                        ? "; with -r or -p each page and each robots.txt is a retrieval of its own, under these timers" : ""),
                Mechanism.NONE, "a server that trickles a byte now and then holds wget forever");
        double wait = s.real("wait");
        if (wait > 0) {
            plan.phase(Phase.PAGE_WAIT, budget(s.bool("randomwait") ? wait * 1.5 : wait), "--wait " + secs(wait)
                    + (s.bool("randomwait") ? " with --random-wait: 0.5 to 1.5 times it, at random" : "")
                    + ", before each retrieval after the first (each URL, each page of -r, robots.txt)",
                    Mechanism.SLEEP, "retr.c sleep_between_retrievals(); a retry waits --waitretry's back-off instead");
        }
        int tries = s.number("tries");
        WaitSchedule waits = waits(s);
        plan.waits(waits);
        expect(plan, s, dns, connectMs, read, tries, waits);
        if (tries == 0) {
            plan.phase(Phase.RETRY_WAIT, Budget.UNLIMITED, "--tries inf: tries forever", Mechanism.SLEEP,
                    "retr.c sleep_between_retrievals()");
        } else if (tries > 1) {
            StringBuilder said = new StringBuilder();
            for (int count = 2; count <= tries; count++) {
                if (count <= 4 || count == tries) {
                    said.append(count == 2 ? "" : count == tries && tries > 5 ? " + ... + " : " + ")
                            .append(secs(waits.nanos(count - 1) / 1e9));
                }
            }
            plan.phase(Phase.RETRY_WAIT, Budget.of(Duration.ofNanos(waits.totalNanos(tries - 1))), "--tries " + tries
                    + (tries == 20 ? " (the default unless given)" : "") + ": " + (tries - 1) + " waits of " + said
                    + " s (--waitretry " + secs(s.real("waitretry")) + ")",
                    Mechanism.SLEEP, "retr.c sleep_between_retrievals(); timeouts, read errors and empty replies are"
                            + " retried; a refused connect only with --retry-connrefused, a failed lookup not at all");
        }
        return plan.build();
    }

    /** End to end on one address: each try, the waits between them; a failed lookup is not retried. */
    private static void expect(TimeoutPlan.Builder plan, WgetSettings s, double dns, long connectMs, double read,
                               int tries, WaitSchedule schedule) {
        double waits = tries > 1 ? schedule.totalNanos(tries - 1) / 1e9 : 0;
        String retried = tries > 1 ? ", " + tries + " tries and " + secs(waits) + " s of waits" : "";
        boolean refusedRetried = s.bool("retryconnrefused");
        plan.expect(Situation.REFUSED, tries == 0 && refusedRetried ? Budget.UNLIMITED
                : budget(refusedRetried ? waits : 0), "connect() refused" + (refusedRetried ? retried
                : ", not retried") + "; exit 4");
        plan.expectPerAddress(Situation.BLACK_HOLE, tries == 0 ? Budget.UNLIMITED : budget(tries * connectMs / 1000.0 + waits),
                (long) tries * connectMs,
                "the connect bound for each try" + retried + "; exit 4");
        if (connectMs == KernelSynRetries.giveUpAfter(KernelSynRetries.current()).toMillis()) {
            plan.endedByKernel();
        }
        Budget idle = tries == 0 || read <= 0 ? Budget.UNLIMITED : budget(tries * read + waits);
        plan.expect(Situation.SILENT, idle, "--read-timeout before every read" + retried + "; exit 4");
        plan.expect(Situation.STALLED, idle, "--read-timeout from the last byte" + retried
                + "; exit 4, the partial file stays");
        plan.expectWithResolver(Situation.DNS_LOST, dns > 0 ? budget(dns) : Budget.UNLIMITED,
                "--dns-timeout's alarm or resolv.conf's schedule, whichever ends first; not retried; exit 4");
    }

    /**
     * sleep_between_retrievals() on a retry (count > 1): count-1 seconds while count <= --waitretry,
     * then --waitretry; with --waitretry 0, --wait. Both are the plan's, as the twin sleeps them.
     */
    private static WaitSchedule waits(WgetSettings s) {
        double waitretry = s.real("waitretry");
        return waitretry > 0 ? WaitSchedule.linearSeconds((long) (waitretry * 1e9))
                : WaitSchedule.fixed((long) (s.real("wait") * 1e9));
    }

    private static Budget budget(double seconds) {
        return Budget.of(Duration.ofNanos((long) (seconds * 1e9)));
    }

    private static String secs(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }
}
