package jtwins.rsync;

/**
 * How rsync ends on an error: exit_cleanup() with a code from errcode.h, after which log.c prints
 * "rsync error: TEXT (code N) at FILE(LINE) [WHO=3.5.0]". FILE(LINE) is where 3.5.0 (Debian 12's rsync since its
 * security update of November 2026; 3.2.7 before) calls it, as measured.
 */
final class RsyncError extends Exception {
    static final String VERSION = "3.5.0";

    private final int code;
    private final String at;
    private final String who;

    private RsyncError(int code, String at, String who) {
        super(null, null, false, false);
        this.code = code;
        this.at = at;
        this.who = who;
    }

    /** RERR_SYNTAX while the command line is read: the client has no role yet. */
    static RsyncError syntax(String at) {
        return new RsyncError(1, at, "client");
    }

    /** RERR_SYNTAX once connected (a password file rsync will not use). */
    static RsyncError syntaxAsReceiver(String at) {
        return new RsyncError(1, at, "Receiver");
    }

    /** RERR_PROTOCOL: setup_protocol() and a daemon number outside 20-40. */
    static RsyncError protocol() {
        return new RsyncError(2, "compat.c(625)", "Receiver");
    }

    /** RERR_STARTCLIENT: start_inband_exchange() returned -1, main.c reports it. */
    static RsyncError startClient() {
        return new RsyncError(5, "main.c(1954)", "Receiver");
    }

    /** RERR_SOCKETIO: no connection (clientserver.c, after open_socket_out()). */
    static RsyncError socketIo() {
        return new RsyncError(10, "clientserver.c(165)", "Receiver");
    }

    /** RERR_SOCKETIO at one of io.c's places: a read error once the input is multiplexed. */
    static RsyncError socketIo(String at) {
        return new RsyncError(10, at, "Receiver");
    }

    /** RERR_STREAMIO at one of io.c's places. */
    static RsyncError streamIo(String at) {
        return new RsyncError(12, at, "Receiver");
    }

    /** RERR_PARTIAL: the sender reported an I/O error in its file list. */
    static RsyncError partial() {
        return new RsyncError(23, "main.c(1956)", "Receiver");
    }

    /** RERR_TIMEOUT from check_timeout(). */
    static RsyncError timeout() {
        return new RsyncError(30, "io.c(248)", "Receiver");
    }

    /** RERR_CONTIMEOUT: the alarm ended a connect(). */
    static RsyncError contimeout() {
        return new RsyncError(35, "socket.c(429)", "Receiver");
    }

    int code() {
        return code;
    }

    /** log.c's last line, without its newline. */
    String line() {
        return "rsync error: " + text() + " (code " + code + ") at " + at + " [" + who + "=" + VERSION + "]";
    }

    private String text() {
        return switch (code) {
            case 1 -> "syntax or usage error";
            case 2 -> "protocol incompatibility";
            case 5 -> "error starting client-server protocol";
            case 10 -> "error in socket IO";
            case 12 -> "error in rsync protocol data stream";
            case 23 -> "some files/attrs were not transferred (see previous errors)";
            case 30 -> "timeout in data send/receive";
            case 35 -> "timeout waiting for daemon connection";
            default -> "unexplained error";
        };
    }
}
