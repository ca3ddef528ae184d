package jtwins.nc;

import jtwins.common.Budget;
import jtwins.common.KernelSynRetries;
import jtwins.common.Mechanism;
import jtwins.common.Phase;
import jtwins.common.Situation;
import jtwins.common.TimeoutPlan;

/** nc's timeouts as data: what -w, -q and the kernel bound, and how Debian's nc enforces each. */
final class NcPlan {
    private NcPlan() {
    }

    static TimeoutPlan build(NcSettings s, NcOptions o) {
        TimeoutPlan.Builder plan = TimeoutPlan.forTool("nc");
        plan.phase(Phase.RESOLVE, Budget.UNLIMITED, "nothing (-w does not bound getaddrinfo)",
                Mechanism.RESOLVER_SCHEDULE, "remote_connect(): getaddrinfo() before any timer");
        if (o.listen) {
            plan.phase(Phase.CONNECT, Budget.UNLIMITED, "nothing (-w has no effect on -l)", Mechanism.NONE,
                    "nc.1: nc will listen forever for a connection");
        } else if (o.udp) {
            plan.phase(Phase.CONNECT, Budget.ofMillis(0), "UDP connect() sends nothing", Mechanism.NONE,
                    "connect() on a datagram socket returns at once");
        } else if (s.timeoutMillis > 0) {
            // the armed timer stays -w's; the kernel may still end the connect first, as nc shows
            int retries = KernelSynRetries.current();
            long kernelMillis = KernelSynRetries.giveUpAfter(retries).toMillis();
            String setBy = "-w " + s.timeoutMillis / 1000 + (kernelMillis < s.timeoutMillis
                    ? ", but net.ipv4.tcp_syn_retries=" + retries + " ends it after " + kernelMillis / 1000
                    + " s first (connect() fails: Connection timed out)" : "");
            plan.phase(Phase.CONNECT, Budget.ofMillis(s.timeoutMillis), setBy,
                    Mechanism.SELECT, "Debian connect-timeout.patch: select() per address, errno left at EINPROGRESS");
        } else {
            int retries = KernelSynRetries.current();
            plan.phase(Phase.CONNECT, Budget.of(KernelSynRetries.giveUpAfter(retries)),
                    "net.ipv4.tcp_syn_retries=" + retries + (s.timeoutMillis == 0 ? " (-w 0 is no timeout)" : ""),
                    Mechanism.KERNEL_SYN_RETRIES, "select() with no timeout until connect() fails with ETIMEDOUT");
        }
        if (s.timeoutMillis >= 0) {
            plan.phase(Phase.IDLE_READ, Budget.ofMillis(s.timeoutMillis), "-w " + s.timeoutMillis / 1000,
                    Mechanism.POLL, "readwrite(): one poll() over stdin, socket and stdout; timeout exits 0");
        } else {
            plan.phase(Phase.IDLE_READ, Budget.UNLIMITED, "nothing (no -w)", Mechanism.NONE,
                    "readwrite(): poll() with no timeout");
        }
        if (s.quitAfterSeconds > 0) {
            plan.phase(Phase.AFTER_STDIN_EOF, Budget.ofSeconds(s.quitAfterSeconds), "-q " + s.quitAfterSeconds,
                    Mechanism.ALARM, "Debian quit-timer.patch: alarm() once stdin and the socket are both done");
        } else {
            plan.phase(Phase.AFTER_STDIN_EOF, s.quitAfterSeconds == 0 ? Budget.ofMillis(0) : Budget.UNLIMITED,
                    s.quitAfterSeconds == 0 ? "-q 0" : "nothing (no -q)", Mechanism.NONE,
                    "readwrite() returns once both inputs are gone");
        }
        if (!o.listen && !o.udp) {
            expect(plan, s);
        }
        if (o.udp && (o.verbose)) {
            int seconds = s.timeoutMillis == -1 ? 3 : s.timeoutMillis / 1000;
            plan.phase(Phase.UDP_PROBE, Budget.ofSeconds(seconds), s.timeoutMillis == -1 ? "UDP_SCAN_TIMEOUT 3" : "-w",
                    Mechanism.NONE, "Debian udp-scan-timeout.patch: one write a second to catch ICMP refusals");
        }
        return plan.build();
    }

    /** A TCP client's end, per situation: one address (a literal); each further address repeats the connect. */
    private static void expect(TimeoutPlan.Builder plan, NcSettings s) {
        long kernelMillis = KernelSynRetries.giveUpAfter(KernelSynRetries.current()).toMillis();
        long connect = s.timeoutMillis > 0 ? Math.min(s.timeoutMillis, kernelMillis) : kernelMillis;
        plan.expect(Situation.REFUSED, Budget.ofMillis(0), "connect() refused at once; exit 1");
        plan.expectPerAddress(Situation.BLACK_HOLE, Budget.ofMillis(connect), connect, (s.timeoutMillis > 0 && s.timeoutMillis <= kernelMillis
                ? "-w's select()" : "the kernel's SYN retries") + " for each address; exit 1");
        if (s.timeoutMillis <= 0 || s.timeoutMillis > kernelMillis) {
            plan.endedByKernel();
        }
        Budget idle = s.timeoutMillis >= 0 ? Budget.ofMillis(s.timeoutMillis) : Budget.UNLIMITED;
        String how = s.timeoutMillis >= 0 ? "-w's poll() in readwrite() after the connect; exit 0" : "never: no -w";
        plan.expect(Situation.SILENT, idle, how);
        plan.expect(Situation.STALLED, idle, how + ", counted from the last byte");
        plan.expectWithResolver(Situation.DNS_LOST, Budget.UNLIMITED, "getaddrinfo() to resolv.conf's schedule; exit 1");
    }
}
