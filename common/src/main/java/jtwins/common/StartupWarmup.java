package jtwins.common;

import java.security.Security;

/**
 * A one-time JDK initialisation every network twin meets, started on a second thread while the main
 * thread parses its command line: the security properties a socket exception's message consults (the
 * java.security file, 3 ms of a 120 ms run measured with -Xlog:class+load). It has no effect a user
 * can see; the main thread simply finds it done.
 */
public final class StartupWarmup {
    private StartupWarmup() {
    }

    public static void begin() {
        Thread warm = new Thread(StartupWarmup::warm, "warmup");
        warm.setDaemon(true);
        warm.start();
    }

    private static void warm() {
        Security.getProperty("jdk.includeInExceptions");
        for (String jdkClass : new String[] {"sun.nio.ch.Net", "sun.nio.ch.SocketChannelImpl", "sun.nio.ch.EPollSelectorImpl"}) {
            try {
                Class.forName(jdkClass, true, null);
            } catch (ClassNotFoundException | LinkageError e) {
                return;
            }
        }
    }
}
