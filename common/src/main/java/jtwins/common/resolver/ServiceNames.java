package jtwins.common.resolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jtwins.common.process.SmallFile;

/**
 * /etc/services, as getservbyname(3) and getservbyport(3) read it: the first matching line wins.
 * Read on first question only, and split by hand: a numeric port with no -v asks nothing.
 */
public final class ServiceNames {
    private final Path file;
    private Map<String, Integer> portByName;
    private Map<String, String> nameByPort;

    private ServiceNames(Path file) {
        this.file = file;
    }

    public static ServiceNames system() {
        return new ServiceNames(Path.of("/etc/services"));
    }

    /** The port of a service name or alias for the protocol, or -1. */
    public int portOf(String name, String protocol) {
        load();
        Integer port = portByName.get(name + "/" + protocol);
        return port == null ? -1 : port;
    }

    /** The official name of the service on a port for the protocol, or null. */
    public String nameOf(int port, String protocol) {
        load();
        return nameByPort.get(port + "/" + protocol);
    }

    private void load() {
        if (portByName != null) {
            return;
        }
        portByName = new HashMap<>();
        nameByPort = new HashMap<>();
        List<String> lines;
        try {
            lines = SmallFile.lines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return;
        }
        for (String line : lines) {
            int hash = line.indexOf('#');
            List<String> f = List.of(WhitespaceFields.split(hash >= 0 ? line.substring(0, hash) : line));
            int slash = f.size() < 2 ? -1 : f.get(1).indexOf('/');
            if (slash <= 0) {
                continue;
            }
            int port;
            try {
                port = Integer.parseInt(f.get(1).substring(0, slash));
            } catch (NumberFormatException e) {
                continue;
            }
            String protocol = f.get(1).substring(slash + 1);
            nameByPort.putIfAbsent(port + "/" + protocol, f.get(0));
            for (int i = 0; i < f.size(); i++) {
                if (i != 1) {
                    portByName.putIfAbsent(f.get(i) + "/" + protocol, port);
                }
            }
        }
    }
}
