package jtwins.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** /etc/services, as getservbyname(3) and getservbyport(3) read it. */
public final class ServiceNames {
    private final List<String> lines;

    private ServiceNames(List<String> lines) {
        this.lines = lines;
    }

    public static ServiceNames system() {
        try {
            return new ServiceNames(Files.readAllLines(Path.of("/etc/services")));
        } catch (IOException e) {
            return new ServiceNames(List.of());
        }
    }

    /** The port of a service name or alias for the protocol, or -1. */
    public int portOf(String name, String protocol) {
        for (String line : lines) {
            String[] f = fields(line);
            if (f.length < 2 || !f[1].endsWith("/" + protocol)) {
                continue;
            }
            for (int i = 0; i < f.length; i++) {
                if (i != 1 && f[i].equals(name)) {
                    return Integer.parseInt(f[1].substring(0, f[1].indexOf('/')));
                }
            }
        }
        return -1;
    }

    /** The official name of the service on a port for the protocol, or null. */
    public String nameOf(int port, String protocol) {
        String wanted = port + "/" + protocol;
        for (String line : lines) {
            String[] f = fields(line);
            if (f.length >= 2 && f[1].equals(wanted)) {
                return f[0];
            }
        }
        return null;
    }

    private static String[] fields(String line) {
        int hash = line.indexOf('#');
        if (hash >= 0) {
            line = line.substring(0, hash);
        }
        line = line.trim();
        return line.isEmpty() ? new String[0] : line.split("\\s+");
    }
}
