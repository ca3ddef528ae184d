package jtwins.mysql;

import jtwins.common.PhaseTimer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * mysqladmin's endprog(): from the connect on, SIGINT and SIGTERM do not end the client; they set a
 * flag that ends the --sleep loop after the current round, and cut short the sleep under way, as a
 * signal cuts short sleep(3). The JVM's own handlers would exit at once with 130 or 143.
 */
final class Interruption {
    private static final Object WAKE = new Object();
    private static volatile boolean interrupted;
    private static volatile int signals;

    private Interruption() {
    }

    static void install() {
        for (String name : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(name), new Flag());
        }
    }

    /** A class, not a lambda: each run installs it, and a lambda costs the start (ToolMain.Body). */
    private static final class Flag implements SignalHandler {
        @Override
        public void handle(Signal signal) {
            synchronized (WAKE) {
                interrupted = true;
                signals++;
                WAKE.notifyAll();
            }
        }
    }

    static boolean happened() {
        return interrupted;
    }

    /** How many signals came so far: a poll() they interrupted leaves errno at EINTR. */
    static int signals() {
        return signals;
    }

    /** sleep(3) for a timer's length: the time asked for, or less when a signal comes. */
    static void sleep(PhaseTimer timer) {
        sleepNanos(timer.deadline().remainingNanos());
    }

    private static void sleepNanos(long nanos) {
        long end = System.nanoTime() + nanos;
        synchronized (WAKE) {
            boolean signalled = interrupted;
            for (long left = nanos; left > 0 && interrupted == signalled; left = end - System.nanoTime()) {
                try {
                    WAKE.wait(left / 1_000_000, (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
