package jtwins.curl;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import jtwins.curl.http2.Http2Frames;

/**
 * The request curl 7.88.1 sends (lib/http.c Curl_http()): the request line (HTTP/1.0 with -0), Host,
 * Authorization, Range, User-Agent, Accept, Accept-Encoding, Referer, Proxy-Connection,
 * Transfer-Encoding for an upload of unknown size, then -H headers in order, then for a body
 * Content-Length (not when chunked), Content-Type for a POST, and Expect: 100-continue (a PUT with
 * data, a POST over 1 MiB; never on HTTP/1.0). A -H header with a built-in's name replaces it
 * ("Name:" alone removes it, "Name;" sends it empty); a custom Host takes the Host line's place.
 */
final class RequestHead {
    static final String USER_AGENT = "curl/7.88.1";
    private static final int EXPECT_100_THRESHOLD = 1024 * 1024;

    private RequestHead() {
    }

    /**
     * The request head; the scope says what of the command line still goes (a redirect's request
     * may not send all of it).
     * @param resumeFrom where -C asks the body to start; 0 for the whole
     * @param upload -T's data, sent with PUT; null for none
     */
    static String build(CurlConfig c, CurlUrl url, String method, String body, boolean viaProxy, long resumeFrom,
                        Upload upload, RequestScope scope) {
        StringBuilder h = new StringBuilder();
        String target = c.requestTarget != null ? c.requestTarget : viaProxy ? proxyTarget(url, scope) : originTarget(url);
        boolean http10 = c.http10 || scope.http10();
        h.append(method).append(' ').append(target).append(http10 ? " HTTP/1.0\r\n" : " HTTP/1.1\r\n");
        String customHost = scope.customHost() ? customValue(c, "Host") : null;
        if (customHost == null) {
            h.append("Host: ").append(url.hostHeader()).append("\r\n");
        } else if (!customHost.isEmpty()) {
            h.append(customHost).append("\r\n");
        }
        for (String line : scope.authorization()) {
            h.append(line).append("\r\n");
        }
        if (upload != null && (c.resumeFrom > 0 || c.resumeFromCurrent || c.range != null)
                && customValue(c, "Content-Range") == null) {
            // Curl_http_range() for an upload: what part of the whole file this body is
            long total = upload.data.length();
            if (c.resumeFromCurrent) {
                h.append("Content-Range: bytes 0-").append(total - 1).append('/').append(total).append("\r\n");
            } else if (c.resumeFrom > 0) {
                h.append("Content-Range: bytes ").append(c.resumeFrom).append('-').append(total - 1).append('/')
                        .append(total).append("\r\n");
            } else {
                h.append("Content-Range: bytes ").append(c.range).append('/').append(total).append("\r\n");
            }
        }
        // Curl_http_range() asks for a range on a GET or HEAD request: a -X GET that uploads or posts is none
        boolean ranged = (method.equals("GET") || method.equals("HEAD")) && upload == null && body == null;
        if (ranged && customValue(c, "Range") == null) {
            if (c.range != null) {
                h.append("Range: bytes=").append(c.range).append("\r\n");
            } else if (resumeFrom > 0) {
                h.append("Range: bytes=").append(resumeFrom).append("-\r\n");
            }
        }
        // an empty -A sends none
        if (customValue(c, "User-Agent") == null && !"".equals(c.userAgent)) {
            h.append("User-Agent: ").append(c.userAgent == null ? USER_AGENT : c.userAgent).append("\r\n");
        }
        if (customValue(c, "Accept") == null) {
            h.append("Accept: */*\r\n");
        }
        boolean askTe = c.trEncoding && !names(c, "TE");
        if (askTe) {
            // Curl_transferencode(): TE: gzip, and TE added to the Connection: a -H gave (which then goes no more)
            String connection = customConnection(c);
            h.append("Connection: ").append(connection == null ? "" : connection)
                    .append(connection != null && !connection.isEmpty() ? ", " : "").append("TE\r\nTE: gzip\r\n");
        }
        if (c.compressed && customValue(c, "Accept-Encoding") == null) {
            h.append("Accept-Encoding: deflate, gzip, br, zstd\r\n");
        }
        if (scope.referer() != null && customValue(c, "Referer") == null) {
            h.append("Referer: ").append(scope.referer()).append("\r\n");
        }
        if (viaProxy && customValue(c, "Proxy-Connection") == null
                && !names(c.proxyHeaders, "Proxy-Connection")) {
            h.append("Proxy-Connection: Keep-Alive\r\n");
        }
        if (upload != null && chunky(c, upload) && customValue(c, "Transfer-Encoding") == null && !scope.http2()) {
            h.append("Transfer-Encoding: chunked\r\n");
        }
        if (c.http2Upgrade() && !url.tls() && !scope.http2()) {
            // Curl_http2_request_upgrade(): the h2c magic after the built-in fields, before cookies and -H
            h.append("Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: ")
                    .append(Base64.getUrlEncoder().withoutPadding().encodeToString(Http2Frames.curlSettings()))
                    .append("\r\n");
        }
        if (scope.cookies() != null) {
            h.append("Cookie: ").append(scope.cookies()).append("\r\n");
        }
        if (c.timeCondition != null && !names(c, c.timeCondition)) {
            h.append(c.timeCondition).append(": ").append(CurlDate.httpDate(c.condTime)).append("\r\n");
        }
        for (String header : c.headers) {
            String name = nameOf(header);
            boolean secret = name.equals("authorization") || name.equals("cookie");
            boolean formType = scope.contentType() != null && name.equals("content-type");
            // while authentication probes, the length is forced to zero: a -H Content-Length does not go
            boolean probeLength = scope.probe() && name.equals("content-length");
            if ((scope.auth() || !secret) && !(askTe && name.equals("connection")) && !formType && !probeLength) {
                appendCustom(h, java.util.List.of(header), false);
            }
        }
        if (viaProxy) {
            // Curl_add_custom_headers() to a proxy: --proxy-header's list after -H's
            appendCustom(h, c.proxyHeaders, false);
        }
        if (upload != null) {
            // Curl_http_bodysend()'s PUT: the size when known, and Expect: 100-continue for any data on HTTP/1.1
            if ((scope.probe() || customValue(c, "Content-Length") == null) && !chunky(c, upload)) {
                h.append("Content-Length: ").append(body.length()).append("\r\n");
            }
            if (!scope.noExpect() && expects100(c, body, upload, http10) && !names(c, "Expect")) {
                h.append("Expect: 100-continue\r\n");
            }
        } else if (body != null && scope.probe() && scope.contentType() != null) {
            // Curl_http_bodysend()'s form while authentication takes rounds: nothing to post
            h.append("Content-Length: 0\r\n");
        } else if (body != null) {
            if ((scope.probe() || customValue(c, "Content-Length") == null) && !chunky(c, null)) {
                h.append("Content-Length: ").append(body.length()).append("\r\n");
            }
            if (scope.contentType() != null) {
                h.append("Content-Type: ").append(scope.contentType()).append("\r\n");
            } else if (customValue(c, "Content-Type") == null) {
                h.append("Content-Type: application/x-www-form-urlencoded\r\n");
            }
            if (!scope.noExpect() && expects100(c, body, null, http10) && !names(c, "Expect")) {
                h.append("Expect: 100-continue\r\n");
            }
        }
        h.append("\r\n");
        return h.toString();
    }

