package jtwins.curl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The curl_easy_setopt() calls tool_operate.c's single_transfer() makes for one transfer, in its
 * order, as --libcurl writes them. tool_setopt() writes only what libcurl accepted, so the program is
 * the one a curl with the libcurl that --version describes writes: TLS, FTP, HTTP/2, RTSP (its
 * CURLOPT_INTERLEAVEDATA) and SSH, as Debian's.
 */
final class LibcurlSetopts {
    private static final String[] AUTH_NAMES = {"CURLAUTH_ANY", "CURLAUTH_ANYSAFE", "CURLAUTH_BASIC", "CURLAUTH_DIGEST",
        "CURLAUTH_GSSNEGOTIATE", "CURLAUTH_NTLM", "CURLAUTH_DIGEST_IE", "CURLAUTH_NTLM_WB", "CURLAUTH_ONLY",
        "CURLAUTH_NONE"};
    private static final long[] AUTH_BITS = {~(1L << 4), ~(1L | 1L << 4), 1, 2, 4, 8, 1 << 4, 1 << 5, 1L << 31, 0};
    private static final String[] SSLOPT_NAMES = {"CURLSSLOPT_ALLOW_BEAST", "CURLSSLOPT_NO_REVOKE"};
    private static final long[] SSLOPT_BITS = {1, 2};
    /** tool_cfgable.h's BUFFER_SIZE. */
    private static final long BUFFER_SIZE = 102400;

    private LibcurlSetopts() {
    }

