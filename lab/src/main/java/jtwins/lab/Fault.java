package jtwins.lab;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** The far end a scenario talks to; start() gives its port and something to close afterwards. */
public enum Fault {
    /** Nothing listens: connect() is refused at once. */
    REFUSED,
    /** SYNs dropped by iptables inside the lab namespace: connect() hears nothing. */
    BLACK_HOLE,
    SILENT,
    ACCEPT_THEN_CLOSE,
    /** Accepts and closes 200 ms later: the FIN lands after the client's first read, never in a race with it. */
    CLOSE_AFTER_200MS,
    ACCEPT_THEN_RESET,
    ECHO,
    HELLO_THEN_CLOSE,
    HELLO_THEN_STALL,
    /**
     * "hello\n" 200 ms after accepting, then silence: the bytes land after the client's first read,
     * never in a race with it (mysqladmin reports the errno that read left: 11, or 115 if it lost).
     */
    HELLO_AFTER_200MS_THEN_STALL,
    /** "tick" every 600 ms, five times, then close: an idle timer of 1 s never fires. */
    DRIP_EVERY_600MS,
    /** "tick" every 1500 ms, five times, then close: an idle timer of 1 s fires after the first. */
    DRIP_EVERY_1500MS,
    SOCKS5_ECHO,
    /** SOCKS5 granted, then an HTTP/1.1 server keeping the connection: "ok\n" for each request. */
    SOCKS5_HTTP,
    /** HTTP/1.0 200 with a Content-Length: curl's "assume close after body". */
    HTTP10_OK,
    SOCKS5_REFUSED,
    SOCKS5_NO_METHOD,
    SOCKS4_ECHO,
    SOCKS4_REJECTED,
    HTTP_CONNECT_ECHO,
    HTTP_CONNECT_FORBIDDEN,
    HTTP_CONNECT_AUTH_REQUIRED,
    /** HTTP CONNECT granted, then the lab's rsync daemon (RSYNC_PROXY). */
    HTTP_CONNECT_RSYNCD,
    /** HTTP: 200 with "hello!\n". */
    HTTP_OK,
    HTTP_404,
    HTTP_500,
    HTTP_503,
    /** HTTP: 80 bytes; without Range: 30 of them, then silence; with "Range: bytes=30-", a 206 with the rest. */
    HTTP_RESUMABLE,
    /** HTTP: 503 with "Retry-After: 2". */
    HTTP_503_RETRY_AFTER,
    /** HTTP: 200, Content-Length 80, the headers and 30 bytes of body, then silence. */
    HTTP_STALL_BODY,
    /** HTTP: 200, Content-Length 80, the headers and 30 bytes of body, then close. */
    HTTP_SHORT_BODY,
    /** HTTP: 200 and a body of ten 10-byte pieces, one every 600 ms. */
    HTTP_DRIP,
    HTTP_CHUNKED,
    /** HTTP: 200 and a 64 KiB body. */
    HTTP_BIG,
    /** HTTP: 200 and a 4 MiB body: more than a pipe holds, so a reader that goes is noticed. */
    HTTP_HUGE,
    HTTP_GZIP,
    /** HTTP: "/" is a 302 to "/final", which answers 200. */
    HTTP_REDIRECT,
    /** HTTP: "/" is a 302 to "/final" on a connection kept alive for the next request. */
    HTTP_KEEPALIVE_REDIRECT,
    /** HTTP: every path is a 302 to "/again". */
    HTTP_REDIRECT_LOOP,
    /** HTTP: 200 with the request as received as the body. */
    HTTP_ECHO_REQUEST,
    /** As HTTP_ECHO_REQUEST, with "100 Continue" first when the request expects it. */
    HTTP_ECHO_CONTINUE,
    /** HTTP: reads the request, closes without answering. */
    HTTP_NO_REPLY,
    /** HTTP: the body is not HTTP at all. */
    HTTP_NOT_HTTP,
    /** HTTP: "Content-Length: -5", then a body and a close. */
    HTTP_LENGTH_NEGATIVE,
    /** HTTP: "Content-Length: abc". */
    HTTP_LENGTH_JUNK,
    /** HTTP: "Content-Length: 7x", digits then junk. */
    HTTP_LENGTH_TRAILING_JUNK,
    /** HTTP: a Content-Length past 63 bits, the body, then a close. */
    HTTP_LENGTH_OVERFLOW,
    /** HTTP: "Content-Length: 3", then "Content-Length: 6", the body "hello\n". */
    HTTP_LENGTH_TWICE,
    /** HTTP: chunked, with a chunk size that is not hex. */
    HTTP_CHUNK_NOT_HEX,
    /** HTTP: a header line without a colon. */
    HTTP_HEADER_NO_COLON,
    /** HTTP: the status line cut short ("HTTP/1.1 20"), then a close. */
    HTTP_STATUS_CUT,
    /** HTTP/1.1 with neither Content-Length nor chunks: the close ends the body. */
    HTTP_NO_LENGTH,
    /** HTTP: "Content-Length: 0" and five bytes after the head all the same. */
    HTTP_LENGTH_ZERO_EXTRA,
    /** HTTP: "Connection: close" and a Content-Length. */
    HTTP_CONNECTION_CLOSE,
    /** HTTP: "204 No Content" with no length, the connection kept open. */
    HTTP_NO_CONTENT,
    /** a small web site on a keep-alive server, for recursion (SiteFaults) */
    HTTP_SITE,
    /** HTTP: a relative redirect with spaces and "../" (HttpFaults.relativeRedirect). */
    HTTP_RELATIVE_REDIRECT,
    /** HTTP: a 302 to file:///etc/hostname, a protocol a follow may not take. */
    HTTP_FILE_REDIRECT,
    /** HTTP: 416 Requested Range Not Satisfiable to every request, an empty body. */
    HTTP_RANGE_416,
    /** HTTP: a chunk size of -5. */
    HTTP_CHUNK_NEGATIVE,
    /** HTTP: a 302 with no Location header. */
    HTTP_REDIRECT_NO_LOCATION,
    /** HTTP: Basic and Digest offered in one WWW-Authenticate until an Authorization comes (HttpFaults.digestAuth). */
    HTTP_DIGEST_AUTH,
    /** FTP: /pub/file.txt in passive mode (FtpFaults.serving). */
    FTP_SERVER,
    /** FTP: the same with EPSV refused, so PASV is used. */
    FTP_SERVER_NO_EPSV,
    /** FTP: a greeting, then no reply to anything. */
    FTP_MUTE,
    /** FTP: FTP_SERVER whose 200 to PORT or EPRT is the last it does for a transfer: it never connects back. */
    FTP_ACTIVE_NEVER,
    /** FTP: FTP_SERVER that answers a transfer's 150 in active mode with 425, not a connect. */
    FTP_ACTIVE_425,
    /** FTP: FTP_SERVER that refuses EPRT (500), so active mode falls back to PORT. */
    FTP_NO_EPRT,
    /** HTTP: 504 Gateway Timeout to every request. */
    HTTP_GATEWAY_TIMEOUT,
    /** HTTP: six transfer encodings, one more than curl stacks. */
    HTTP_SIX_ENCODINGS,
    /** HTTP: chunked, a chunk size of 17 hex digits, and the connection left open. */
    HTTP_CHUNK_TOO_LONG,
    /** HTTP: 200 with an ETag (and blanks around its value). */
    HTTP_ETAG,
    /** HTTP: one connection serving request after request, each echoed (HttpFaults.keepAliveEcho). */
    HTTP_KEEPALIVE_ECHO,
    /** HTTP: cookies set on a redirect, the request after it echoed (HttpFaults.cookieRedirect). */
    HTTP_COOKIE_REDIRECT,
    /** HTTP: cookies for public suffixes and for names below them, on each request (HttpFaults.suffixCookies). */
    HTTP_SUFFIX_COOKIES,
    /** HTTP: 401 with a Basic challenge until Authorization comes (HttpFaults.basicAuth). */
    HTTP_BASIC_AUTH,
    /** HTTP: no status line at all, only a body (HTTP/0.9). */
    HTTP_NINE,
    /** HTTP: chunked with a trailer header after the last chunk. */
    HTTP_CHUNKED_TRAILER,
    /** HTTP: a header folded onto a second line. */
    HTTP_FOLDED_HEADER,
    /** HTTP: a Content-Disposition naming a file, with a directory in the name. */
    HTTP_CONTENT_DISPOSITION,
    /** HTTPS with the lab's self-signed certificate (TlsFaults): 200 with "secure\n". */
    TLS_OK,
    /** TLS as TLS_OK, the 200 with "Strict-Transport-Security: max-age=3600; includeSubDomains". */
    TLS_HSTS,
    /**
     * An https:// proxy with the lab's certificate: a request for an absolute URL echoed; a CONNECT
     * granted, then each request echoed in the tunnel, over TLS again when it was to port 443.
     */
    HTTPS_PROXY_ECHO,
    /**
     * An HTTP proxy granting CONNECT, FTP_SERVER at the end of a tunnel to port 21, its passive
     * listeners on 127.0.0.2 at the end of any other: reachable through the proxy only.
     */
    FTP_BEHIND_CONNECT,
    /** FTP_BEHIND_CONNECT's proxy over TLS (the lab's certificate). */
    FTP_BEHIND_HTTPS_PROXY,
    /** A DNS server on 127.0.0.1:53 (the lab's resolv.conf: timeout:1 attempts:1) that swallows every query; the port is a refused one. */
    DNS_SWALLOW,
    DNS_NXDOMAIN,
    /** The real MariaDB server the lab starts once (MariaDbServer), without TLS; its socket is MariaDbServer.socketFor(port). */
    MARIADB,
    /** The same with TLS; its certificate is MariaDbServer.certificateFor(port). */
    MARIADB_TLS,
    /** MariaDB protocol: a framed packet "\x0agarbage" for a greeting. */
    MYSQL_JUNK_GREETING,
    /** MariaDB protocol: ERR 1040 "Too many connections" for a greeting. */
    MYSQL_TOO_MANY,
    /** MariaDB protocol: a greeting of protocol version 9. */
    MYSQL_PROTOCOL_9,
    /** A greeting without CLIENT_PLUGIN_AUTH: the rest of the packet is the scramble, 43 bytes. */
    MYSQL_GREETING_NO_PLUGIN_AUTH,
    /** A greeting whose scramble length byte says 200, past the packet's end. */
    MYSQL_GREETING_LONG_SCRAMBLE,
    /** A greeting naming an auth plugin the client does not have. */
    MYSQL_GREETING_UNKNOWN_PLUGIN,
    /** A MySQL 8 login, caching_sha2_password's fast path: user sha2 with password sekret, cached. */
    MYSQL8_SHA2_CACHED,
    /** The same, full path: not cached, the password sent under the server's RSA key. */
    MYSQL8_SHA2_FULL,
    /** A real rsync daemon (RsyncDaemon): modules pub, priv (auth) and empty. */
    RSYNCD,
    /** A real OpenLDAP server (LdapDaemon): dc=lab,dc=test with two people, cn=admin binds with "secret". */
    SLAPD,
    /** The same OpenLDAP server's ldaps:// port (a self-signed certificate in /tmp/jtwins-slapd-PORT/cert.pem). */
    SLAPD_TLS,
    /** A real Samba server (SambaDaemon): SMB1 with NTLM, share TESTS, the lab's user with "curltest". */
    SMBD,
    /** A real OpenSSH server (SshDaemon): scp and sftp with the key client_key, files under /tmp/jtwins-sshd-PORT. */
    SSHD,
    /** An rsync greeting, then silence. */
    RSYNC_GREET_STALL,
    /** Greeting, "@RSYNCD: OK" for any module, then silence where the binary protocol should start. */
    RSYNC_OK_STALL,
    /** Greeting, "@RSYNCD: OK", the client's arguments read, then a close. */
    RSYNC_OK_CLOSE,
    /** Greeting, "@RSYNCD: OK", the client's arguments read, then a reset. */
    RSYNC_OK_RESET,
    /** As RSYNC_OK_RESET, after the negotiation, once the client's input is multiplexed. */
    RSYNC_MUX_RESET,
    /** Reads the client's greeting and closes without a greeting of its own. */
    RSYNC_READ_THEN_CLOSE,
    UDP_SILENT,
    UDP_ECHO,
    UDP_CLOSED,
    /** TFTP: file.txt (1100 bytes, three blocks), ERROR 1 for any other name, writes taken (TftpFaultServer). */
    TFTP_FILE,
    /** TFTP: a server that never answers, which for a UDP client is also one that is not there. */
    TFTP_SILENT,
    /** SMTP: EHLO with SIZE and AUTH PLAIN LOGIN, user:secret, nobody refused, messages counted (SmtpFaults). */
    SMTP_SERVER,
    /** POP3: USER/PASS for user:secret, message 1 with dot-stuffed lines, LIST (Pop3Faults). */
    POP3_SERVER,
    /** IMAP: LOGIN for user:secret, INBOX with message 1, LIST (ImapFaults). */
    IMAP_SERVER,
    /** DICT: DEFINE of "basic" found, MATCH echoed, other commands echoed in a 500 (DictFaults). */
    DICT_SERVER,
    /** Gopher: a menu for the empty selector, a text for "/about", an error item quoting any other (GopherFaults). */
    GOPHER_SERVER,
    /** GOPHER_SERVER over TLS with the lab's certificate (gophers://). */
    GOPHERS_SERVER,
    /** An HTTP proxy granting CONNECT, GOPHER_SERVER at the tunnel's end. */
    GOPHER_BEHIND_CONNECT,
    /** RTSP: each request answered 200 with its own CSeq, a Session and a body (RtspFaults). */
    RTSP_SERVER,
    /** RTSP: answers without a CSeq. */
    RTSP_NO_CSEQ,
    /** RTSP: answers with "CSeq: abc". */
    RTSP_BAD_CSEQ,
    /** RTSP: answers with CSeq 7 whatever was asked. */
    RTSP_WRONG_CSEQ,
    /** HTTP: one request answered (200, "hello\n"), the connection closed 300 ms later under the next request. */
    HTTP_ONCE_THEN_CLOSE,
    /** MQTT: CONNACK, SUBACK, a PUBLISH naming what was last published here, DISCONNECT (MqttFaults). */
    MQTT_SERVER,
    /** MQTT: CONNACK with return code 5 (not authorised). */
    MQTT_REFUSING,
    /** MQTT: a PUBLISH of 100 bytes stopping after 10, then silence. */
    MQTT_STALL_PUBLISH,
    /** MQTT: a PUBLISH of 100 bytes stopping after 10, then the close. */
    MQTT_CUT_PUBLISH,
    /** MQTT: a PUBLISH whose remaining length has four bytes, the last with its continuation bit. */
    MQTT_EXCESSIVE_LENGTH,
    /** Telnet: options asked and offered at once, data with CR NUL and IAC IAC, what the client sent echoed in hex (TelnetFaults). */
    TELNET_SERVER,
    /** HTTP/2 over TLS (ALPN h2): each request's decoded fields come back as its body (Http2Faults). */
    H2_TLS,
    /** As H2_TLS, each stream reset with PROTOCOL_ERROR. */
    H2_TLS_RESET,
    /** As H2_TLS, half the body, then silence. */
    H2_TLS_STALL,
    /** As H2_TLS, half the body, then the connection closed. */
    H2_TLS_CUT,
    /** HTTP/2 in the clear: prior knowledge, or an HTTP/1.1 request with Upgrade: h2c answered 101; fields echoed. */
    H2C,
    /** As H2C, half the body, then silence. */
    H2C_STALL,
    /** An HTTP proxy granting CONNECT, H2C at the tunnel's end. */
    H2C_BEHIND_CONNECT,
    /** Debian's nginx, h2 over TLS (NginxServer). */
    NGINX_TLS,
    /** Debian's nginx, h2 in the clear (prior knowledge). */
    NGINX_H2C,
    /** Debian's nginx, HTTP/1.1. */
    NGINX_HTTP1;

