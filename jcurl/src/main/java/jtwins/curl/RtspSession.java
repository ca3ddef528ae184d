package jtwins.curl;

/**
 * What rtsp.c keeps for one transfer's RTSP requests: the CSeq to send next (rtsp_connect() starts
 * a new connection's count at 1; a kept connection's first request goes with 0, the handle never
 * having connected), the Session a response named (sent back, and held to, from then on), the
 * CSeq the last response gave. -H may not set CSeq (85) or Session (43); an unreadable CSeq line
 * is 85 as it is parsed; rtsp_done() wants its CSeq back (85, "did not match").
 */
final class RtspSession {
    private long nextCseq = -1;
    private long sent;
    private long received;
    private String sessionId;

    /** rtsp_do()'s checks and numbering for the next request; fresh: on a connection this transfer made. */
    long nextRequest(CurlConfig c, boolean fresh) throws TransferFailed {
        if (nextCseq < 0) {
            nextCseq = fresh ? 1 : 0;
        }
        if (RequestHead.names(c, "CSeq")) {
            throw new TransferFailed(CurlCode.RTSP_CSEQ_ERROR, "CSeq cannot be set as a custom header.");
        }
        if (RequestHead.names(c, "Session")) {
            throw new TransferFailed(CurlCode.BAD_FUNCTION_ARGUMENT, "Session ID cannot be set as a custom header.");
        }
        sent = nextCseq++;
        received = 0;
        return sent;
    }

    /** The Session header the request carries, or null before a response named one. */
    String sessionId() {
        return sessionId;
    }

    /** Curl_rtsp_parseheader() on one header line as received, CRLF and all. */
    void header(String line) throws TransferFailed {
        if (line.regionMatches(true, 0, "CSeq:", 0, 5)) {
            // sscanf(": %ld"): blanks, then a number with its sign
            int at = 5;
            while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
                at++;
            }
            int start = at;
            if (at < line.length() && (line.charAt(at) == '-' || line.charAt(at) == '+')) {
                at++;
            }
            int digits = at;
            while (at < line.length() && Character.isDigit(line.charAt(at))) {
                at++;
            }
            if (at == digits) {
                throw new TransferFailed(CurlCode.RTSP_CSEQ_ERROR, "Unable to read the CSeq header: [" + line + "]");
            }
            received = Long.parseLong(line.substring(start, at).replace("+", ""));
        } else if (line.regionMatches(true, 0, "Session:", 0, 8)) {
            int start = 8;
            while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
                start++;
            }
            if (start == line.length()) {
                throw new TransferFailed(CurlCode.RTSP_SESSION_ERROR, "Got a blank Session ID");
            }
            int end = start;
            while (end < line.length() && line.charAt(end) != ';' && !Character.isWhitespace(line.charAt(end))) {
                end++;
            }
            String id = line.substring(start, end);
            if (sessionId == null) {
                sessionId = id;
            } else if (!sessionId.equals(id)) {
                throw new TransferFailed(CurlCode.RTSP_SESSION_ERROR, "Got RTSP Session ID Line [" + line.substring(start)
                        + "], but wanted ID [" + sessionId + "]");
            }
        }
    }

    /** rtsp_done(): the response's CSeq must be the request's. */
    void done() throws TransferFailed {
        if (sent != received) {
            throw new TransferFailed(CurlCode.RTSP_CSEQ_ERROR,
                    "The CSeq of this request " + sent + " did not match the response " + received);
        }
    }
}