    /** One transfer's options: the URL it fetches, -T's file, and whether its output is the terminal. */
    static void record(LibcurlSource src, CurlConfig c, UrlNode node, boolean quietMeter) {
        if (!c.tcpNoDelay) {
            src.setLong("CURLOPT_TCP_NODELAY", 0);
        }
        if (c.tcpFastOpen) {
            src.setLong("CURLOPT_TCP_FASTOPEN", 1);
        }
        src.setObject("CURLOPT_WRITEDATA", true);
        src.setObject("CURLOPT_INTERLEAVEDATA", true);
        src.setFunction("CURLOPT_WRITEFUNCTION");
        src.setObject("CURLOPT_READDATA", true);
        src.setFunction("CURLOPT_READFUNCTION");
        src.setObject("CURLOPT_SEEKDATA", true);
        src.setFunction("CURLOPT_SEEKFUNCTION");
        src.setLong("CURLOPT_BUFFERSIZE", BUFFER_SIZE);
        src.setString("CURLOPT_URL", url(c, node));
        src.setLong("CURLOPT_NOPROGRESS", quietMeter ? 1 : 0);
        if (c.head) {
            src.setLong("CURLOPT_NOBODY", 1);
        }
        src.setString("CURLOPT_XOAUTH2_BEARER", c.bearer);
        proxy(src, c);
        src.setLong("CURLOPT_SUPPRESS_CONNECT_HEADERS", c.suppressConnectHeaders ? 1 : 0);
        src.setLong("CURLOPT_FAILONERROR", c.fail ? 1 : 0);
        // my_setopt(), not my_setopt_str(): a string only named among the options not written
        src.setObject("CURLOPT_REQUEST_TARGET", c.requestTarget != null);
        src.setLong("CURLOPT_UPLOAD", node.infile != null ? 1 : 0);
        src.setLong("CURLOPT_DIRLISTONLY", c.listOnly ? 1 : 0);
        src.setLong("CURLOPT_APPEND", c.ftpAppend ? 1 : 0);
        CurlConfig.Netrc netrc = c.netrcMode();
        src.setEnum("CURLOPT_NETRC", netrc.ordinal(), "CURL_NETRC_" + netrc.name());
        src.setString("CURLOPT_NETRC_FILE", c.netrcFile);
        src.setString("CURLOPT_USERPWD", c.user);
        src.setString("CURLOPT_RANGE", c.range);
        src.setObject("CURLOPT_ERRORBUFFER", true);
        src.setLong("CURLOPT_TIMEOUT_MS", c.maxTimeMs);
        if (c.postData != null && !c.useGet) {
            src.setString("CURLOPT_POSTFIELDS", c.postData.toString());
            src.setOff("CURLOPT_POSTFIELDSIZE_LARGE", c.postData.length());
        } else if (!c.form.isEmpty()) {
            src.setMime("CURLOPT_MIMEPOST", c.form);
        }
        if (c.formEscape) {
            src.setLong("CURLOPT_MIME_OPTIONS", 1);
        }
        src.setBitmask("CURLOPT_HTTPAUTH", c.authType, AUTH_NAMES, AUTH_BITS);
        src.setSlist("CURLOPT_HTTPHEADER", c.headers);
        src.setString("CURLOPT_REFERER", c.referer);
        src.setString("CURLOPT_USERAGENT", c.userAgent != null ? c.userAgent : RequestHead.USER_AGENT);
        http(src, c);
        src.setString("CURLOPT_FTPPORT", c.ftpPort);
        src.setLong("CURLOPT_LOW_SPEED_LIMIT", c.speedLimit);
        src.setLong("CURLOPT_LOW_SPEED_TIME", c.speedTimeSeconds);
        src.setOff("CURLOPT_RESUME_FROM_LARGE", resumeFrom(c, node));
        src.setString("CURLOPT_KEYPASSWD", c.keyPassword);
        boolean ssh = ssh(c, node);
        if (ssh) {
            // the SSH block, for scp:// and sftp:// URLs alone
            src.setString("CURLOPT_SSH_PRIVATE_KEYFILE", c.key);
            src.setString("CURLOPT_SSH_PUBLIC_KEYFILE", c.pubkey);
            src.setString("CURLOPT_SSH_HOST_PUBLIC_KEY_MD5", c.hostPubMd5);
            src.setString("CURLOPT_SSH_HOST_PUBLIC_KEY_SHA256", c.hostPubSha256);
            if (c.sshCompression) {
                src.setLong("CURLOPT_SSH_COMPRESSION", 1);
            }
        }
        caFiles(src, c);
        if (c.writeOut != null) {
            src.setLong("CURLOPT_CERTINFO", 1);
        }
        tls(src, c);
        if (c.pathAsIs) {
            src.setLong("CURLOPT_PATH_AS_IS", 1);
        }
        if (ssh && !c.insecure) {
            java.nio.file.Path known = CurlrcLocation.find(System.getenv(), ".ssh/known_hosts");
            if (known != null) {
                src.setString("CURLOPT_SSH_KNOWNHOSTS", known.toString());
            }
        }
        if (c.head || c.remoteTime) {
            src.setLong("CURLOPT_FILETIME", 1);
        }
        src.setLong("CURLOPT_CRLF", c.crlf ? 1 : 0);
        src.setSlist("CURLOPT_QUOTE", c.quote);
        src.setSlist("CURLOPT_POSTQUOTE", c.postQuote);
        src.setSlist("CURLOPT_PREQUOTE", c.preQuote);
        cookies(src, c);
        src.setString("CURLOPT_CUSTOMREQUEST", c.request);
        src.setObject("CURLOPT_STDERR", true);
        src.setString("CURLOPT_INTERFACE", c.localInterface);
        if (c.progressBar && !c.noProgressMeter && !c.silent) {
            src.setFunction("CURLOPT_XFERINFOFUNCTION");
            src.setObject("CURLOPT_XFERINFODATA", true);
        }
        src.setSlist("CURLOPT_TELNETOPTIONS", c.telnetOptions);
        src.setLong("CURLOPT_CONNECTTIMEOUT_MS", c.connectTimeoutMs);
        // --disable-epsv/--disable-eprt set 0L, which tool_setopt() leaves out as it leaves out every 0
        if (c.traceType != DebugTrace.Type.NONE) {
            src.setFunction("CURLOPT_DEBUGFUNCTION");
            src.setObject("CURLOPT_DEBUGDATA", true);
            src.setLong("CURLOPT_VERBOSE", 1);
        }
        // CURLFTP_CREATE_DIR_RETRY (2) for --ftp-create-dirs
        src.setLong("CURLOPT_FTP_CREATE_MISSING_DIRS", c.ftpCreateDirs ? 2 : 0);
        if (c.maxFilesize != 0) {
            src.setOff("CURLOPT_MAXFILESIZE_LARGE", c.maxFilesize);
        }
        src.setLong("CURLOPT_IPRESOLVE", switch (c.family) {
            case INET -> 1;
            case INET6 -> 2;
            default -> 0;
        });
        src.setLong("CURLOPT_IGNORE_CONTENT_LENGTH", c.ignoreContentLength ? 1 : 0);
        src.setLong("CURLOPT_FTP_SKIP_PASV_IP", c.ftpSkipPasvIp ? 1 : 0);
        src.setLong("CURLOPT_FTP_FILEMETHOD", c.ftpMethod);
        if (c.localPort.port() > 0) {
            src.setLong("CURLOPT_LOCALPORT", c.localPort.port());
            src.setLong("CURLOPT_LOCALPORTRANGE", c.localPort.range());
        }
        src.setLong("CURLOPT_TCP_KEEPALIVE", c.noKeepalive ? 0 : 1);
        if (c.tftpBlksize != 0) {
            src.setLong("CURLOPT_TFTP_BLKSIZE", c.tftpBlksize);
        }
        src.setString("CURLOPT_MAIL_FROM", c.mailFrom);
        src.setSlist("CURLOPT_MAIL_RCPT", c.mailRcpt);
        src.setLong("CURLOPT_MAIL_RCPT_ALLLOWFAILS", c.mailRcptAllowFails ? 1 : 0);
        src.setString("CURLOPT_PROTOCOLS_STR", c.protocols);
        src.setString("CURLOPT_REDIR_PROTOCOLS_STR", c.redirProtocols);
        src.setFunction("CURLOPT_HEADERFUNCTION");
        src.setObject("CURLOPT_HEADERDATA", true);
        src.setSlist("CURLOPT_RESOLVE", c.resolve);
        src.setSlist("CURLOPT_CONNECT_TO", c.connectTo);
        src.setString("CURLOPT_MAIL_AUTH", c.mailAuth);
        if (c.noAlpn) {
            src.setLong("CURLOPT_SSL_ENABLE_ALPN", 0);
        }
        if (c.abstractUnixSocket != null) {
            src.setString("CURLOPT_ABSTRACT_UNIX_SOCKET", c.abstractUnixSocket);
        } else {
            src.setString("CURLOPT_UNIX_SOCKET_PATH", c.unixSocket);
        }
        src.setString("CURLOPT_DEFAULT_PROTOCOL", c.protoDefaultGiven);
        if (c.expect100TimeoutMs != 1000) {
            src.setLong("CURLOPT_EXPECT_100_TIMEOUT_MS", c.expect100TimeoutMs);
        }
        if (c.tftpNoOptions) {
            src.setLong("CURLOPT_TFTP_NO_OPTIONS", 1);
        }
        if (c.happyEyeballsMs != 200) {
            src.setLong("CURLOPT_HAPPY_EYEBALLS_TIMEOUT_MS", c.happyEyeballsMs);
        }
        if (c.haproxyProtocol) {
            src.setLong("CURLOPT_HAPROXYPROTOCOL", 1);
        }
        if (c.disallowUsername) {
            src.setLong("CURLOPT_DISALLOW_USERNAME_IN_URL", 1);
        }
        src.setString("CURLOPT_ALTSVC", c.altSvc);
        src.setString("CURLOPT_HSTS", c.hsts);
    }

