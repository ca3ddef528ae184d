package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** libssh2's known_hosts check as curl asks it: names with and without ports, hashed names, key types. */
class SshKnownHostsTest {
    private static final DebugTrace QUIET = new DebugTrace(new jtwins.common.Diagnostics(ToolMessages.PROGRAM), new CurlConfig(), false);

    @Test
    void portsPlainNamesAndMismatches(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, String.join("\n",
                "# a comment",
                "[127.0.0.1]:2222 ssh-ed25519 KEYA",
                "example.test,127.0.0.2 ssh-ed25519 KEYB",
                "127.0.0.2 ecdsa-sha2-nistp256 KEYC",
                "@cert-authority * ssh-ed25519 KEYD",
                // |1|salt|HMAC-SHA1(salt, "hashed.test")
                "|1|c2FsdHNhbHRzYWx0c2FsdHNhbHQ=|" + hashed("c2FsdHNhbHRzYWx0c2FsdHNhbHQ=", "hashed.test")
                        + " ssh-ed25519 KEYE",
                ""));
        SshKnownHosts hosts = SshKnownHosts.read(file.toString());
        assertEquals(SshKnownHosts.MATCH, hosts.check("127.0.0.1", 2222, "ssh-ed25519", "KEYA").result());
        assertEquals(SshKnownHosts.NOTFOUND, hosts.check("127.0.0.1", 22, "ssh-ed25519", "KEYA").result());
        // a plain entry counts for any port once "[host]:port" has none
        assertEquals(SshKnownHosts.MATCH, hosts.check("127.0.0.2", 2200, "ssh-ed25519", "KEYB").result());
        SshKnownHosts.Check other = hosts.check("127.0.0.2", 22, "ssh-ed25519", "NOTB");
        assertEquals(SshKnownHosts.MISMATCH, other.result());
        assertEquals("KEYB", other.knownKey());
        // another key type is no mismatch
        assertEquals(SshKnownHosts.NOTFOUND, hosts.check("example.test", 22, "ssh-rsa", "KEYB").result());
        assertEquals(SshKnownHosts.MATCH, hosts.check("hashed.test", 22, "ssh-ed25519", "KEYE").result());
        assertEquals("ssh-ed25519", hosts.firstFor("127.0.0.2", 22, QUIET).type());
        assertEquals("KEYA", hosts.firstFor("127.0.0.1", 2222, QUIET).key());
        assertNull(hosts.firstFor("127.0.0.1", 22, QUIET).name(), "a hashed entry counts for every host");
    }

    private static String hashed(String salt, String host) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA1");
            mac.init(new javax.crypto.spec.SecretKeySpec(java.util.Base64.getDecoder().decode(salt), "HmacSHA1"));
            return java.util.Base64.getEncoder().encodeToString(mac.doFinal(host.getBytes()));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
