package jtwins.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import jtwins.common.process.SmallFile;

/**
 * How long the kernel keeps retransmitting a SYN before connect() fails with ETIMEDOUT: the bound on
 * every connect that no option bounds. tcp_write_timeout() gives up at the first retransmission
 * timer that expires at or past tcp_model_timeout()'s bound, (2^(retries+1) - 1) s. The timers start
 * at 1 s (TCP_TIMEOUT_INIT); since Linux 6.5 the first net.ipv4.tcp_syn_linear_timeouts
 * retransmissions keep that 1 s before the doubling begins, so the give-up can come later than the
 * bound: measured here (6.18, linear 4) at 3, 7 and 19 s for 1, 2 and 3 retries, where an older
 * kernel gives up at 3, 7 and 15.
 */
public final class KernelSynRetries {
    private static final Path SYSCTL = Path.of("/proc/sys/net/ipv4/tcp_syn_retries");
    private static final Path LINEAR = Path.of("/proc/sys/net/ipv4/tcp_syn_linear_timeouts");

    private KernelSynRetries() {
    }

    public static int current() {
        return read(SYSCTL, 6);
    }

    /** net.ipv4.tcp_syn_linear_timeouts, 0 on a kernel without it. */
    public static int linearTimeouts() {
        return read(LINEAR, 0);
    }

    /** This kernel's give-up for so many retries. */
    public static Duration giveUpAfter(int retries) {
        return giveUpAfter(retries, linearTimeouts());
    }

    /** The first timer expiry at or past the model's bound: 3 s for 1 retry, 127 s for 6 without linear timeouts. */
    public static Duration giveUpAfter(int retries, int linear) {
        long boundMillis = ((1L << (retries + 1)) - 1) * 1000;
        long at = 0;
        long timer = 1000;
        for (int sent = 1; ; sent++) {
            at += timer;
            if (at >= boundMillis) {
                return Duration.ofMillis(at);
            }
            // the timer armed after this retransmission: 1 s while linear, then doubled
            if (sent > linear) {
                timer *= 2;
            }
        }
    }

    private static int read(Path sysctl, int otherwise) {
        try {
            return Integer.parseInt(SmallFile.text(sysctl, StandardCharsets.UTF_8).trim());
        } catch (IOException | NumberFormatException e) {
            return otherwise;
        }
    }
}