    /** First port of the range lab-netns drops SYNs to. */
    public static final int BLACK_HOLE_FIRST = 7900;
    private static final AtomicInteger NEXT_BLACK_HOLE = new AtomicInteger(BLACK_HOLE_FIRST);

    /** A started fault: its port, and what to close when the scenario is over. */
    public record Running(int port, AutoCloseable server) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (server != null) {
                server.close();
            }
        }
    }

    public Running start() throws IOException {
        byte[] hello = "hello\n".getBytes(StandardCharsets.UTF_8);
        byte[] tick = "tick\n".getBytes(StandardCharsets.UTF_8);
        return switch (this) {
            case REFUSED, UDP_CLOSED -> new Running(freePort(), null);
            case BLACK_HOLE -> new Running(BLACK_HOLE_FIRST + (NEXT_BLACK_HOLE.getAndIncrement() - BLACK_HOLE_FIRST) % 100, null);
            case SILENT -> running(TcpFaultServer.start(TcpFaultServer.silent()));
            case ACCEPT_THEN_CLOSE -> running(TcpFaultServer.start(TcpFaultServer.acceptThenClose()));
            case CLOSE_AFTER_200MS -> running(TcpFaultServer.start(TcpFaultServer.acceptThenClose(200)));
            // the reset waits 200 ms so that it lands after connect() for any client, not in a race with it
            case ACCEPT_THEN_RESET -> running(TcpFaultServer.start(TcpFaultServer.acceptThenReset(200)));
            case ECHO -> running(TcpFaultServer.start(TcpFaultServer.echo()));
            case HELLO_THEN_CLOSE -> running(TcpFaultServer.start(TcpFaultServer.sendThenClose(hello)));
            case HELLO_THEN_STALL -> running(TcpFaultServer.start(TcpFaultServer.sendThenStall(hello)));
            case HELLO_AFTER_200MS_THEN_STALL -> running(TcpFaultServer.start(TcpFaultServer.sendThenStall(200, hello)));
            case DRIP_EVERY_600MS -> running(TcpFaultServer.start(TcpFaultServer.drip(tick, 600, 5)));
            case DRIP_EVERY_1500MS -> running(TcpFaultServer.start(TcpFaultServer.drip(tick, 1500, 5)));
            case SOCKS5_ECHO -> running(TcpFaultServer.start(ProxyFaults.socks5(0, 0)));
            case SOCKS5_HTTP -> running(TcpFaultServer.start(ProxyFaults.socks5(0, 0,
                    HttpFaults.serveEach(request -> HttpFaults.response("HTTP/1.1 200 OK", "", "ok\n".getBytes(StandardCharsets.ISO_8859_1))))));
            case HTTP10_OK -> raw("HTTP/1.0 200 OK\r\nContent-Length: 6\r\n\r\nhello\n");
            case SOCKS5_REFUSED -> running(TcpFaultServer.start(ProxyFaults.socks5(0, 5)));
            case SOCKS5_NO_METHOD -> running(TcpFaultServer.start(ProxyFaults.socks5(0xff, 0)));
            case SOCKS4_ECHO -> running(TcpFaultServer.start(ProxyFaults.socks4(90)));
            case SOCKS4_REJECTED -> running(TcpFaultServer.start(ProxyFaults.socks4(91)));
            case HTTP_CONNECT_ECHO -> running(TcpFaultServer.start(ProxyFaults.httpConnect("HTTP/1.0 200 Connection established")));
            case HTTP_CONNECT_FORBIDDEN -> running(TcpFaultServer.start(ProxyFaults.httpConnect("HTTP/1.1 403 Forbidden")));
            case HTTP_CONNECT_AUTH_REQUIRED -> running(TcpFaultServer.start(
                    ProxyFaults.httpConnect("HTTP/1.1 407 Proxy Authentication Required")));
            case HTTP_CONNECT_RSYNCD -> running(TcpFaultServer.start(ProxyFaults.httpConnectToRsyncDaemon()));
            case HTTP_OK -> http(HttpFaults.answer(HttpFaults.text("HTTP/1.1 200 OK", "hello!\n"), -1));
            case HTTP_404 -> http(HttpFaults.answer(HttpFaults.text("HTTP/1.1 404 Not Found", "nope\n"), -1));
            case HTTP_500 -> http(HttpFaults.answer(HttpFaults.text("HTTP/1.1 500 Internal Server Error", "oops\n"), -1));
            case HTTP_503 -> http(HttpFaults.answer(HttpFaults.text("HTTP/1.1 503 Service Unavailable", "busy\n"), -1));
            case HTTP_RESUMABLE -> http(HttpFaults.resumable());
            case HTTP_503_RETRY_AFTER -> http(HttpFaults.answer(HttpFaults.response("HTTP/1.1 503 Service Unavailable",
                    "Retry-After: 2\r\n", "busy\n".getBytes(StandardCharsets.UTF_8)), -1));
            case HTTP_STALL_BODY -> {
                byte[] r = HttpFaults.response("HTTP/1.1 200 OK", "", "y".repeat(80).getBytes(StandardCharsets.UTF_8));
                yield http(HttpFaults.answer(r, r.length - 50));
            }
            case HTTP_SHORT_BODY -> {
                byte[] r = HttpFaults.response("HTTP/1.1 200 OK", "", "y".repeat(80).getBytes(StandardCharsets.UTF_8));
                yield http(HttpFaults.cutShort(r, r.length - 50));
            }
            case HTTP_DRIP -> http(HttpFaults.drip("0123456789".getBytes(StandardCharsets.UTF_8), 600, 10));
            case HTTP_CHUNKED -> http(HttpFaults.answer(HttpFaults.chunked(), -1));
            case HTTP_BIG -> http(HttpFaults.answer(HttpFaults.response("HTTP/1.1 200 OK", "",
                    "0123456789abcdef".repeat(4096).getBytes(StandardCharsets.UTF_8)), -1));
            case HTTP_HUGE -> http(HttpFaults.answer(HttpFaults.response("HTTP/1.1 200 OK", "",
                    "0123456789abcdef".repeat(256 * 1024).getBytes(StandardCharsets.UTF_8)), -1));
            case HTTP_GZIP -> http(HttpFaults.answer(HttpFaults.gzipped("unzipped text\n"), -1));
            case HTTP_REDIRECT -> http(HttpFaults.redirect(302, false));
            case HTTP_REDIRECT_LOOP -> http(HttpFaults.redirect(302, true));
            case HTTP_KEEPALIVE_REDIRECT -> http(HttpFaults.keepAliveRedirect());
            case HTTP_ECHO_REQUEST -> http(HttpFaults.echoRequest());
            case HTTP_ECHO_CONTINUE -> http(HttpFaults.echoRequest(true));
            case HTTP_NO_REPLY -> http(HttpFaults.closeAfterRequest());
            case HTTP_NOT_HTTP -> http(HttpFaults.answer("SSH-2.0-OpenSSH_9.2\r\n".getBytes(StandardCharsets.UTF_8), -1));
            case HTTP_LENGTH_NEGATIVE -> raw("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\nhello\n");
            case HTTP_LENGTH_JUNK -> raw("HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\nhello\n");
            case HTTP_LENGTH_TRAILING_JUNK -> raw("HTTP/1.1 200 OK\r\nContent-Length: 3x\r\n\r\nhello\n");
            case HTTP_LENGTH_OVERFLOW -> raw("HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\nhello\n");
            case HTTP_LENGTH_TWICE -> raw("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 6\r\n\r\nhello\n");
            case HTTP_CHUNK_NOT_HEX -> raw("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n");
            case HTTP_HEADER_NO_COLON -> raw("HTTP/1.1 200 OK\r\nBogus line\r\nContent-Length: 6\r\n\r\nhello\n");
            case HTTP_STATUS_CUT -> raw("HTTP/1.1 20");
            case HTTP_NO_LENGTH -> raw("HTTP/1.1 200 OK\r\n\r\nhello\n");
            case HTTP_RELATIVE_REDIRECT -> http(HttpFaults.relativeRedirect());
            case HTTP_FILE_REDIRECT -> http(HttpFaults.fileRedirect());
            case HTTP_DIGEST_AUTH -> http(HttpFaults.digestAuth());
            case FTP_SERVER -> http(FtpFaults.serving(false));
            case FTP_SERVER_NO_EPSV -> http(FtpFaults.serving(true));
            case FTP_MUTE -> http(FtpFaults.mute());
            case FTP_ACTIVE_NEVER -> http(FtpFaults.serving(FtpFaults.ConnectBack.NEVER));
            case FTP_ACTIVE_425 -> http(FtpFaults.serving(FtpFaults.ConnectBack.SAYS_425));
            case FTP_NO_EPRT -> http(FtpFaults.serving(FtpFaults.ConnectBack.REFUSES_EPRT));
            case SMTP_SERVER -> http(SmtpFaults.serving());
            case POP3_SERVER -> http(Pop3Faults.serving());
            case IMAP_SERVER -> http(ImapFaults.serving());
            case DICT_SERVER -> http(DictFaults.serving());
            case GOPHER_SERVER -> http(GopherFaults.serving());
            case GOPHERS_SERVER -> http(TlsFaults.overTls(GopherFaults.serving()));
            case TELNET_SERVER -> http(TelnetFaults.negotiating());
            case RTSP_SERVER -> http(RtspFaults.serving(RtspFaults.Way.ECHO_CSEQ));
            case RTSP_NO_CSEQ -> http(RtspFaults.serving(RtspFaults.Way.NO_CSEQ));
            case RTSP_BAD_CSEQ -> http(RtspFaults.serving(RtspFaults.Way.BAD_CSEQ));
            case RTSP_WRONG_CSEQ -> http(RtspFaults.serving(RtspFaults.Way.WRONG_CSEQ));
            case HTTP_ONCE_THEN_CLOSE -> http(HttpFaults.answerOnceThenReset(
                    "HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nhello\n".getBytes(StandardCharsets.ISO_8859_1)));
            case MQTT_SERVER -> http(MqttFaults.serving(MqttFaults.Way.SERVING));
            case MQTT_REFUSING -> http(MqttFaults.serving(MqttFaults.Way.REFUSING));
            case MQTT_STALL_PUBLISH -> http(MqttFaults.serving(MqttFaults.Way.STALL_PUBLISH));
            case MQTT_CUT_PUBLISH -> http(MqttFaults.serving(MqttFaults.Way.CUT_PUBLISH));
            case MQTT_EXCESSIVE_LENGTH -> http(MqttFaults.serving(MqttFaults.Way.EXCESSIVE_LENGTH));
            case GOPHER_BEHIND_CONNECT -> http(ProxyFaults.httpConnectThen(GopherFaults.serving()));
            case HTTP_CHUNK_NEGATIVE -> raw("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n0\r\n\r\n");
            case HTTP_REDIRECT_NO_LOCATION -> raw("HTTP/1.1 302 Found\r\nContent-Length: 0\r\n\r\n");
            case HTTP_RANGE_416 -> raw("HTTP/1.1 416 Requested Range Not Satisfiable\r\nContent-Length: 0\r\n\r\n");
            case HTTP_GATEWAY_TIMEOUT -> raw("HTTP/1.1 504 Gateway Timeout\r\nContent-Length: 0\r\n\r\n");
            case HTTP_SIX_ENCODINGS -> raw("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip,gzip,gzip,gzip,gzip,gzip\r\n\r\n-foo-\n");
            case HTTP_CHUNK_TOO_LONG -> http(HttpFaults.answer(("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "12345678123456789\r\naaaa\r\n0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), 1000));
            case HTTP_ETAG -> raw("HTTP/1.1 200 OK\r\nETag:   \"abc-123\"  \r\nContent-Length: 6\r\n\r\nhello\n");
            case HTTP_KEEPALIVE_ECHO -> http(HttpFaults.keepAliveEcho());
            case HTTP_COOKIE_REDIRECT -> http(HttpFaults.cookieRedirect());
            case HTTP_SUFFIX_COOKIES -> http(HttpFaults.suffixCookies());
            case HTTP_BASIC_AUTH -> http(HttpFaults.basicAuth());
            case HTTP_NINE -> raw("just a body, no head\n");
            case HTTP_CHUNKED_TRAILER -> raw("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    + "6\r\nhello\n\r\n0\r\nX-Trailer: yes\r\n\r\n");
            case HTTP_CONTENT_DISPOSITION -> raw("HTTP/1.1 200 OK\r\nContent-Disposition: attachment; "
                    + "filename=\"../up/named.txt\"; size=6\r\nContent-Length: 6\r\n\r\nhello\n");
            case HTTP_FOLDED_HEADER -> raw("HTTP/1.1 200 OK\r\nX-Folded: first\r\n  second\r\nContent-Length: 6\r\n\r\nhello\n");
            case HTTP_SITE -> http(SiteFaults.site());
            case HTTP_NO_CONTENT -> {
                // all of it, then the connection stays open: a client that waits for a body hangs
                byte[] r = "HTTP/1.1 204 No Content\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
                yield http(HttpFaults.answer(r, r.length));
            }
            case HTTP_LENGTH_ZERO_EXTRA -> raw("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\nextra");
            case HTTP_CONNECTION_CLOSE -> raw("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 6\r\n\r\nhello\n");
            case TLS_OK -> http(TlsFaults.answer());
            case H2_TLS -> http(Http2Faults.tls(Http2Faults.Answer.ECHO));
            case H2_TLS_RESET -> http(Http2Faults.tls(Http2Faults.Answer.RESET));
            case H2_TLS_STALL -> http(Http2Faults.tls(Http2Faults.Answer.STALL));
            case H2_TLS_CUT -> http(Http2Faults.tls(Http2Faults.Answer.CUT));
            case H2C -> http(Http2Faults.cleartext(Http2Faults.Answer.ECHO));
            case H2C_STALL -> http(Http2Faults.cleartext(Http2Faults.Answer.STALL));
            case H2C_BEHIND_CONNECT -> http(Http2Faults.behindConnect(Http2Faults.Answer.ECHO));
            case TLS_HSTS -> http(TlsFaults.answer("Strict-Transport-Security: max-age=3600; includeSubDomains\r\n"));
            case HTTPS_PROXY_ECHO -> http(TlsFaults.httpsProxy());
            case FTP_BEHIND_CONNECT, FTP_BEHIND_HTTPS_PROXY -> {
                // the passive listeners on 127.0.0.2: a data connection that skips the proxy finds nothing
                InetAddress passive = InetAddress.getByName("127.0.0.2");
                TcpFaultServer ftp = TcpFaultServer.start(FtpFaults.serving(false, passive));
                TcpFaultServer proxy = TcpFaultServer.start(ProxyFaults.connectToLoopbackFtp(ftp.port(), passive,
                        this == FTP_BEHIND_HTTPS_PROXY ? TlsFaults.serverContext() : null));
                yield new Running(proxy.port(), () -> {
                    proxy.close();
                    ftp.close();
                });
            }
            case DNS_SWALLOW -> new Running(freePort(),
                    DnsFaultServer.start(InetAddress.getByName("127.0.0.1"), 53, DnsFaultServer.Mode.SWALLOW));
            case DNS_NXDOMAIN -> new Running(freePort(),
                    DnsFaultServer.start(InetAddress.getByName("127.0.0.1"), 53, DnsFaultServer.Mode.NXDOMAIN));
            case MARIADB -> new Running(MariaDbServer.plain().port(), null);
            case NGINX_TLS -> new Running(NginxServer.get().tlsPort(), null);
            case NGINX_H2C -> new Running(NginxServer.get().h2cPort(), null);
            case NGINX_HTTP1 -> new Running(NginxServer.get().http1Port(), null);
            case MARIADB_TLS -> new Running(MariaDbServer.withTls().port(), null);
            case RSYNCD -> new Running(RsyncDaemon.get().port(), null);
            case SSHD -> new Running(SshDaemon.get().port(), null);
            case SLAPD -> new Running(LdapDaemon.get().port(), null);
            case SLAPD_TLS -> new Running(LdapDaemon.get().tlsPort(), null);
            case SMBD -> new Running(SambaDaemon.get().port(), null);
            case RSYNC_GREET_STALL -> running(TcpFaultServer.start(TcpFaultServer.sendThenStall(RsyncFaults.GREETING)));
            case RSYNC_OK_STALL -> running(TcpFaultServer.start(RsyncFaults.okThen(false)));
            case RSYNC_OK_CLOSE -> running(TcpFaultServer.start(RsyncFaults.okThen(true)));
            case RSYNC_OK_RESET -> running(TcpFaultServer.start(RsyncFaults.okThenReset(false)));
            case RSYNC_MUX_RESET -> running(TcpFaultServer.start(RsyncFaults.okThenReset(true)));
            case RSYNC_READ_THEN_CLOSE -> running(TcpFaultServer.start(RsyncFaults.readThenClose()));
            case MYSQL_JUNK_GREETING -> running(TcpFaultServer.start(MysqlFaults.junkGreeting()));
            case MYSQL_TOO_MANY -> running(TcpFaultServer.start(MysqlFaults.errorGreeting(1040, "Too many connections")));
            case MYSQL_PROTOCOL_9 -> running(TcpFaultServer.start(MysqlFaults.protocol9()));
            case MYSQL_GREETING_NO_PLUGIN_AUTH -> running(TcpFaultServer.start(
                    MysqlFaults.greeting(21, false, "mysql_native_password")));
            case MYSQL_GREETING_LONG_SCRAMBLE -> running(TcpFaultServer.start(
                    MysqlFaults.greeting(200, true, "mysql_native_password")));
            case MYSQL_GREETING_UNKNOWN_PLUGIN -> running(TcpFaultServer.start(
                    MysqlFaults.greeting(21, true, "auth_lab_unknown")));
            case MYSQL8_SHA2_CACHED -> running(TcpFaultServer.start(MysqlFaults.cachingSha2("sha2", "sekret", true)));
            case MYSQL8_SHA2_FULL -> running(TcpFaultServer.start(MysqlFaults.cachingSha2("sha2", "sekret", false)));
            case UDP_SILENT -> {
                UdpFaultServer s = UdpFaultServer.silent(0);
                yield new Running(s.port(), s);
            }
            case TFTP_SILENT -> {
                UdpFaultServer s = UdpFaultServer.silent(0);
                yield new Running(s.port(), s);
            }
            case TFTP_FILE -> {
                TftpFaultServer s = TftpFaultServer.serving("a chunk of data\n".repeat(69).substring(0, 1100)
                        .getBytes(StandardCharsets.ISO_8859_1));
                yield new Running(s.port(), s);
            }
            case UDP_ECHO -> {
                UdpFaultServer s = UdpFaultServer.echo(0);
                yield new Running(s.port(), s);
            }
        };
    }

    /** A response as these bytes, then a close: framing the twin must read as curl and wget do. */
    private static Running raw(String response) throws IOException {
        return http(HttpFaults.answer(response.getBytes(StandardCharsets.ISO_8859_1), -1));
    }

    private static Running http(TcpFaultServer.Behaviour b) throws IOException {
        return running(TcpFaultServer.start(b));
    }

    private static Running running(TcpFaultServer s) {
        return new Running(s.port(), s);
    }

    /** A loopback port nothing listens on (bound once, then released), below the ephemeral range. */
    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int candidate = 20000 + (int) (Math.random() * 10000);
            try (ServerSocket probe = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return probe.getLocalPort();
            } catch (IOException busy) {
                // try another
            }
        }
        throw new IOException("no free loopback port");
    }
}