    /**
     * pre_transfer() and the perform, as each try starts: a -T file's size when it is a regular
     * file; a file that cannot be opened ends the transfer before it is performed. -Z's transfers
     * go to a multi handle, of which the program says nothing: no perform line.
     */
    static void beforePerform(LibcurlSource src, UrlNode node, boolean serial) {
        if (node.infile != null && !node.infile.equals("-") && !node.infile.equals(".")) {
            Path p = LocalPath.of(node.infile);
            if (!Files.isReadable(p)) {
                return;
            }
            if (Files.isRegularFile(p)) {
                try {
                    src.setOff("CURLOPT_INFILESIZE_LARGE", Files.size(p));
                } catch (IOException gone) {
                    return;
                }
            }
        }
        if (serial) {
            src.perform();
        }
    }

    /**
     * per->this_url: the URL as given (with -T's file name added); -G's data or else --url-query put
     * in its query makes urlapi write the whole URL anew.
     */
    private static String url(CurlConfig c, UrlNode node) {
        String url = node.infile != null ? Upload.urlWithFileName(node.url, node.infile) : node.url;
        String query = c.useGet && c.postData != null ? c.postData.toString() : c.query;
        if (query == null) {
            return url;
        }
        try {
            return SingleTransfer.withQuery(CurlUrl.parse(url, true, c.protoDefault), query).effective();
        } catch (TransferFailed bad) {
            return url;
        }
    }

