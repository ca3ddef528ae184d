package jtwins.curl;

import jtwins.common.Errno;

/**
 * How a transfer ended when it did not succeed: the CURLcode, the error buffer's text (failf()), and
 * the OS errno libcurl kept (CURLINFO_OS_ERRNO: --retry-connrefused asks for ECONNREFUSED). The
 * error buffer keeps the first failf() of a transfer, so the last one may show only through -v.
 */
final class TransferFailed extends Exception {
    private static final long serialVersionUID = 1L;

    private final CurlCode code;
    private final Errno osErrno;
    private final String traced;

    TransferFailed(CurlCode code, String message) {
        this(code, message, null);
    }

    TransferFailed(CurlCode code, String message, Errno osErrno) {
        this(code, message, osErrno, message == null ? code.text() : message);
    }

    private TransferFailed(CurlCode code, String message, Errno osErrno, String traced) {
        super(message == null ? code.text() : message, null, false, false);
        this.code = code;
        this.osErrno = osErrno;
        this.traced = traced;
    }

    /**
     * An end whose error buffer an earlier failf() already filled: that text is shown, and this
     * failure's own only through -v (none when it said nothing).
     */
    static TransferFailed afterEarlierFailf(CurlCode code, String earlier, String failf) {
        return new TransferFailed(code, earlier, null, failf);
    }

    /** A recv() the OS refused: 56, "Recv failure: " and its words, its errno kept. */
    static TransferFailed recvFailure(java.io.IOException e) {
        Errno errno = Errno.of(e);
        return new TransferFailed(CurlCode.RECV_ERROR, "Recv failure: " + errno.text(), errno);
    }

    /** A send() the OS refused: 55, "Send failure: " and its words, its errno kept. */
    static TransferFailed sendFailure(java.io.IOException e) {
        Errno errno = Errno.of(e);
        return new TransferFailed(CurlCode.SEND_ERROR, "Send failure: " + errno.text(), errno);
    }

    /**
     * multi_handle_timeout() for a transfer still in the PROTOCONNECT state (a greeting, an SSH
     * handshake, an LDAP bind, SMB's negotiation) when the connect clock ends: "Operation timed out".
     */
    static TransferFailed protocolConnectTimeout(TransferClock clock, long now) {
        return new TransferFailed(CurlCode.OPERATION_TIMEDOUT, "Operation timed out after "
                + clock.sinceSingleMs(now) + " milliseconds with 0 bytes received");
    }

    /** An end no failf() explains: stderr says curl_easy_strerror()'s words, -v says nothing. */
    static TransferFailed withoutFailf(CurlCode code) {
        return new TransferFailed(code, null, null, null);
    }

    TransferFailed afterEarlierFailf(String earlier) {
        return new TransferFailed(code, earlier, osErrno, traced);
    }

    /** What -v shows of this end (failf() speaks through infof() too), or null when it said nothing. */
    String traced() {
        return traced;
    }

    CurlCode code() {
        return code;
    }

    Errno osErrno() {
        return osErrno;
    }
}
