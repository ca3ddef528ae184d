package jtwins.wget;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashMap;
import java.util.Map;
import jtwins.common.process.SmallFile;

/**
 * hsts.c's known hosts: read from ~/.wget-hsts (or --hsts-file) when the run starts, a
 * Strict-Transport-Security header of an HTTPS answer from a host name (not an address) recorded, an
 * http:// URL to a known host (or a subdomain of one that includes them) turned into https:// before
 * it is fetched, and the file written back at the end when something changed — in hash.c's order of
 * hsts_hash_func(), under an exclusive lock, merged first with what another wget wrote meanwhile.
 */
final class Hsts {
    private record Entry(long created, long maxAge, boolean includeSubdomains) {
    }

    /** Keys are "host\tport", the port 0 for the scheme's default. */
    private final Map<String, Entry> entries = new HashMap<>();
    private final WgetHashOrder order = new WgetHashOrder() {
        @Override
        long keyHash(String key) {
            return Hsts.hash(key);
        }
    };
    private final WgetLog log;
    private long lastMtime;
    private boolean changed;

    private Hsts(WgetLog log) {
        this.log = log;
    }

    /** hsts_hash_func(): the explicit port, then h * 31 + c over the host's (signed) chars. */
    private static long hash(String key) {
        int tab = key.indexOf('\t');
        int h = Integer.parseInt(key.substring(tab + 1));
        for (byte b : key.substring(0, tab).getBytes(StandardCharsets.UTF_8)) {
            h = h * 31 + b;
        }
        return h & 0xffffffffL;
    }

    private static String key(String host, int explicitPort) {
        return host.toLowerCase(java.util.Locale.ROOT) + "\t" + explicitPort;
    }

    /** MAKE_EXPLICIT_PORT(): 0 for the scheme's default port. */
    private static int explicitPort(boolean https, int port) {
        return https ? (port == 443 ? 0 : port) : (port == 80 ? 0 : port);
    }

    /** hsts_store_open(): null (said) when the file is there but not a regular, non-world-writable one. */
    static Hsts open(String file, WgetLog log) {
        Hsts store = new Hsts(log);
        Path path = Path.of(file);
        if (!Files.exists(path)) {
            return store;
        }
        if (!accessValid(path)) {
            log.notQuiet("Will not apply HSTS. The HSTS database must be a regular and non-world-writable file.\n");
            return null;
        }
        try {
            store.read(SmallFile.text(path, StandardCharsets.ISO_8859_1), false);
            store.lastMtime = Files.getLastModifiedTime(path).toMillis() / 1000;
        } catch (IOException e) {
            return null;
        }
        return store;
    }