    /** CURLOPT_PROXY and its type (-x, --proxy1.0, --socks*), the proxy's credentials and tunnelling. */
    private static void proxy(LibcurlSource src, CurlConfig c) {
        String proxy = c.proxy;
        long type = c.proxy10 ? 1 : 0;
        String typeName = c.proxy10 ? "CURLPROXY_HTTP_1_0" : null;
        if (c.socksProxy != null) {
            int sep = c.socksProxy.indexOf("://");
            String scheme = c.socksProxy.substring(0, sep);
            proxy = c.socksProxy.substring(sep + 3);
            switch (scheme) {
                case "socks4" -> {
                    type = 4;
                    typeName = "CURLPROXY_SOCKS4";
                }
                case "socks4a" -> {
                    type = 6;
                    typeName = "CURLPROXY_SOCKS4A";
                }
                case "socks5" -> {
                    type = 5;
                    typeName = "CURLPROXY_SOCKS5";
                }
                default -> {
                    type = 7;
                    typeName = "CURLPROXY_SOCKS5_HOSTNAME";
                }
            }
        }
        src.setString("CURLOPT_PROXY", proxy);
        if (proxy != null) {
            src.setEnum("CURLOPT_PROXYTYPE", type, typeName);
        }
        src.setString("CURLOPT_PROXYUSERPWD", c.proxyUser);
        src.setLong("CURLOPT_HTTPPROXYTUNNEL", c.proxyTunnel ? 1 : 0);
        src.setString("CURLOPT_PRE_PROXY", c.preproxy);
        if (c.proxyAuthType() != 0) {
            src.setBitmask("CURLOPT_PROXYAUTH", c.proxyAuthType(), AUTH_NAMES, AUTH_BITS);
        }
        src.setString("CURLOPT_NOPROXY", c.noProxy);
    }

    /** The block for libcurls that have HTTP: redirects, proxy headers, the version, codings. */
    private static void http(LibcurlSource src, CurlConfig c) {
        src.setLong("CURLOPT_FOLLOWLOCATION", c.followLocation ? 1 : 0);
        src.setLong("CURLOPT_UNRESTRICTED_AUTH", c.locationTrusted ? 1 : 0);
        src.setLong("CURLOPT_AUTOREFERER", c.autoReferer ? 1 : 0);
        if (!c.proxyHeaders.isEmpty()) {
            src.setSlist("CURLOPT_PROXYHEADER", c.proxyHeaders);
            src.setLong("CURLOPT_HEADEROPT", 1);
        }
        src.setLong("CURLOPT_MAXREDIRS", c.maxRedirs);
        if (c.http2PriorKnowledge()) {
            // setopt_nv_CURL_HTTP_VERSION[] has no name for it: the number
            src.setEnum("CURLOPT_HTTP_VERSION", 5, null);
        } else {
            // tool_operate.c: a libcurl with HTTP/2 gets 2TLS when no --http option names a version
            src.setEnum("CURLOPT_HTTP_VERSION", 1, c.httpVersion != null ? c.httpVersion : "CURL_HTTP_VERSION_2TLS");
        }
        src.setLong("CURLOPT_POSTREDIR", (c.post301 ? 1 : 0) | (c.post302 ? 2 : 0) | (c.post303 ? 4 : 0));
        if (c.compressed) {
            src.setString("CURLOPT_ACCEPT_ENCODING", "");
        }
        if (c.trEncoding) {
            src.setLong("CURLOPT_TRANSFER_ENCODING", 1);
        }
        src.setLong("CURLOPT_HTTP09_ALLOWED", c.http09 ? 1 : 0);
    }

