package jtwins.curl;

import java.io.IOException;

/**
 * ssh_connect() or a kept connection: the SSH session an scp:// or sftp:// transfer runs in, taken
 * up from the cache ("Re-using existing connection") or made and logged in; afterwards kept, as
 * ssh_done() leaves it, unless the session is gone. A login that fails closes the connection.
 */
final class SshSetup {
    private final CurlConfig config;
    private final TransferPulse pulse;
    private final DebugTrace verbose;
    private final TransferInfo info;
    private final ConnectionSetup connections;
    private final ConnectionCache cache;
    private LoginConnection kept;

    SshSetup(CurlConfig config, TransferPulse pulse, DebugTrace verbose, TransferInfo info,
             ConnectionSetup connections, ConnectionCache cache) {
        this.config = config;
        this.pulse = pulse;
        this.verbose = verbose;
        this.info = info;
        this.connections = connections;
        this.cache = cache;
    }

    SshConnection open(CurlUrl url, RequestScope scope, BodySink sink, HttpAuth auth, String user, String password)
            throws IOException, TransferFailed {
        kept = new LoginConnection(cache, connections, pulse, verbose, info, url,
                SshConnection.loginKey(config, user, password));
        ConnectionCache.Kept taken = kept.takeUp();
        if (taken != null) {
            SshConnection ssh = (SshConnection) taken.session();
            ssh.takenUp();
            return ssh;
        }
        Wire connection = connections.open(url, null, false, scope, sink, auth);
        try {
            return new SshConnection(connection, new SshLogin(config, pulse, verbose).login(connection, url, user,
                    password));
        } catch (TransferFailed | IOException | RuntimeException e) {
            kept.discard(connection, null);
            throw e;
        }
    }

    /** multi_done() for a transfer that went well: the session kept while it lives. */
    void done(SshConnection ssh) {
        if (ssh.usable()) {
            kept.keep(ssh, ssh);
        } else {
            kept.discard(ssh, null);
        }
    }

    /**
     * A transfer that failed: its failf said at once and the session kept when it still lives (a
     * refused request leaves it good), else closed. Returns what to throw.
     */
    TransferFailed failed(SshConnection ssh, TransferFailed f) {
        if (!ssh.usable()) {
            kept.discard(ssh, null);
            return f;
        }
        TransferFailed said = kept.saidNow(f);
        kept.keep(ssh, ssh);
        info.keptAfterFailure = true;
        return said;
    }
}
