package jtwins.curl;

import com.jcraft.jsch.HostKey;
import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Logger;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.UIKeyboardInteractive;
import com.jcraft.jsch.UserInfo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * lib/vssh/libssh2.c's connect phase, SSH_INIT to SSH_AUTH_DONE, on a connection already made: the
 * host key type a known_hosts entry asks for, the handshake, the host key checked (--hostpubsha256,
 * --hostpubmd5, else ~/.ssh/known_hosts unless -k), then the user authenticated as curl tries it:
 * the key file (--key, else ~/.ssh/id_rsa or id_dsa), the password, (the agent), keyboard-interactive.
 */
final class SshLogin {
    /** libssh2 1.10's host key preference, which picks the key a server with several shows. */
    private static final String HOST_KEY_ORDER = "ecdsa-sha2-nistp256,ecdsa-sha2-nistp384,ecdsa-sha2-nistp521,"
            + "ssh-ed25519,rsa-sha2-512,rsa-sha2-256,ssh-rsa";
    /**
     * libssh2 1.10's key exchanges, ciphers and MACs as it offers them with OpenSSL, so the server
     * chooses what it would choose for curl (and the library checks only the two it may lack).
     */
    private static final String KEX = "curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp256,"
            + "ecdh-sha2-nistp384,ecdh-sha2-nistp521,diffie-hellman-group-exchange-sha256,"
            + "diffie-hellman-group16-sha512,diffie-hellman-group18-sha512,diffie-hellman-group14-sha256,"
            + "diffie-hellman-group14-sha1,diffie-hellman-group1-sha1,diffie-hellman-group-exchange-sha1";
    private static final String CIPHERS = "aes128-ctr,aes192-ctr,aes256-ctr,aes256-cbc,aes192-cbc,aes128-cbc,3des-cbc";
    private static final String MACS = "hmac-sha2-256,hmac-sha2-512,hmac-sha1,hmac-sha1-96,hmac-md5,hmac-md5-96";

    private final CurlConfig config;
    private final DebugTrace verbose;
    private final TransferPulse pulse;

    SshLogin(CurlConfig config, TransferPulse pulse, DebugTrace verbose) {
        this.config = config;
        this.pulse = pulse;
        this.verbose = verbose;
    }

    /** An SSH session logged in over the wire; close() ends it and the connection. */
    record LoggedIn(Session session, SshWire wire) implements AutoCloseable {
        @Override
        public void close() {
            session.disconnect();
            wire.close();
        }
    }

    LoggedIn login(Wire connection, CurlUrl url, String user, String password) throws IOException, TransferFailed {
        SshWire wire = new SshWire(connection, pulse);
        Path knownHostsFile = config.insecure ? null : CurlrcLocation.find(System.getenv(), ".ssh/known_hosts");
        SshKnownHosts knownHosts = null;
        if (knownHostsFile != null) {
            try {
                knownHosts = SshKnownHosts.read(knownHostsFile.toString());
            } catch (IOException e) {
                verbose.info("Failed to read known hosts from " + knownHostsFile);
            }
        }
        JSch jsch = new JSch();
        Session session;
        try {
            session = jsch.getSession(user == null ? "" : user, url.host(), url.port());
        } catch (JSchException e) {
            throw new TransferFailed(CurlCode.FAILED_INIT, "Failure initialising ssh session");
        }
        session.setProxy(wire);
        session.setDaemonThread(true);
        session.setConfig("StrictHostKeyChecking", "no");
        session.setConfig("prefer_known_host_key_types", "no");
        session.setConfig("userauth.none", SshAuthList.NAME);
        session.setConfig("server_host_key", forcedKeyType(knownHosts, url));
        session.setConfig("kex", KEX);
        session.setConfig("CheckKexes", "curve25519-sha256,curve25519-sha256@libssh.org");
        for (String direction : new String[] {"c2s", "s2c"}) {
            session.setConfig("cipher." + direction, CIPHERS);
            session.setConfig("mac." + direction, MACS);
        }
        session.setConfig("CheckCiphers", "");
        session.setConfig("CheckMacs", "");
        if (config.sshCompression) {
            session.setConfig("compression.s2c", "zlib@openssh.com,zlib,none");
            session.setConfig("compression.c2s", "zlib@openssh.com,zlib,none");
        }
        HostCheck check = new HostCheck(knownHosts, url);
        session.setHostKeyRepository(check);
        String secret = password == null ? "" : password;
        session.setPassword(secret);
        session.setUserInfo(new KeyboardAnswers(secret));
        Authentication auth = new Authentication(jsch);
        session.setConfig("PreferredAuthentications", auth.preferred());
        session.setLogger(auth);
        SshAuthList.listenOnThisThread(auth::methodsListed);
        try {
            session.connect();
        } catch (HostRefused refused) {
            throw refused.failure;
        } catch (JSchException e) {
            if (wire.failure() != null) {
                throw wire.failure();
            }
            if (auth.listed) {
                auth.failed();
                throw new TransferFailed(CurlCode.LOGIN_DENIED, "Authentication failure");
            }
            throw handshakeFailure(e);
        } finally {
            SshAuthList.listenOnThisThread(null);
        }
        verbose.info("Authentication complete");
        wire.loggedIn();
        return new LoggedIn(session, wire);
    }

