package jtwins.common;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** /etc/hosts as glibc's files backend reads it: address, canonical name, aliases, '#' comments. */
public final class HostsFile {
    private record Entry(InetAddress address, List<String> names) {
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
            lines = Files.readAllLines(path);
        } catch (IOException e) {
            return new HostsFile(entries);
        }
        for (String line : lines) {
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 2) {
                continue;
            }
            InetAddress address = NumericAddress.parse(fields[0]);
            if (address == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (int i = 1; i < fields.length; i++) {
                names.add(fields[i].toLowerCase(Locale.ROOT));
            }
            entries.add(new Entry(address, names));
        }
        return new HostsFile(entries);
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

    /** Every address listed for the name (case-insensitive), in file order, within the family. */
    public List<InetAddress> lookup(String name, AddressFamily family) {
        String wanted = name.toLowerCase(Locale.ROOT);
        if (wanted.endsWith(".")) {
            wanted = wanted.substring(0, wanted.length() - 1);
        }
        List<InetAddress> found = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.names.contains(wanted) && family.admits(entry.address) && !found.contains(entry.address)) {
                found.add(entry.address);
            }
        }
        return found;
    }
}
