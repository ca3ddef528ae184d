package jtwins.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How long the kernel keeps retransmitting a SYN before connect() fails with ETIMEDOUT: the bound on
 * every connect that no option bounds. The first retransmission waits 1 s (TCP_TIMEOUT_INIT), each
 * further one twice as long, and the last wait runs out before the error.
 */
public final class KernelSynRetries {
    private static final Path SYSCTL = Path.of("/proc/sys/net/ipv4/tcp_syn_retries");

    private KernelSynRetries() {
    }

    public static int current() {
        try {
            return Integer.parseInt(Files.readString(SYSCTL).trim());
        } catch (IOException | NumberFormatException e) {
            return 6;
        }
    }

    /** 1 + 2 + 4 + ... over retries + 1 waits: 3 s for 1 retry, 127 s for the default 6. */
    public static Duration giveUpAfter(int retries) {
        return Duration.ofSeconds((1L << (retries + 1)) - 1);
    }
}