    /**
     * -C: the offset, or with "-" the -o file's size as it is now (0 when there is none); an upload
     * resumed with "-" asks the server (-1).
     */
    private static long resumeFrom(CurlConfig c, UrlNode node) {
        if (!c.resumeFromCurrent) {
            return c.resumeFrom;
        }
        if (node.infile != null) {
            return -1;
        }
        try {
            return node.outfile != null ? Files.size(LocalPath.of(node.outfile)) : 0;
        } catch (IOException none) {
            return 0;
        }
    }

    /** CURLOPT_CAINFO and CURLOPT_CAPATH and the proxy's two, as the options and the environment left them. */
    private static void caFiles(LibcurlSource src, CurlConfig c) {
        src.setString("CURLOPT_CAINFO", c.caCert);
        src.setString("CURLOPT_PROXY_CAINFO", c.proxyCaCert);
        src.setString("CURLOPT_CAPATH", c.caPath);
        // tool_operate.c: --capath stands in for --proxy-capath when that is not given
        src.setString("CURLOPT_PROXY_CAPATH", c.proxyCaPath != null ? c.proxyCaPath : c.caPath);
    }

    /** The TLS block: verification (on by default, so written only when -k turns it off), the version, options. */
    private static void tls(LibcurlSource src, CurlConfig c) {
        src.setString("CURLOPT_SSLKEY", c.key);
        if (c.insecure) {
            src.setLong("CURLOPT_SSL_VERIFYPEER", 0);
            src.setLong("CURLOPT_SSL_VERIFYHOST", 0);
        } else {
            src.setLong("CURLOPT_SSL_VERIFYPEER", 1);
        }
        if (c.proxyInsecure) {
            src.setLong("CURLOPT_PROXY_SSL_VERIFYPEER", 0);
            src.setLong("CURLOPT_PROXY_SSL_VERIFYHOST", 0);
        } else {
            src.setLong("CURLOPT_PROXY_SSL_VERIFYPEER", 1);
        }
        String[] versions = {null, "CURL_SSLVERSION_TLSv1", "CURL_SSLVERSION_SSLv2", "CURL_SSLVERSION_SSLv3",
            "CURL_SSLVERSION_TLSv1_0", "CURL_SSLVERSION_TLSv1_1", "CURL_SSLVERSION_TLSv1_2", "CURL_SSLVERSION_TLSv1_3"};
        src.setEnum("CURLOPT_SSLVERSION", c.sslVersion, versions[c.sslVersion]);
        src.setBitmask("CURLOPT_SSL_OPTIONS", (c.sslAllowBeast ? 1 : 0) | (c.sslNoRevoke ? 2 : 0), SSLOPT_NAMES,
                SSLOPT_BITS);
    }

    /** -b's strings joined by ';', each -b file, -c, -j, then -z's condition and time. */
    private static void cookies(LibcurlSource src, CurlConfig c) {
        if (!c.cookies.isEmpty()) {
            src.setString("CURLOPT_COOKIE", String.join(";", c.cookies));
        }
        for (String file : c.cookieFiles) {
            src.setString("CURLOPT_COOKIEFILE", file);
        }
        src.setString("CURLOPT_COOKIEJAR", c.cookieJar);
        src.setLong("CURLOPT_COOKIESESSION", c.cookieSession ? 1 : 0);
        String condition = c.timeCondition == null ? null : switch (c.timeCondition) {
            case "If-Unmodified-Since" -> "CURL_TIMECOND_IFUNMODSINCE";
            case "Last-Modified" -> "CURL_TIMECOND_LASTMOD";
            default -> "CURL_TIMECOND_IFMODSINCE";
        };
        long conditionNumber = condition == null ? 0 : List.of("CURL_TIMECOND_IFMODSINCE", "CURL_TIMECOND_IFUNMODSINCE",
                "CURL_TIMECOND_LASTMOD").indexOf(condition) + 1;
        src.setEnum("CURLOPT_TIMECONDITION", conditionNumber, condition);
        src.setOff("CURLOPT_TIMEVALUE_LARGE", c.condTime);
    }

    /** tool_operate.c's use_proto: the URL's scheme is SCP or SFTP. */
    private static boolean ssh(CurlConfig c, UrlNode node) {
        if (node.url == null) {
            return false;
        }
        String scheme = CurlUrl.schemeOf(node.url, c.protoDefault);
        return scheme.equals("scp") || scheme.equals("sftp");
    }
}