    /**
     * rtsp_do() for the tool, which always asks OPTIONS of the stream "*": the CSeq and the Session
     * an earlier answer gave, then Referer,
     * User-Agent (unless -H names one) and the authorization lines, then every -H as given (Host:
     * too: RTSP has none of its own), and the blank line; never a body.
     */
    static String rtsp(CurlConfig c, long cseq, String session, RequestScope scope) {
        StringBuilder h = new StringBuilder("OPTIONS * RTSP/1.0\r\nCSeq: ").append(cseq).append("\r\n");
        if (session != null) {
            h.append("Session: ").append(session).append("\r\n");
        }
        if (scope.referer() != null && customValue(c, "Referer") == null) {
            h.append("Referer: ").append(scope.referer()).append("\r\n");
        }
        if (customValue(c, "User-Agent") == null) {
            h.append("User-Agent: ").append(c.userAgent == null ? USER_AGENT : c.userAgent).append("\r\n");
        }
        for (String line : scope.authorization()) {
            h.append(line).append("\r\n");
        }
        appendCustom(h, c.headers, true);
        return h.append("\r\n").toString();
    }

    /**
     * url.c's parseurlandfillconn() takes the path with CURLU_URLENCODE (a control byte, a space and
     * each byte above 126 as lower-case %xx) and the query as it is; a proxy gets the URL unencoded.
     */
    private static String originTarget(CurlUrl url) {
        String path = url.path();
        StringBuilder out = new StringBuilder(url.target().length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                out.append('%').append(Character.forDigit(c >> 4 & 0xf, 16)).append(Character.forDigit(c & 0xf, 16));
            } else {
                out.append(c);
            }
        }
        return out.append(url.target(), path.length(), url.target().length()).toString();
    }

    /**
     * The absolute URL a proxy is asked for: without credentials, but for ftp://, whose user and
     * password (the URL's, or -u's that override_login() wrote into it) the proxy needs.
     */
    private static String proxyTarget(CurlUrl url, RequestScope scope) {
        if (!url.scheme().equals("ftp") || scope.credentials() == null) {
            return url.effectiveWithoutUser();
        }
        HttpAuth.Login login = HttpAuth.Login.of(scope.credentials());
        String without = url.effectiveWithoutUser();
        return "ftp://" + urlEncoded(login.user()) + (login.password().isEmpty() ? "" : ":" + urlEncoded(login.password()))
                + "@" + without.substring("ftp://".length());
    }

    /** CURLU_URLENCODE of user info: what is not unreserved becomes %XX. */
    private static String urlEncoded(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.ISO_8859_1)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 0x80 || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /**
     * The host name a -H Host: gives, for cookies: its value without a port (an IPv6 one without
     * brackets); null for none or an empty one.
     */
    static String customHostName(CurlConfig c) {
        String line = customValue(c, "Host");
        if (line == null || line.isEmpty()) {
            return null;
        }
        String v = line.substring(line.indexOf(':') + 1).strip();
        if (v.isEmpty()) {
            return null;
        }
        if (v.startsWith("[")) {
            int close = v.indexOf(']');
            return close < 0 ? v.substring(1) : v.substring(1, close);
        }
        int colon = v.indexOf(':');
        return colon < 0 ? v : v.substring(0, colon);
    }

    /** Curl_copy_header_value() of the first -H naming Connection (':' or ';'), trimmed; null for none. */
    private static String customConnection(CurlConfig c) {
        for (String h : c.headers) {
            if (h.regionMatches(true, 0, "Connection", 0, 10) && h.length() > 10
                    && (h.charAt(10) == ':' || h.charAt(10) == ';')) {
                return h.substring(11).strip();
            }
        }
        return null;
    }

    /** A -H Content-Type:'s value, blanks before it skipped; null for none (or one that removes it). */
    static String customContentType(CurlConfig c) {
        String line = customValue(c, "Content-Type");
        if (line == null || line.isEmpty()) {
            return null;
        }
        return line.substring(line.indexOf(':') + 1).stripLeading();
    }

    /** Curl_checkheaders(): whether a -H names the header (its name then ':' or ';'). */
    static boolean names(CurlConfig c, String name) {
        return names(c.headers, name);
    }

    static boolean names(java.util.List<String> headers, String name) {
        for (String h : headers) {
            if (h.regionMatches(true, 0, name, 0, name.length()) && h.length() > name.length()
                    && (h.charAt(name.length()) == ':' || h.charAt(name.length()) == ';')) {
                return true;
            }
        }
        return false;
    }

    /** A -H "Transfer-Encoding: chunked": the body goes as chunks, with no Content-Length (upload_chunky). */
    static boolean chunky(CurlConfig c, Upload upload) {
        String te = customValue(c, "Transfer-Encoding");
        if (te != null) {
            return te.toLowerCase(Locale.ROOT).contains("chunked");
        }
        // an upload of unknown size goes chunked on HTTP/1.1
        return upload != null && !upload.sizeKnown && !c.http10;
    }

    /** The body as sent: as chunks when chunky, one chunk of it (hex size) and the last, empty one. */
    static String framed(CurlConfig c, String body, Upload upload) {
        if (body == null || !chunky(c, upload)) {
            return body;
        }
        return (body.isEmpty() ? "" : Integer.toHexString(body.length()) + "\r\n" + body + "\r\n") + "0\r\n\r\n";
    }

    /**
     * Whether the body waits for a 100 (data->state.expect100header): a -H Expect: decides by naming
     * 100-continue; otherwise a PUT with data or of unknown size, or a POST over 1 MiB, on HTTP/1.1.
     */
    static boolean expects100(CurlConfig c, String body, Upload upload, boolean http10) {
        if (body == null) {
            return false;
        }
        boolean named = names(c, "Expect");
        if (upload != null) {
            if ((body.isEmpty() && upload.sizeKnown) || http10) {
                return false;
            }
            return named ? customIs100(c) : true;
        }
        if (named) {
            return customIs100(c);
        }
        return !http10 && body.length() > EXPECT_100_THRESHOLD;
    }

    /** Curl_compareheader(): the first -H naming Expect is "Expect:" with 100-continue among its values. */
    private static boolean customIs100(CurlConfig c) {
        for (String h : c.headers) {
            if (h.regionMatches(true, 0, "Expect", 0, 6) && h.length() > 6 && (h.charAt(6) == ':' || h.charAt(6) == ';')) {
                if (h.charAt(6) != ':') {
                    return false;
                }
                for (String token : h.substring(7).split(",")) {
                    if (token.strip().equalsIgnoreCase("100-continue")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Curl_add_custom_headers(): each header that sends something, a Host: only on a CONNECT (curl built its own). */
    static void appendCustom(StringBuilder h, java.util.List<String> headers, boolean connect) {
        for (String header : headers) {
            String line = customLine(header);
            if (line != null && (connect || !nameOf(header).equals("host"))) {
                h.append(line).append("\r\n");
            }
        }
    }

    /** The proxy's user:password: the proxy URL's own, else -U's (no ':' means an empty password); null for none. */
    static String proxyCredentials(CurlConfig c, CurlUrl proxy) {
        if (proxy != null && proxy.user() != null) {
            return proxy.user() + ":" + proxy.password();
        }
        if (c.proxyUser != null) {
            return c.proxyUser.indexOf(':') >= 0 ? c.proxyUser : c.proxyUser + ":";
        }
        return null;
    }

    static String base64(String credentials) {
        return Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The line the first -H naming a header sends: null if none names it, "" if it removes the header. */
    private static String customValue(CurlConfig c, String name) {
        for (String header : c.headers) {
            if (nameOf(header).equalsIgnoreCase(name)) {
                // Curl_checkheaders(): the first that names it
                String line = customLine(header);
                return line == null ? "" : line;
            }
        }
        return null;
    }

    /** What a -H argument sends: "Name: value", "Name:" for "Name;", nothing for "Name:" alone. */
    private static String customLine(String header) {
        int colon = header.indexOf(':');
        int semicolon = header.indexOf(';');
        // Curl_add_custom_headers(): "Name;" sends an empty header only when the semicolon ends the argument
        if (colon < 0 && semicolon > 0 && semicolon == header.length() - 1) {
            return header.substring(0, semicolon) + ":";
        }
        if (colon < 0) {
            return null;
        }
        if (header.substring(colon + 1).isBlank()) {
            return null;
        }
        return header;
    }

    private static String nameOf(String header) {
        int end = header.length();
        int colon = header.indexOf(':');
        int semicolon = header.indexOf(';');
        if (colon >= 0) {
            end = colon;
        } else if (semicolon >= 0) {
            end = semicolon;
        }
        return header.substring(0, end).strip().toLowerCase(Locale.ROOT);
    }
}