    private static boolean accessValid(Path path) {
        try {
            return Files.isRegularFile(path)
                    && !Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** hsts_read_database(): "host port incl-subdomains created max-age" lines; '#' lines and others skipped. */
    private void read(String text, boolean merge) {
        for (String line : text.split("\n")) {
            String p = line.stripLeading();
            if (p.startsWith("#")) {
                continue;
            }
            String[] f = p.split("[ \t\r\f\u000b]+");
            if (f.length < 5 || f[0].length() > 255) {
                continue;
            }
            try {
                String host = f[0];
                int port = Integer.parseInt(f[1]);
                boolean subdomains = Integer.parseInt(f[2]) != 0;
                long created = Long.parseLong(f[3]);
                long maxAge = Long.parseLong(f[4]);
                if (merge) {
                    merge(host, port, created, maxAge, subdomains);
                } else {
                    newEntry(host, port, created, maxAge, subdomains, true);
                }
            } catch (NumberFormatException e) {
                // sscanf() read fewer than five items
            }
        }
    }

    /** hsts_new_entry(): not for an address, not for an overflowing expiry, not twice. */
    private boolean newEntry(String host, int explicitPort, long created, long maxAge, boolean subdomains, boolean checks) {
        String k = key(host, explicitPort);
        if (checks && (isAddress(host) || entries.containsKey(k))) {
            return false;
        }
        if (created + maxAge < created) {
            return false;
        }
        entries.put(k, new Entry(created, maxAge, subdomains));
        order.add(k);
        return true;
    }

    /** hsts_store_merge(): what another wget saved meanwhile, newer entries winning. */
    private void merge(String host, int port, long created, long maxAge, boolean subdomains) {
        int explicit = explicitPort(true, port);
        String[] found = new String[1];
        Entry e = find(host, explicit, found);
        if (e != null && found[0].equals(key(host, explicit)) && created > e.created()) {
            entries.put(found[0], new Entry(created, maxAge, subdomains));
        } else if (e == null) {
            newEntry(host, explicit, created, maxAge, subdomains, true);
        }
    }

    /** hsts_find_entry(): the host itself (congruent), else its parent domains while two labels remain. */
    private Entry find(String host, int explicitPort, String[] foundKey) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        Entry e = entries.get(key(h, explicitPort));
        if (e != null) {
            foundKey[0] = key(h, explicitPort);
            return e;
        }
        int dot;
        while ((dot = h.indexOf('.')) > 0 && h.indexOf('.', dot + 1) >= 0) {
            h = h.substring(dot + 1);
            e = entries.get(key(h, explicitPort));
            if (e != null) {
                foundKey[0] = key(h, explicitPort);
                return e;
            }
        }
        return null;
    }

    private static boolean isAddress(String host) {
        return host.indexOf(':') >= 0 || host.matches("[0-9]+(\\.[0-9]+){3}");
    }

    /** hsts_match(): an http:// URL to a known host as https:// (port 80 becoming 443); null when none applies. */
    WgetUrl match(WgetUrl u) {
        if (u.scheme().equals("https")) {
            return null;
        }
        int explicit = explicitPort(false, u.port());
        String[] found = new String[1];
        Entry e = find(u.host(), explicit, found);
        if (e == null) {
            return null;
        }
        if (e.created() + e.maxAge() < System.currentTimeMillis() / 1000) {
            entries.remove(found[0]);
            order.remove(found[0]);
            changed = true;
            return null;
        }
        boolean congruent = found[0].equals(key(u.host(), explicit));
        if (!congruent && !e.includeSubdomains()) {
            return null;
        }
        changed = true;
        return new WgetUrl("https", u.user(), u.password(), u.host(), u.port() == 80 ? 443 : u.port(), u.path(),
                u.query());
    }

    /**
     * The Strict-Transport-Security header of an answer (parse_strict_transport_security(), then
     * hsts_store_entry()): recorded for an HTTPS host name, max-age=0 forgetting it.
     */
    void header(WgetUrl u, String value) {
        if (value == null) {
            return;
        }
        String maxAge = null;
        boolean subdomains = false;
        int[] at = {0};
        String[] param = new String[2];
        while (HeaderParam.next(value, at, param, ';')) {
            if (param[0].equalsIgnoreCase("max-age")) {
                maxAge = param[1] == null ? "" : param[1];
            } else if (param[0].equalsIgnoreCase("includeSubDomains")) {
                subdomains = true;
            }
        }
        if (maxAge == null) {
            log.verbose("Could not parse Strict-Transport-Security header\n");
            return;
        }
        log.debug("Parsed Strict-Transport-Security max-age = " + maxAge + ", includeSubDomains = " + subdomains + "\n");
        long age = CNumbers.strtol(maxAge, 10);
        boolean added = store(u, age, subdomains);
        log.debug((added ? "Added new HSTS host: " : "Updated HSTS host: ") + u.host() + ":" + u.port() + " (max-age: "
                + age + ", includeSubdomains: " + subdomains + ")\n");
    }

    private boolean store(WgetUrl u, long maxAge, boolean subdomains) {
        if (!u.scheme().equals("https") || isAddress(u.host())) {
            return false;
        }
        int explicit = explicitPort(true, u.port());
        String[] found = new String[1];
        Entry e = find(u.host(), explicit, found);
        boolean congruent = e != null && found[0].equals(key(u.host(), explicit));
        if (congruent) {
            if (maxAge == 0) {
                entries.remove(found[0]);
                order.remove(found[0]);
                changed = true;
            } else if (maxAge > 0) {
                long now = System.currentTimeMillis() / 1000;
                if (now != e.created()) {
                    entries.put(found[0], new Entry(now, maxAge, subdomains));
                    changed = true;
                }
            }
            return false;
        }
        boolean added = newEntry(u.host(), explicit, System.currentTimeMillis() / 1000, maxAge, subdomains, false);
        changed |= added;
        return added;
    }

    /** save_hsts(): when something changed and entries remain, the file rewritten under an exclusive lock. */
    void save(String file) {
        if (!changed || entries.isEmpty()) {
            return;
        }
        log.debug("Saving HSTS entries to " + file + "\n");
        try (RandomAccessFile raf = new RandomAccessFile(new File(file), "rw"); FileLock lock = raf.getChannel().lock()) {
            Path path = Path.of(file);
            long mtime = Files.getLastModifiedTime(path).toMillis() / 1000;
            if (lastMtime != 0 && mtime > lastMtime) {
                byte[] old = new byte[(int) raf.length()];
                raf.readFully(old);
                read(new String(old, StandardCharsets.ISO_8859_1), true);
            }
            StringBuilder out = new StringBuilder("# HSTS 1.0 Known Hosts database for GNU Wget.\n"
                    + "# Edit at your own risk.\n# <hostname>\t<port>\t<incl. subdomains>\t<created>\t<max-age>\n");
            for (String k : order.inOrder()) {
                Entry e = entries.get(k);
                out.append(k).append('\t').append(e.includeSubdomains() ? 1 : 0).append('\t').append(e.created())
                        .append('\t').append(e.maxAge()).append('\n');
            }
            raf.setLength(0);
            raf.seek(0);
            raf.write(out.toString().getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            // fopen() failing: wget says nothing
        }
    }
}
