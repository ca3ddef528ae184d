package jtwins.curl;

import java.util.List;

/**
 * --connect-to HOST1:PORT1:HOST2:PORT2 (url.c parse_connect_to_string()): the first entry whose
 * HOST1 (an IPv6 address in brackets, empty for any) and PORT1 (empty for any) match the URL says
 * where to connect instead; an empty HOST2 or PORT2 keeps the URL's.
 */
final class ConnectTo {
    private ConnectTo() {
    }

    /** {host, port} to connect to instead, or null when no entry matches. */
    static String[] apply(List<String> entries, String host, int port) throws TransferFailed {
        String shown = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        for (String entry : entries) {
            int p;
            if (entry.startsWith(":")) {
                p = 1;
            } else if (entry.regionMatches(true, 0, shown, 0, shown.length()) && entry.length() > shown.length()
                    && entry.charAt(shown.length()) == ':') {
                p = shown.length() + 1;
            } else {
                continue;
            }
            if (p < entry.length() && entry.charAt(p) == ':') {
                p++;
            } else {
                int next = entry.indexOf(':', p);
                if (next < 0 || !entry.substring(p, next).equals(Integer.toString(port))) {
                    continue;
                }
                p = next + 1;
            }
            return target(entry.substring(p), host, port);
        }
        return null;
    }

    /** parse_connect_to_host_port(): HOST2 (brackets around IPv6) and :PORT2, each empty for the URL's. */
    private static String[] target(String rest, String host, int port) throws TransferFailed {
        String toHost;
        String after;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            toHost = close < 0 ? rest.substring(1) : rest.substring(1, close);
            after = close < 0 ? "" : rest.substring(close + 1);
        } else {
            int colon = rest.indexOf(':');
            toHost = colon < 0 ? rest : rest.substring(0, colon);
            after = colon < 0 ? "" : rest.substring(colon);
        }
        String toPort = after.startsWith(":") ? after.substring(1) : "";
        if (!toPort.isEmpty() && (!toPort.matches("[0-9]{1,5}") || Integer.parseInt(toPort) > 65535)) {
            throw new TransferFailed(CurlCode.SETOPT_OPTION_SYNTAX,
                    "No valid port number in connect to host string (" + toPort + ")");
        }
        return new String[] {toHost.isEmpty() ? host : toHost, toPort.isEmpty() ? Integer.toString(port) : toPort};
    }
}
