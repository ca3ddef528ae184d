package jtwins.rsync;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * rsync's sig_int(): SIGINT, SIGTERM and SIGHUP end the run with code 20 and log.c's line, where the
 * JVM's own handlers would exit with 130 or 143 and say nothing.
 */
final class SignalExit {
    private SignalExit() {
    }

    static void install() {
        for (String name : new String[] {"INT", "TERM", "HUP"}) {
            Signal.handle(new Signal(name), new Exit());
        }
    }

    /** A class, not a lambda: each run installs it, and a lambda costs the start (ToolMain.Body). */
    private static final class Exit implements SignalHandler {
        @Override
        public void handle(Signal signal) {
            System.out.flush();
            System.err.println("rsync error: received SIGINT, SIGTERM, or SIGHUP (code 20) at rsync.c(874) [Receiver="
                    + RsyncError.VERSION + "]");
            System.err.flush();
            Runtime.getRuntime().halt(20);
        }
    }
}
