package jtwins.curl;

import java.util.List;

/** --connect-to HOST1:PORT1:HOST2:PORT2: where a request for HOST1:PORT1 really connects (empty = any / same). */
final class ConnectTo {
    private ConnectTo() {
    }

    /** {host, port} to connect to instead, or null when no entry matches. */
    static String[] apply(List<String> entries, String host, int port) {
        for (String entry : entries) {
            String[] f = entry.split(":", -1);
            if (f.length != 4) {
                continue;
            }
            boolean hostMatches = f[0].isEmpty() || f[0].equalsIgnoreCase(host);
            boolean portMatches = f[1].isEmpty() || f[1].equals(Integer.toString(port));
            if (hostMatches && portMatches) {
                return new String[] {f[2].isEmpty() ? host : f[2], f[3].isEmpty() ? Integer.toString(port) : f[3]};
            }
        }
        return null;
    }
}
