package jtwins.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real OpenLDAP server for the ldap:// rows (slapd in the foreground, its own slapd.conf, an mdb
 * database loaded with slapadd), started once per JVM on first use and stopped by its PID when the
 * JVM ends. The tree under dc=lab,dc=test: ou=people with Alice (two mails, a value with a blank in
 * front, a phone number) and Bob (a description in UTF-8); cn=admin,dc=lab,dc=test binds with
 * "secret"; anyone may read. It also listens for ldaps:// with a self-signed certificate.
 */
public final class LdapDaemon {
    private static final Path SLAPD = Path.of("/usr/sbin/slapd");
    private static final Path SLAPADD = Path.of("/usr/sbin/slapadd");
    private static LdapDaemon running;

    private final int port;
    private final int tlsPort;

    private LdapDaemon(int port, int tlsPort) {
        this.port = port;
        this.tlsPort = tlsPort;
    }

    public int port() {
        return port;
    }

    /** ldaps://, with a self-signed certificate for 127.0.0.1 in the folder's cert.pem. */
    public int tlsPort() {
        return tlsPort;
    }

    public static synchronized LdapDaemon get() throws IOException {
        if (running == null) {
            running = start();
        }
        return running;
    }

    private static LdapDaemon start() throws IOException {
        if (!Files.isExecutable(SLAPD) || !Files.isExecutable(SLAPADD)) {
            throw new IOException("slapd is not installed (apt-get install slapd)");
        }
        int port = LocalDaemon.freePort();
        int tlsPort = LocalDaemon.freePort();
        Path dir = Path.of("/tmp/jtwins-slapd-" + port);
        LocalDaemon.deleteTree(dir);
        Files.createDirectories(dir.resolve("db"));
        LocalDaemon.runToEnd(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-subj",
                "/CN=127.0.0.1", "-keyout", dir.resolve("key.pem").toString(), "-out", dir.resolve("cert.pem").toString()),
                new byte[0], dir.resolve("openssl.log"));
        Path conf = dir.resolve("slapd.conf");
        Files.writeString(conf, String.join("\n",
                "TLSCertificateFile " + dir.resolve("cert.pem"),
                "TLSCertificateKeyFile " + dir.resolve("key.pem"),
                "include /etc/ldap/schema/core.schema",
                "include /etc/ldap/schema/cosine.schema",
                "include /etc/ldap/schema/inetorgperson.schema",
                "pidfile " + dir.resolve("slapd.pid"),
                "modulepath /usr/lib/ldap",
                "moduleload back_mdb",
                "database mdb",
                "suffix \"dc=lab,dc=test\"",
                "rootdn \"cn=admin,dc=lab,dc=test\"",
                "rootpw secret",
                "directory " + dir.resolve("db"),
                "access to * by * read",
                ""));
        Path ldif = dir.resolve("data.ldif");
        Files.writeString(ldif, String.join("\n",
                "dn: dc=lab,dc=test", "objectClass: dcObject", "objectClass: organization", "o: Lab", "dc: lab", "",
                "dn: ou=people,dc=lab,dc=test", "objectClass: organizationalUnit", "ou: people", "",
                "dn: cn=Alice Example,ou=people,dc=lab,dc=test", "objectClass: inetOrgPerson", "cn: Alice Example",
                "sn: Example", "mail: alice@lab.test", "mail: a@lab.test", "description:: IGJsYW5rIGluIGZyb250",
                "telephoneNumber: +1 555 0100", "",
                "dn: cn=Bob,ou=people,dc=lab,dc=test", "objectClass: inetOrgPerson", "cn: Bob", "sn: Builder",
                "description:: w6lsw6h2ZQ==", ""));
        LocalDaemon.runToEnd(List.of(SLAPADD.toString(), "-q", "-f", conf.toString(), "-l", ldif.toString()), new byte[0],
                dir.resolve("slapadd.log"));
        Process daemon = new ProcessBuilder(SLAPD.toString(), "-d", "0", "-f", conf.toString(), "-h",
                "ldap://127.0.0.1:" + port + "/ ldaps://127.0.0.1:" + tlsPort + "/").redirectErrorStream(true)
                .redirectOutput(dir.resolve("slapd.log").toFile()).start();
        LocalDaemon.stopOnExit(daemon, dir);
        LocalDaemon.awaitListening(daemon, "slapd", dir.resolve("slapd.log"), port, tlsPort);
        return new LdapDaemon(port, tlsPort);
    }
}
