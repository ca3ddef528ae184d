package jtwins.curl;

/**
 * What a logged-in FTP control connection remembers from one transfer to the next (struct
 * ftp_conn): where the login left it (the PWD reply, the way back before another path's CWDs), the
 * directory the last transfer ended in (a request for the same one sends no CWD), and the TYPE the
 * server was last told (not sent again).
 */
final class FtpSession implements KeptSession {
    final Wire control;
    /** ftpc->entrypath: null when the PWD reply named none. */
    final String entryPath;
    /** ftpc->prevpath: the decoded path less the file name, null after a failed transfer. */
    String previousDir;
    /** ftpc->transfertype: 'A' or 'I', 0 before the first TYPE. */
    char transferType;
    /** conn->bits.ftp_use_eprt: --disable-eprt's setting when the connection was made, off for good once EPRT is refused. */
    boolean useEprt;
    /** conn->bits.ftp_use_epsv: --disable-epsv's setting when the connection was made, off for good once EPSV is refused. */
    boolean useEpsv;

    FtpSession(Wire control, String entryPath, boolean useEprt, boolean useEpsv) {
        this.control = control;
        this.entryPath = entryPath;
        this.useEprt = useEprt;
        this.useEpsv = useEpsv;
    }

    @Override
    public void farewell() {
        PingPong.farewell(control, "QUIT");
    }
}