    /** libssh2's words for a session that could not start: 2, CURLE_FAILED_INIT. */
    private static TransferFailed handshakeFailure(JSchException e) {
        String text = String.valueOf(e.getMessage());
        // the peer's end of stream is LIBSSH2_ERROR_SOCKET_DISCONNECT, a failed recv() LIBSSH2_ERROR_SOCKET_RECV
        String said = text.startsWith("connection is closed") ? "-13, Failed getting banner"
                : e.getCause() instanceof IOException ? "-43, Failed getting banner"
                : "-5, Unable to exchange encryption keys";
        return new TransferFailed(CurlCode.FAILED_INIT, "Failure establishing ssh session: " + said);
    }

    /**
     * ssh_force_knownhost_key_type(): without --hostpubmd5, the first known_hosts entry for the host
     * decides the host key type asked for; otherwise libssh2's own order.
     */
    private String forcedKeyType(SshKnownHosts knownHosts, CurlUrl url) {
        if (knownHosts == null || config.hostPubMd5 != null) {
            return HOST_KEY_ORDER;
        }
        SshKnownHosts.Entry found = knownHosts.firstFor(url.host(), url.port(), verbose);
        if (found == null) {
            verbose.info("Did not find host " + url.host() + " in " + knownHosts.file());
            return HOST_KEY_ORDER;
        }
        verbose.info("Found host " + url.host() + " in " + knownHosts.file());
        String method = found.type().equals("ssh-rsa") ? "rsa-sha2-256,rsa-sha2-512,ssh-rsa" : found.type();
        verbose.info("Set \"" + method + "\" as SSH hostkey type");
        return method;
    }

    /** A host key the checks refuse, carried out of the library's handshake. */
    private static final class HostRefused extends RuntimeException {
        private final TransferFailed failure;

        HostRefused(TransferFailed failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }

    /** ssh_check_fingerprint(), then ssh_knownhost(), as the library hands over the server's key. */
    private final class HostCheck implements HostKeyRepository {
        private final SshKnownHosts knownHosts;
        private final CurlUrl url;

        HostCheck(SshKnownHosts knownHosts, CurlUrl url) {
            this.knownHosts = knownHosts;
            this.url = url;
        }

