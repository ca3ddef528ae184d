package jtwins.mysql;

/**
 * A failed connect or command as mysql_errno() and mysql_error() give it: client codes 2000-2999
 * with Connector/C's texts (libmariadb/ma_errmsg.c), or a server's code and message as it sent them.
 */
final class ClientError extends Exception {
    private static final long serialVersionUID = 1L;

    static final int CR_UNKNOWN_ERROR = 2000;
    static final int CR_CONNECTION_ERROR = 2002;
    static final int CR_CONN_HOST_ERROR = 2003;
    static final int CR_UNKNOWN_HOST = 2005;
    static final int CR_VERSION_ERROR = 2007;
    static final int CR_SERVER_HANDSHAKE_ERR = 2012;
    static final int CR_SERVER_LOST = 2013;
    static final int CR_SSL_CONNECTION_ERROR = 2026;
    static final int CR_MALFORMED_PACKET = 2027;
    static final int CR_AUTH_PLUGIN_CANNOT_LOAD = 2059;

    private final int code;

    ClientError(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    int code() {
        return code;
    }

    /** A client error, which mysqladmin ping counts as "not alive"; a server's error counts as alive. */
    boolean fromClient() {
        return code >= 2000 && code <= 2999;
    }

    static ClientError tcpConnect(String host, int errno) {
        // Connector/C sets code 2002 with 2003's text here ("last call to connect 2 failed")
        return new ClientError(CR_CONNECTION_ERROR, "Can't connect to server on '" + cut(host, 64) + "' (" + errno + ")");
    }

    static ClientError socketConnect(String path, int errno) {
        return new ClientError(CR_CONNECTION_ERROR,
                "Can't connect to local server through socket '" + cut(path, 100) + "' (" + errno + ")");
    }

    static ClientError unknownHost(String host, int gaiCode) {
        return new ClientError(CR_UNKNOWN_HOST, "Unknown server host '" + cut(host, 100) + "' (" + gaiCode + ")");
    }

    static ClientError lost(String where, int errno) {
        return new ClientError(CR_SERVER_LOST, "Lost connection to server at '" + where + "', system error: " + errno);
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
