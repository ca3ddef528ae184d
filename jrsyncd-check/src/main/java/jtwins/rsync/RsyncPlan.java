package jtwins.rsync;

import java.time.Duration;
import jtwins.common.Budget;
import jtwins.common.KernelSynRetries;
import jtwins.common.Mechanism;
import jtwins.common.Phase;
import jtwins.common.Situation;
import jtwins.common.TimeoutPlan;

/**
 * rsync's timeouts for a daemon source as data: what `jtwins explain` prints and what jrsyncd-check
 * arms (DaemonConnect's alarm, DaemonSocket's waits). CONNECT and IO_WAIT are the timers armed (a
 * kernel CONNECT row arms none); GREETING and IDLE_READ are where those waits add up to a give-up,
 * as check_timeout() compares the clock after each.
 */
final class RsyncPlan {
    private RsyncPlan() {
    }

    /** select_timeout: --timeout's allowed lull, (t+1)/2 s, at most SELECT_TIMEOUT's 60 s, which is also the wait without one. */
    static long selectSeconds(int timeout) {
        return timeout > 0 ? Math.min(60, (timeout + 1) / 2) : 60;
    }

    /**
     * When a silent daemon is given up on, counted from the connect: the first timed-out select()
     * only notes its moment as the last input, then each lull is added until the timeout is reached.
     */
    static long giveUpBeforeAnyDataSeconds(int timeout) {
        long s = selectSeconds(timeout);
        return ((timeout + s - 1) / s + 1) * s;
    }

    /** When the binary protocol is given up on, counted from the last byte that came or went. */
    static long giveUpAfterLastIoSeconds(int timeout) {
        long s = selectSeconds(timeout);
        return (timeout + s - 1) / s * s;
    }

    static TimeoutPlan build(RsyncSettings s) {
        int retries = KernelSynRetries.current();
        Duration kernel = KernelSynRetries.giveUpAfter(retries);
        TimeoutPlan.Builder plan = TimeoutPlan.forTool("rsync");
        plan.phase(Phase.RESOLVE, Budget.UNLIMITED, "nothing: neither --contimeout nor --timeout bounds getaddrinfo()",
                Mechanism.RESOLVER_SCHEDULE, "socket.c open_socket_out(): \"rsync: getaddrinfo: H PORT: ...\", code 10");
        boolean alarmFirst = s.contimeout > 0 && s.contimeout < kernel.getSeconds();
        plan.phase(Phase.CONNECT, s.contimeout > 0 ? Budget.ofSeconds(s.contimeout) : Budget.of(kernel),
                (s.contimeout > 0 ? "--contimeout=" + s.contimeout + " for each address" : "nothing (--timeout does not"
                        + " cover the connect)") + "; net.ipv4.tcp_syn_retries=" + retries + " fails a connect after "
                        + kernel.getSeconds() + " s",
                s.contimeout > 0 ? Mechanism.ALARM : Mechanism.KERNEL_SYN_RETRIES,
                "a non-blocking connect() polled every 100 ms (3.5.0; 3.2.7 blocked in connect()); alarm() ends the"
                        + " whole run with code 35 at once, a failed address goes on to the next and is reported at the"
                        + " end (code 10)");
        plan.phase(Phase.IO_WAIT, Budget.ofSeconds(selectSeconds(s.timeout)), s.timeout > 0 ? "--timeout=" + s.timeout
                        + ": (t+1)/2 s, at most 60" : "SELECT_TIMEOUT (60 s) without --timeout", Mechanism.POLL,
                "io.c select_timeout: every wait for the socket; check_timeout() after each that times out");
        if (s.timeout > 0) {
            long lull = selectSeconds(s.timeout);
            plan.phase(Phase.GREETING, Budget.ofSeconds(giveUpBeforeAnyDataSeconds(s.timeout)), "--timeout=" + s.timeout
                            + ": a wait of " + lull + " s at a time (3.5.0 polls, 3.2.7 selected); the first that times"
                            + " out only notes the time, the check counts whole seconds of time()",
                    Mechanism.POLL, "io.c check_timeout(): \"[Receiver] io timeout after N seconds -- exiting\", code 30;"
                            + " the greeting and module lines do not move the clock");
            plan.phase(Phase.IDLE_READ, Budget.ofSeconds(giveUpAfterLastIoSeconds(s.timeout)), "--timeout=" + s.timeout
                            + ", from the last byte of the file list's exchange, in steps of " + lull + " s",
                    Mechanism.POLL, "perform_io(): each read and write moves the clock");
        } else {
            plan.phase(Phase.GREETING, Budget.UNLIMITED, "nothing: without --timeout each wait is 60 s,"
                    + " for ever", Mechanism.NONE, "a daemon that accepts and never greets holds rsync for ever");
            plan.phase(Phase.IDLE_READ, Budget.UNLIMITED, "nothing", Mechanism.NONE, "the same in the file list");
        }
        plan.phase(Phase.TOTAL, Budget.UNLIMITED, "nothing: rsync has no overall timeout here (--stop-after is a"
                + " transfer's)", Mechanism.NONE, "the phases above, one after the other");
        plan.expect(Situation.REFUSED, Budget.ofMillis(0), s.contimeout < 0 ? "code 35 at the first failed connect"
                : "connect() refused; code 10");
        plan.expectPerAddress(Situation.BLACK_HOLE, alarmFirst ? Budget.ofSeconds(s.contimeout) : Budget.of(kernel),
                alarmFirst ? 0 : kernel.toMillis(), alarmFirst
                ? "--contimeout's alarm, once for the whole run; code 35" : "the kernel's SYN retries for each address; code 10");
        if (!alarmFirst) {
            plan.endedByKernel();
        }
        Budget silent = s.timeout > 0 ? Budget.ofSeconds(giveUpBeforeAnyDataSeconds(s.timeout)) : Budget.UNLIMITED;
        plan.expect(Situation.SILENT, silent, s.timeout > 0 ? "--timeout's checks every " + selectSeconds(s.timeout)
                + " s, the first only noting the time; code 30" : "never: no --timeout");
        plan.expect(Situation.STALLED, s.timeout > 0 ? Budget.ofSeconds(giveUpAfterLastIoSeconds(s.timeout))
                : Budget.UNLIMITED, s.timeout > 0 ? "--timeout from the last I/O, in steps of " + selectSeconds(s.timeout)
                + " s; code 30" : "never: no --timeout");
        plan.expectWithResolver(Situation.DNS_LOST, Budget.UNLIMITED, "getaddrinfo() to resolv.conf's schedule; code 10");
        return plan.build();
    }
}
