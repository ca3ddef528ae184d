package jtwins.curl;

import com.jcraft.jsch.ChannelSftp;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * An SSH connection as the connection cache keeps it for the next scp:// or sftp:// URL to the same
 * place with the same login and key files (ssh_config_matches()): the session logged in, and for
 * SFTP the subsystem with the home directory it named. The library reads the connection on a thread
 * of its own, so the cache sees it through this wire, which only says whether the session lives.
 */
final class SshConnection implements KeptSession, Wire {
    private final Wire connection;
    private final SshLogin.LoggedIn ssh;
    private ChannelSftp sftp;
    private String home;
    private boolean reused;

    SshConnection(Wire connection, SshLogin.LoggedIn ssh) {
        this.connection = connection;
        this.ssh = ssh;
    }

    /** What tells one login from another in the cache's key. */
    static String loginKey(CurlConfig config, String user, String password) {
        return user + ":" + password + " key " + config.key + " " + config.pubkey;
    }

    /** Taken up from the cache rather than made for this transfer. */
    boolean reused() {
        return reused;
    }

    void takenUp() {
        reused = true;
    }

    SshLogin.LoggedIn ssh() {
        return ssh;
    }

    ChannelSftp sftp() {
        return sftp;
    }

    String home() {
        return home;
    }

    void sftpStarted(ChannelSftp channel, String homeDirectory) {
        this.sftp = channel;
        this.home = homeDirectory;
    }

    /** Whether the session is still up for another transfer: no timer or read ended it. */
    boolean usable() {
        return ssh.wire().failure() == null && ssh.session().isConnected();
    }

    @Override
    public void farewell() {
        if (sftp != null) {
            sftp.disconnect();
        }
        ssh.close();
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        throw new IOException("the SSH session reads its own connection");
    }

    @Override
    public boolean awaitReadable(long until) throws IOException {
        throw new IOException("the SSH session reads its own connection");
    }

    @Override
    public void write(ByteBuffer src) throws IOException {
        throw new IOException("the SSH session writes its own connection");
    }

    @Override
    public void rebind(TransferPulse pulse) {
        connection.rebind(pulse);
    }

    @Override
    public boolean seemsDead() {
        return !ssh.session().isConnected();
    }

    @Override
    public void close() {
        farewell();
    }
}
