package jtwins.common;

import java.io.IOException;
import java.nio.channels.Selector;

/**
 * The readiness wait under every timer that poll() or select() enforces in an original: wait until
 * some registered channel is ready or the deadline passes. The selector's selected-key set is the
 * answer (empty: timed out); it is cleared first, because Java's select() does not count a key that
 * is still in the set from an earlier wait.
 */
public final class ReadinessWait {
    private ReadinessWait() {
    }

    /** NONE waits as long as it takes; an expired deadline only looks (poll with timeout 0). */
    public static void await(Selector selector, Deadline deadline) throws IOException {
        selector.selectedKeys().clear();
        if (deadline.isNone()) {
            while (selector.selectedKeys().isEmpty()) {
                selector.select();
            }
            return;
        }
        selector.selectNow();
        while (selector.selectedKeys().isEmpty() && !deadline.expired()) {
            selector.select(Math.max(1, deadline.remainingMillisCeil()));
        }
    }
}
