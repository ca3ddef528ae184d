package jtwins.common.resolver;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jtwins.common.process.SmallFile;

/** /etc/hosts as glibc's files backend reads it: address, canonical name, aliases, '#' comments. */
public final class HostsFile {
    private record Entry(InetAddress address, List<String> names) {
        /** Host names are matched without regard to case, as nss_files does. */
        boolean names(String wanted) {
            for (String n : names) {
                if (n.equalsIgnoreCase(wanted)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Entry> entries;

    private HostsFile(List<Entry> entries) {
        this.entries = entries;
    }

    /** /etc/hosts, or the file named by the jtwins.hosts property (tests outside a namespace). */
    public static HostsFile system() {
        return read(Path.of(System.getProperty("jtwins.hosts", "/etc/hosts")));
    }

    public static HostsFile read(Path path) {
        List<Entry> entries = new ArrayList<>();
        List<String> lines;
        try {
            // bytes as they are: a stray non-UTF-8 byte must not lose the whole file
            lines = SmallFile.lines(path, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return new HostsFile(entries);
        }
        for (String raw : lines) {
            // a C string: the line ends at a NUL byte
            int nul = raw.indexOf('\0');
            String line = nul < 0 ? raw : raw.substring(0, nul);
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            String[] fields = WhitespaceFields.split(line);
            if (fields.length < 2) {
                continue;
            }
            InetAddress address = address(fields[0]);
            if (address == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (int i = 1; i < fields.length; i++) {
                names.add(fields[i]);
            }
            entries.add(new Entry(address, names));
        }
        return new HostsFile(entries);
    }

    /**
     * inet_pton(), as files-hosts.c reads a line's address: four decimal parts without leading zeros
     * (not inet_aton()'s "127.1"), or IPv6 without a scope.
     */
    private static InetAddress address(String text) {
        if (text.indexOf(':') >= 0) {
            return text.indexOf('%') >= 0 ? null : NumericAddress.parse(text);
        }
        return NumericAddress.dottedQuad(text) ? NumericAddress.parse(text) : null;
    }

    /**
     * glibc's files backend answers an IPv4 query from an IPv6 line too: ::1 as 127.0.0.1 and an
     * IPv4-mapped address as its IPv4 part (nss_files files-hosts.c).
     */
    private static InetAddress asIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        if (address.isLoopbackAddress()) {
            return NumericAddress.parse("127.0.0.1");
        }
        boolean mapped = true;
        for (int i = 0; i < 10; i++) {
            mapped &= b[i] == 0;
        }
        if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return NumericAddress.parse((b[12] & 0xff) + "." + (b[13] & 0xff) + "." + (b[14] & 0xff) + "." + (b[15] & 0xff));
        }
        return null;
    }

    /** The first name listed for an address (its canonical name), or null. */
    public String nameOf(InetAddress address) {
        for (Entry entry : entries) {
            if (entry.address.equals(address)) {
                return entry.names.get(0);
            }
        }
        return null;
    }

    /** The official name (first on the line) of the first line listing the name: getaddrinfo's ai_canonname. */
    public String canonicalName(String name) {
        String wanted = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        for (Entry entry : entries) {
            if (entry.names(wanted)) {
                return entry.names.get(0);
            }
        }
        return name;
    }

    /** Every address listed for the name (case-insensitive), in file order, within the family, repeats kept. */
    public List<InetAddress> lookup(String name, AddressFamily family) {
        String wanted = name.toLowerCase(Locale.ROOT);
        if (wanted.endsWith(".")) {
            wanted = wanted.substring(0, wanted.length() - 1);
        }
        List<InetAddress> found = new ArrayList<>();
        for (Entry entry : entries) {
            if (!entry.names(wanted)) {
                continue;
            }
            InetAddress address = family == AddressFamily.INET ? asIpv4(entry.address) : entry.address;
            // no de-duplication: with host.conf's "multi on" (Debian's), glibc returns each line's address,
            // so an IPv4 lookup of localhost gives 127.0.0.1 twice (nc -4 -v and rsync -4 report both)
            if (address != null && family.admits(address)) {
                found.add(address);
            }
        }
        return found;
    }
}