        @Override
        public int check(String host, byte[] key) {
            String md5 = config.hostPubMd5;
            String sha256 = config.hostPubSha256;
            verbose.info("SSH MD5 public key: " + (md5 != null ? md5 : "NULL"));
            verbose.info("SSH SHA256 public key: " + (sha256 != null ? sha256 : "NULL"));
            if (sha256 != null) {
                String fingerprint = Base64.getEncoder().encodeToString(digest("SHA-256", key));
                verbose.info("SSH SHA256 fingerprint: " + fingerprint);
                // compared up to the padding of each
                if (!beforePadding(fingerprint).equals(beforePadding(sha256))) {
                    throw refused("Denied establishing ssh session: mismatch sha256 fingerprint. Remote "
                            + fingerprint + " is not equal to " + sha256);
                }
                verbose.info("SHA256 checksum match");
            }
            if (md5 != null) {
                StringBuilder hex = new StringBuilder();
                for (byte b : digest("MD5", key)) {
                    hex.append(String.format("%02x", b & 0xff));
                }
                verbose.info("SSH MD5 fingerprint: " + hex);
                if (!hex.toString().equalsIgnoreCase(md5)) {
                    throw refused("Denied establishing ssh session: mismatch md5 fingerprint. Remote " + hex
                            + " is not equal to " + md5);
                }
                verbose.info("MD5 checksum match");
            }
            if (md5 == null && sha256 == null && knownHosts != null) {
                String type = SshKnownHosts.keyTypeKnown(keyType(key));
                if (type == null) {
                    verbose.info("unsupported key type, can't check knownhosts");
                    throw new HostRefused(TransferFailed.withoutFailf(CurlCode.PEER_FAILED_VERIFICATION));
                }
                SshKnownHosts.Check said = knownHosts.check(url.host(), url.port(), type,
                        Base64.getEncoder().encodeToString(key));
                verbose.info("SSH host check: " + said.result() + ", key: "
                        + (said.knownKey() != null ? said.knownKey() : "<none>"));
                // sshkeycallback(): only a perfect match passes
                if (said.result() != SshKnownHosts.MATCH) {
                    throw new HostRefused(TransferFailed.withoutFailf(CurlCode.PEER_FAILED_VERIFICATION));
                }
            }
            return OK;
        }

        private HostRefused refused(String failf) {
            return new HostRefused(new TransferFailed(CurlCode.PEER_FAILED_VERIFICATION, failf));
        }

        @Override
        public void add(HostKey hostkey, UserInfo ui) {
            // libssh2's in-memory list is curl's only store, and the tool never writes it back
        }

        @Override
        public void remove(String host, String type) {
        }

        @Override
        public void remove(String host, String type, byte[] key) {
        }

        @Override
        public String getKnownHostsRepositoryID() {
            return knownHosts == null ? null : knownHosts.file();
        }

        @Override
        public HostKey[] getHostKey() {
            return new HostKey[0];
        }

        @Override
        public HostKey[] getHostKey(String host, String type) {
            return new HostKey[0];
        }
    }

    private static String beforePadding(String base64) {
        int pad = base64.indexOf('=');
        return pad < 0 ? base64 : base64.substring(0, pad);
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }

    /** The key blob's first string: its type. */
    private static String keyType(byte[] key) {
        ByteBuffer b = ByteBuffer.wrap(key);
        if (b.remaining() < 4) {
            return "";
        }
        int length = b.getInt();
        if (length < 0 || length > b.remaining()) {
            return "";
        }
        return new String(key, 4, length, StandardCharsets.ISO_8859_1);
    }

    /**
     * SSH_AUTH_PKEY_INIT to SSH_AUTH_DONE as -v tells them: the library tries the methods in curl's
     * order and says, through its log, which it goes on to and which one succeeded.
     */
    private final class Authentication implements Logger {
        private final String privateKey;
        private final String publicKey;
        private final String keyUnusable;
        private boolean listed;
        private boolean offersPublicKey;
        private boolean agentSaid;
        private String current;

        Authentication(JSch jsch) {
            this.privateKey = privateKeyFile();
            this.publicKey = config.pubkey != null && !config.pubkey.isEmpty() ? config.pubkey : null;
            String unusable = null;
            try {
                byte[] passphrase = config.keyPassword == null ? null
                        : config.keyPassword.getBytes(StandardCharsets.UTF_8);
                jsch.addIdentity(privateKey, publicKey, passphrase);
            } catch (JSchException e) {
                unusable = Files.isReadable(Path.of(privateKey.isEmpty() ? "." : privateKey))
                        && !Files.isDirectory(Path.of(privateKey.isEmpty() ? "." : privateKey))
                        ? "Unable to extract public key from private key file: Wrong passphrase or invalid/unrecognized private key file format"
                        : "Unable to extract public key from private key file: Unable to open private key file";
            }
            this.keyUnusable = unusable;
        }

