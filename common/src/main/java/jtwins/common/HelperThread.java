package jtwins.common;

import java.util.concurrent.locks.LockSupport;

/**
 * A daemon thread for a twin's side work (stdin's pump, a native socket's reader, the start-up
 * warm-up) that, its work done, stays parked until the process ends instead of exiting. Under
 * {@code strace -f} a thread's exit prints "+++ exited" wherever it falls, and one falling inside the
 * main thread's accept() or recvfrom() splits that call's line into "unfinished"/"resumed" halves,
 * where the single-threaded original prints it whole; the process's own end is after every call.
 */
public final class HelperThread {
    private HelperThread() {
    }

    public static Thread start(String name, Runnable work) {
        Thread thread = new Thread(new ThenParked(work), name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** A class rather than a lambda: a lambda's first linkage is start-up time for every twin. */
    private static final class ThenParked implements Runnable {
        private final Runnable work;

        ThenParked(Runnable work) {
            this.work = work;
        }

        @Override
        public void run() {
            try {
                work.run();
            } finally {
                while (true) {
                    // an interrupt (stdin's pump is interrupted before the exit) must not make this spin
                    Thread.interrupted();
                    LockSupport.park();
                }
            }
        }
    }
}
