package jtwins.mysql;

import java.time.Duration;
import jtwins.common.Budget;
import jtwins.common.KernelSynRetries;
import jtwins.common.Mechanism;
import jtwins.common.Phase;
import jtwins.common.Situation;
import jtwins.common.TimeoutPlan;
import jtwins.common.WaitSchedule;

/**
 * mysqladmin's timeouts as data: what `jtwins explain` prints and what jmysqlping arms (ServerConnect's
 * lookup bound and first poll(), Wire's read bound, --wait's sleeps). Each budget is the timer armed;
 * a row whose mechanism is the kernel's arms none.
 */
final class AdminPlan {
    /** Connector/C's DNS_TIMEOUT: how long EAI_AGAIN is retried when no connect timeout is set. */
    static final long DNS_TIMEOUT_SECONDS = 30;

    private AdminPlan() {
    }

    static TimeoutPlan build(AdminSettings s) {
        long n = s.number("connect_timeout");
        String given = n == 43200 ? "mysqladmin's default --connect-timeout (43200 s, 12 h)" : "--connect-timeout=" + n;
        int retries = KernelSynRetries.current();
        Duration kernel = KernelSynRetries.giveUpAfter(retries);
        TimeoutPlan.Builder plan = TimeoutPlan.forTool("mysqladmin");
        long dns = n != 0 ? n : DNS_TIMEOUT_SECONDS;
        plan.phase(Phase.RESOLVE, Budget.ofSeconds(dns), (n != 0 ? given : "DNS_TIMEOUT (30 s) as --connect-timeout=0")
                        + ", in whole seconds of time(); each lookup runs to resolv.conf's schedule, and one that starts"
                        + " before the bound is not cut",
                Mechanism.RESOLVER_SCHEDULE, "pvio_socket.c: getaddrinfo() again on EAI_AGAIN after a sleep doubling"
                        + " from 1 us; then 2005 \"Unknown server host 'H' (-3)\"");
        Budget first = n == 0 || kernel.getSeconds() < n ? Budget.of(kernel) : Budget.ofSeconds(n);
        plan.phase(Phase.CONNECT, n == 0 ? Budget.of(kernel) : Budget.ofSeconds(n), (n == 0 ? "nothing (poll() waits for ever)" : given)
                        + "; net.ipv4.tcp_syn_retries=" + retries + " fails the connect after " + kernel.getSeconds()
                        + " s" + (n != 0 && kernel.getSeconds() < n ? " first" : "") + "; the first address only",
                n == 0 ? Mechanism.KERNEL_SYN_RETRIES : Mechanism.POLL,
                "pvio_socket_internal_connect(): poll(POLLOUT); \"Can't connect to server on 'H' (110)\" when it times"
                        + " out, (115) when the kernel gives up or the port is refused");
        plan.phase(Phase.CONNECT, Budget.of(kernel), "net.ipv4.tcp_syn_retries=" + retries + "; --connect-timeout does"
                        + " not reach it", Mechanism.KERNEL_SYN_RETRIES,
                "every later address (localhost: 127.0.0.1 after ::1) gets a blocking connect(): the non-blocking mode"
                        + " is cached per connection; its own errno, (110) or (111)");
        Budget perRead = n == 0 ? Budget.UNLIMITED : Budget.ofSeconds(n);
        String readSetBy = (n == 0 ? "nothing" : given) + ", for each read";
        plan.phase(Phase.GREETING, perRead, readSetBy, n == 0 ? Mechanism.NONE : Mechanism.POLL,
                "\"Lost connection to server at 'handshake: reading initial communication packet', system error: 110\"");
        plan.phase(Phase.TLS, perRead, readSetBy + " of the handshake (the client's --ssl is on by default)",
                n == 0 ? Mechanism.NONE : Mechanism.POLL, "the login's reads too: 'reading authorization packet'");
        plan.phase(Phase.IDLE_READ, Budget.UNLIMITED, "nothing: read_timeout is 0 once logged in",
                Mechanism.NONE, "a server that takes the ping and never answers holds mysqladmin for ever");
        plan.waits(WaitSchedule.fixed(5_000_000_000L));
        if (s.wait != 0) {
            plan.phase(Phase.RETRY_WAIT, Budget.ofSeconds(5), s.wait < 0 ? "--wait: tries for ever" : "--wait=" + s.wait
                            + ": " + s.wait + " more tr" + (s.wait == 1 ? "y" : "ies") + " after a refused or timed-out connect",
                    Mechanism.SLEEP, "sql_connect(): sleep(5) between tries, \"Waiting for MariaDB server to answer\"");
        }
        plan.phase(Phase.TOTAL, Budget.UNLIMITED, "nothing: mysqladmin has no overall timeout", Mechanism.NONE,
                "the phases above, one after the other");
        // end to end on one address (a literal, or the socket); --wait tries again after 5 s, that many times
        long tries = s.wait < 0 ? -1 : 1 + s.wait;
        long sleeps = s.wait < 0 ? 0 : s.wait * 5000L;
        String retried = s.wait > 0 ? ", " + tries + " tries and " + s.wait * 5 + " s of sleeps" : "";
        plan.expect(Situation.REFUSED, tries < 0 ? Budget.UNLIMITED : Budget.ofMillis(sleeps),
                "the connect refused at once" + retried + "; exit 1");
        plan.expectPerAddress(Situation.BLACK_HOLE, tries < 0 ? Budget.UNLIMITED
                : Budget.ofMillis(tries * first.duration().toMillis() + sleeps), Math.max(0, tries) * kernel.toMillis(),
                "the first address's poll() or the kernel, whichever ends first, the later ones' blocking connects"
                        + " the kernel's" + retried + "; exit 1");
        if (n == 0 || kernel.getSeconds() < n) {
            plan.endedByKernel();
        }
        plan.expect(Situation.SILENT, perRead, n == 0 ? "never" : "--connect-timeout's bound on the greeting; exit 1");
        plan.expect(Situation.STALLED, perRead, n == 0 ? "never" : "the same bound on each read of the handshake;"
                + " none once logged in");
        return plan.build();
    }
}
