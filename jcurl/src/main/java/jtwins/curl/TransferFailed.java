package jtwins.curl;

import jtwins.common.Errno;

/**
 * How a transfer ended when it did not succeed: the CURLcode, the error buffer's text (failf()), and
 * the OS errno libcurl kept (CURLINFO_OS_ERRNO: --retry-connrefused asks for ECONNREFUSED).
 */
final class TransferFailed extends Exception {
    private static final long serialVersionUID = 1L;

    private final CurlCode code;
    private final Errno osErrno;

    TransferFailed(CurlCode code, String message) {
        this(code, message, null);
    }

    TransferFailed(CurlCode code, String message, Errno osErrno) {
        super(message == null ? code.text() : message, null, false, false);
        this.code = code;
        this.osErrno = osErrno;
    }

    CurlCode code() {
        return code;
    }

    Errno osErrno() {
        return osErrno;
    }
}
