package jtwins.rsync;

/**
 * The one daemon source a listing names: rsync://[USER@]HOST[:PORT][/PATH] or [USER@]HOST::[PATH].
 * The module is PATH up to its first slash; an empty module asks for the module list.
 */
record DaemonSource(String user, String host, int port, String path) {
    static final int RSYNC_PORT = 873;

    /** Null when the argument is not a daemon source (a local path or a remote-shell one). */
    static DaemonSource parse(String arg, int portOption) {
        String rest;
        int port = portOption;
        String hostPart;
        String path;
        if (arg.regionMatches(true, 0, "rsync://", 0, 8)) {
            rest = arg.substring(8);
            int slash = rest.indexOf('/');
            hostPart = slash < 0 ? rest : rest.substring(0, slash);
            path = slash < 0 ? "" : rest.substring(slash + 1);
            // the port follows the last colon after a bracketed IPv6 literal, as in rsync's parse_hostspec()
            int close = hostPart.lastIndexOf(']');
            int colon = hostPart.lastIndexOf(':');
            if (colon > close && (close >= 0 || hostPart.indexOf(':') == colon)) {
                String digits = hostPart.substring(colon + 1);
                port = digits.isEmpty() ? portOption : (int) (parsePort(digits) & 0xffff);
                hostPart = hostPart.substring(0, colon);
            }
        } else {
            int dc = arg.indexOf("::");
            int slash = arg.indexOf('/');
            if (dc <= 0 || (slash >= 0 && slash < dc)) {
                return null;
            }
            hostPart = arg.substring(0, dc);
            path = arg.substring(dc + 2);
        }
        String user = null;
        int at = hostPart.lastIndexOf('@');
        if (at >= 0) {
            user = hostPart.substring(0, at);
            hostPart = hostPart.substring(at + 1);
        }
        if (hostPart.startsWith("[") && hostPart.endsWith("]")) {
            hostPart = hostPart.substring(1, hostPart.length() - 1);
        }
        return new DaemonSource(user, hostPart, port & 0xffff, path);
    }

    private static long parsePort(String digits) {
        long n = 0;
        for (int i = 0; i < digits.length() && Character.isDigit(digits.charAt(i)); i++) {
            n = n * 10 + (digits.charAt(i) - '0');
        }
        return n;
    }

    /** What the client sends to choose a module: the path up to its first slash ("" lists modules). */
    String module() {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }

    boolean listsModules() {
        return module().isEmpty();
    }
}
