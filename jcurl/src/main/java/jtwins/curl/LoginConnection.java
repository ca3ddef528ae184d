package jtwins.curl;

import java.io.IOException;
import java.io.InterruptedIOException;

/**
 * The connection cache's part for a protocol that logs in (FTP, SMTP, POP3, IMAP): a connection is
 * for its scheme, host and port and its login too (those protocols keep no credentials per request),
 * is taken up again with "Re-using existing connection" and the ends it had, and is kept, with
 * what its session remembers, when its transfer leaves it usable.
 */
final class LoginConnection {
    private final ConnectionCache cache;
    private final ConnectionSetup connections;
    private final TransferPulse pulse;
    private final DebugTrace verbose;
    private final TransferInfo info;
    private final CurlUrl url;
    private final String key;

    LoginConnection(ConnectionCache cache, ConnectionSetup connections, TransferPulse pulse, DebugTrace verbose,
                    TransferInfo info, CurlUrl url, String userPassword) throws TransferFailed {
        this.cache = cache;
        this.connections = connections;
        this.pulse = pulse;
        this.verbose = verbose;
        this.info = info;
        this.url = url;
        this.key = connections.key(url, null) + " login " + (userPassword == null ? "" : userPassword);
    }

    /** ConnectionExists(): a kept connection taken up again, on this transfer's clocks; null for none. */
    ConnectionCache.Kept takeUp() throws InterruptedIOException {
        ConnectionCache.Kept taken;
        try {
            taken = cache.acquire(key, false, false, false, verbose, new boolean[1]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("transfer interrupted");
        }
        if (taken != null) {
            taken.wire().rebind(pulse);
            info.connectionId = taken.id();
            info.remoteIp = taken.ends().remoteIp();
            info.remotePort = taken.ends().remotePort();
            info.localIp = taken.ends().localIp();
            info.localPort = taken.ends().localPort();
            verbose.info("Re-using existing connection #" + taken.id() + " with " + taken.shownAs());
            pulse.attached();
        }
        return taken;
    }

    /** multi_done() for a connection that stays: kept with what its session remembers. */
    void keep(Wire control, KeptSession session) {
        cache.done(key, new ConnectionCache.Kept(key, control, info.connectionId, connections.shownAs(url), false,
                new ConnectionCache.Ends(info.remoteIp, info.remotePort, info.localIp, info.localPort), session));
    }

    /** The last words a connection gets before it is closed (QUIT, LOGOUT). */
    interface Goodbye {
        void say() throws IOException, TransferFailed;
    }

    /**
     * Curl_disconnect() for a connection its transfer leaves unusable: the goodbye when one is due
     * (null for none; how it goes changes nothing), the close, the cache told.
     */
    void discard(Wire control, Goodbye goodbye) {
        info.connectionEnds = true;
        if (control != null) {
            try {
                if (goodbye != null) {
                    goodbye.say();
                }
            } catch (IOException | TransferFailed ignored) {
                // the transfer's outcome is decided already
            } finally {
                try {
                    control.close();
                } catch (IOException ignored) {
                    // closed by the server first
                }
            }
        }
        cache.done(key, null);
    }

    /** A failure's failf() said at once, before the goodbye; the error as CurlMain then reports it. */
    TransferFailed saidNow(TransferFailed f) {
        if (f.traced() != null) {
            verbose.info(f.traced());
        }
        return TransferFailed.afterEarlierFailf(f.code(), f.getMessage(), null);
    }
}
