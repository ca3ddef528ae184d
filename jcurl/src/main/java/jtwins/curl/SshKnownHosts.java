package jtwins.curl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The known_hosts file as libssh2's knownhost API reads it for curl (CURLOPT_SSH_KNOWNHOSTS): one
 * entry per host name of a line (plain, "[host]:port", or hashed "|1|salt|hash"), a key type and
 * its base64 key; lines it cannot parse are skipped.
 */
final class SshKnownHosts {
    /** libssh2_knownhost_checkp()'s answers, the numbers "SSH host check: N" shows. */
    static final int MATCH = 0;
    static final int MISMATCH = 1;
    static final int NOTFOUND = 2;

    /** One host name of a line; name is null for a hashed one, whose salt and hash are kept instead. */
    record Entry(String name, byte[] salt, byte[] hash, String type, String key) {
    }

    /** A check's answer and the file's key it is about (null for NOTFOUND). */
    record Check(int result, String knownKey) {
    }

    private final String file;
    private final List<Entry> entries;

    private SshKnownHosts(String file, List<Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    String file() {
        return file;
    }

    static SshKnownHosts read(String file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(file), StandardCharsets.ISO_8859_1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("@")) {
                continue;
            }
            String[] fields = trimmed.split("[ \t]+");
            if (fields.length < 3 || keyTypeKnown(fields[1]) == null) {
                continue;
            }
            for (String host : fields[0].split(",")) {
                if (host.startsWith("|1|")) {
                    String[] parts = host.split("\\|");
                    if (parts.length == 4) {
                        try {
                            entries.add(new Entry(null, Base64.getDecoder().decode(parts[2]),
                                    Base64.getDecoder().decode(parts[3]), fields[1], fields[2]));
                        } catch (IllegalArgumentException notBase64) {
                            // libssh2 refuses the line
                        }
                    }
                } else {
                    entries.add(new Entry(host, null, null, fields[1], fields[2]));
                }
            }
        }
        return new SshKnownHosts(file, entries);
    }

    /** The key type's family as libssh2's typemask has it; null for one it does not know. */
    static String keyTypeKnown(String type) {
        return switch (type) {
            case "ssh-rsa", "ssh-dss", "ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384",
                 "ecdsa-sha2-nistp521" -> type;
            default -> null;
        };
    }

    /**
     * ssh_force_knownhost_key_type()'s search: the first entry for the host (a "[host]:port" one
     * only on that port, names compared as they are written; a hashed entry counts for every
     * host, its name being NULL there). Null for none.
     */
    Entry firstFor(String host, int port, DebugTrace verbose) {
        for (Entry e : entries) {
            if (e.name() == null) {
                return e;
            }
            if (e.name().startsWith("[")) {
                int end = e.name().indexOf("]:");
                if (end < 0) {
                    verbose.info("Invalid host pattern " + e.name() + " in " + file);
                    continue;
                }
                // strncmp() over the bracketed name's length: a host that merely starts with it is found too
                if (parsePort(e.name().substring(end + 2)) == port && host.startsWith(e.name().substring(1, end))) {
                    return e;
                }
            } else if (e.name().equals(host)) {
                return e;
            }
        }
        return null;
    }

    private static int parsePort(String digits) {
        int n = 0;
        for (char c : digits.toCharArray()) {
            if (c < '0' || c > '9') {
                break;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * libssh2_knownhost_checkp(): "[host]:port" first when the port is not 22, then the plain name;
     * an entry of the same key type decides: its key equal is a match, else a mismatch unless a later
     * one matches.
     */
    Check check(String host, int port, String type, String keyBase64) {
        List<String> names = new ArrayList<>();
        if (port != 22) {
            names.add("[" + host + "]:" + port);
        }
        names.add(host);
        Entry bad = null;
        for (String name : names) {
            for (Entry e : entries) {
                if (!matches(e, name) || !e.type().equals(type)) {
                    continue;
                }
                if (e.key().equals(keyBase64)) {
                    return new Check(MATCH, e.key());
                }
                if (bad == null) {
                    bad = e;
                }
            }
        }
        return bad != null ? new Check(MISMATCH, bad.key()) : new Check(NOTFOUND, null);
    }

    private static boolean matches(Entry e, String name) {
        if (e.name() != null) {
            return e.name().equals(name);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(e.salt(), "HmacSHA1"));
            return MessageDigest.isEqual(mac.doFinal(name.getBytes(StandardCharsets.ISO_8859_1)), e.hash());
        } catch (GeneralSecurityException | IllegalArgumentException unusable) {
            return false;
        }
    }
}