        String preferred() {
            return keyUnusable == null ? "publickey,password,keyboard-interactive" : "password,keyboard-interactive";
        }

        /** SSH_AUTH_PKEY_INIT's choice: --key, else $HOME/.ssh/id_rsa or id_dsa, else id_rsa or id_dsa here, else "". */
        private String privateKeyFile() {
            if (config.key != null) {
                return config.key;
            }
            String home = System.getenv("HOME");
            if (home != null) {
                for (String name : new String[] {"/.ssh/id_rsa", "/.ssh/id_dsa"}) {
                    if (Files.isReadable(Path.of(home + name))) {
                        return home + name;
                    }
                }
            }
            for (String name : new String[] {"id_rsa", "id_dsa"}) {
                if (Files.isReadable(Path.of(name))) {
                    return name;
                }
            }
            return "";
        }

        /** SSH_AUTHLIST: the server's methods (null when "none" itself was accepted). */
        void methodsListed(String methods) {
            listed = true;
            if (methods == null) {
                verbose.info("SSH user accepted with no authentication");
                return;
            }
            verbose.info("SSH authentication methods available: " + methods);
            offersPublicKey = methods.contains("publickey");
            if (offersPublicKey) {
                if (publicKey != null) {
                    verbose.info("Using SSH public key file '" + publicKey + "'");
                }
                verbose.info("Using SSH private key file '" + privateKey + "'");
                if (keyUnusable != null) {
                    verbose.info("SSH public key authentication failed: " + keyUnusable);
                }
            }
        }

        @Override
        public boolean isEnabled(int level) {
            return level == Logger.INFO;
        }

        @Override
        public void log(int level, String message) {
            if (message.startsWith("Next authentication method: ")) {
                String method = message.substring("Next authentication method: ".length());
                leaving(method);
                current = method;
            } else if (message.startsWith("Authentication succeeded (")) {
                switch (current == null ? "" : current) {
                    case "publickey" -> verbose.info("Initialized SSH public key authentication");
                    case "password" -> verbose.info("Initialized password authentication");
                    case "keyboard-interactive" -> verbose.info("Initialized keyboard interactive authentication");
                    default -> {
                    }
                }
            }
        }

        /** What curl says of the methods it leaves behind before the next one (null: none is left). */
        private void leaving(String next) {
            if ("publickey".equals(current)) {
                verbose.info("SSH public key authentication failed: Username/PublicKey combination invalid");
            }
            if (offersPublicKey && !agentSaid && (next == null || next.equals("keyboard-interactive"))) {
                // SSH_AUTH_AGENT_INIT comes after the password and before keyboard-interactive
                verbose.info("Failure connecting to agent");
                agentSaid = true;
            }
        }

        void failed() {
            leaving(null);
        }
    }

    /** kbd_callback(): the password is the answer to a single prompt. */
    private static final class KeyboardAnswers implements UserInfo, UIKeyboardInteractive {
        private final String password;

        KeyboardAnswers(String password) {
            this.password = password;
        }

        @Override
        public String[] promptKeyboardInteractive(String destination, String name, String instruction,
                                                  String[] prompt, boolean[] echo) {
            return prompt.length == 1 ? new String[] {password} : new String[prompt.length];
        }

        @Override
        public String getPassphrase() {
            return null;
        }

        @Override
        public String getPassword() {
            return null;
        }

        @Override
        public boolean promptPassword(String message) {
            // the session's password is tried once, as libssh2_userauth_password_ex() does
            return false;
        }

        @Override
        public boolean promptPassphrase(String message) {
            return false;
        }

        @Override
        public boolean promptYesNo(String message) {
            return false;
        }

        @Override
        public void showMessage(String message) {
        }
    }
}
