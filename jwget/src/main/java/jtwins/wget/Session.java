package jtwins.wget;

import java.io.IOException;
import java.io.OutputStream;
import jtwins.common.TimeoutPlan;

/**
 * What lasts for the whole run: the settings and the timeout plan made from them, the log, the DNS cache, the -O stream, the kept-alive
 * connection and the totals of the closing "FINISHED" lines.
 */
final class Session {
    final String program;
    final WgetSettings settings;
    final TimeoutPlan plan;
    final WgetLog log;
    final HostLookup lookup;
    final Connector connector;
    final OutputStream outputDocument;
    final boolean outputToStdout;
    final long startNanos = System.nanoTime();
    long totalDownloaded;
    double totalDownloadTime;
    int downloadedFiles;
    /** pconn: the connection kept alive after a complete response, and where it goes */
    Wire kept;
    String keptHost;
    int keptPort;
    boolean firstRetrieval = true;
    final TlsVerification tls;

    Session(String program, WgetSettings settings, TimeoutPlan plan, WgetLog log, HostLookup lookup, Connector connector,
            OutputStream outputDocument, boolean outputToStdout) {
        this.program = program;
        this.settings = settings;
        this.plan = plan;
        this.log = log;
        this.lookup = lookup;
        this.connector = connector;
        this.outputDocument = outputDocument;
        this.outputToStdout = outputToStdout;
        this.tls = new TlsVerification(log, settings.bool("checkcertificate"), settings.string("cacertificate"));
    }

    Wire takeKept(String host, int port) throws IOException {
        Wire w = kept;
        kept = null;
        if (w == null) {
            return null;
        }
        if (host.equals(keptHost) && port == keptPort && w.stillOpen()) {
            return w;
        }
        w.close();
        return null;
    }

    void keep(Wire wire, String host, int port) {
        kept = wire;
        keptHost = host;
        keptPort = port;
    }
}
