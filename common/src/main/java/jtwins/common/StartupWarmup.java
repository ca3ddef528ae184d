package jtwins.common;

import java.nio.channels.spi.SelectorProvider;
import java.util.concurrent.CountDownLatch;

/**
 * A one-time JDK initialisation every network twin meets, started on a second thread while the main
 * thread parses its command line: the selector provider and the JDK's socket and selector classes
 * (sun.nio.ch.Net loads the net and nio libraries and probes the kernel). It has no effect a user can
 * see; the main thread simply finds it done.
 *
 * Its probes are system calls of their own (sun.nio.ch.Net's static init opens sockets and asks
 * getsockopt() what the kernel supports), so a twin waits for it in {@link #settle()} before its own
 * first socket: under {@code strace -f}, a probe landing inside the twin's accept() or connect() splits
 * that call's line into "unfinished"/"resumed" halves, where nc's one thread prints it whole.
 */
public final class StartupWarmup {
    private static final CountDownLatch DONE = new CountDownLatch(1);
    private static volatile boolean begun;

    private StartupWarmup() {
    }

    public static void begin() {
        begun = true;
        HelperThread.start("warmup", new Warming());
    }

    /** A class rather than a lambda: a lambda's first linkage is start-up time for every twin. */
    private static final class Warming implements Runnable {
        @Override
        public void run() {
            try {
                warm();
            } finally {
                DONE.countDown();
            }
        }
    }

    /** Waits until the warm-up's system calls are over; at once once they are (or if it never began). */
    public static void settle() {
        if (!begun) {
            return;
        }
        boolean interrupted = false;
        while (DONE.getCount() > 0) {
            try {
                DONE.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void warm() {
        // the provider first: on Java 17 its Holder is a run's first lambda, whose linkage brings up the
        // JDK's method-handle machinery (3-4 ms), work the main thread would otherwise do itself at its
        // first socket
        SelectorProvider.provider();
        for (String jdkClass : new String[] {"sun.nio.ch.Net", "sun.nio.ch.SocketChannelImpl", "sun.nio.ch.EPollSelectorImpl"}) {
            try {
                Class.forName(jdkClass, true, null);
            } catch (ClassNotFoundException | LinkageError e) {
                return;
            }
        }
    }
}
