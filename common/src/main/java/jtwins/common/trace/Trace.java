package jtwins.common.trace;

import java.nio.file.Path;
import jtwins.common.nativecall.TcpInfo;

/**
 * The one listener of this run: an EventLog into the file JTWINS_TRACE names (set by `jtwins trace`),
 * or NONE. Looked up once, at the first report.
 */
public final class Trace {
    public static final String ENVIRONMENT = "JTWINS_TRACE";

    private Trace() {
    }

    private static final class Holder {
        static final TraceListener LISTENER = open();

        private static TraceListener open() {
            String file = System.getenv(ENVIRONMENT);
            if (file == null || file.isEmpty()) {
                return TraceListener.NONE;
            }
            TraceListener log = EventLog.open(Path.of(file));
            if (log == null) {
                return TraceListener.NONE;
            }
            // jnr's first call costs 20-100 ms: paid here, before the network, so the first SYN's moment
            // is reported as it happens rather than after the binding loads
            TcpInfo.prepare();
            return log;
        }
    }

    public static TraceListener listener() {
        return Holder.LISTENER;
    }

    public static boolean listening() {
        return Holder.LISTENER.listening();
    }
}
