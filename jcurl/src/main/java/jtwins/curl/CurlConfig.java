package jtwins.curl;

import java.util.ArrayList;
import java.util.List;
import jtwins.common.resolver.AddressFamily;

/** What curl's command line and config files asked for: the twin's OperationConfig + GlobalConfig. */
final class CurlConfig {
    /** libcurl's DEFAULT_CONNECT_TIMEOUT: a connect with no --connect-timeout still ends after 300 s. */
    static final long DEFAULT_CONNECT_TIMEOUT_MS = 300_000;

    // global: -s mutes the meter, warnings and errors; -S brings the errors back
    boolean silent;
    boolean showError;
    /** -v, --trace, --trace-ascii: the last one given wins; the trace goes to traceDump ("%" is stderr). */
    DebugTrace.Type traceType = DebugTrace.Type.NONE;
    String traceDump;
    boolean traceTime;
    /** -D: the file every received header line is also written to ("-" for stdout); null for none. */
    String headerFile;
    boolean ignoreContentLength;
    /** --path-as-is: "." and ".." stay in the path sent. */
    boolean pathAsIs;
    /** -0: requests as HTTP/1.0. */
    boolean http10;
    /** -r: the Range the request asks for ("0-99"), null for none. */
    String range;
    /** --etag-save: the file each ETag received is written to ("-" for stdout); null for none. */
    String etagSave;
    /** --etag-compare: the file whose ETag is sent as If-None-Match; null for none. */
    String etagCompare;
    /** --json was given: get_args() adds its two headers after the -H ones. */
    boolean jsoned;
    /** --request-target: the request line's target instead of the URL's path. */
    String requestTarget;
    /** -e: the Referer sent, null for none. */
    String referer;
    /** -e "...;auto": a redirect's request says where it came from. */
    boolean autoReferer;
    /** --url-query: what is appended to each URL's query ('&'-joined); null for none. */
    String query;
    /** --oauth2-bearer: the token sent as Authorization: Bearer. */
    String bearer;
    /** --disallow-username-in-url: a URL with a user name is refused (67). */
    boolean disallowUsername;
    boolean progressBar;
    boolean noProgressMeter;
    /** --fail-early: the first transfer that fails ends the command line. */
    boolean failEarly;
    /** -Z/--parallel: the transfers run at once, --parallel-max (1-300, else 50) at a time. */
    boolean parallel;
    int parallelMax = ParallelTransfers.DEFAULT_MAX;
    /** --parallel-immediate: no waiting to multiplex (CURLOPT_PIPEWAIT off); HTTP/1 connects at once either way. */
    boolean parallelImmediate;

    /** -b: the name=value strings (sent as given, joined by ';') and the files the jar is loaded from. */
    final List<String> cookies = new ArrayList<>();
    final List<String> cookieFiles = new ArrayList<>();
    /** -c: where the jar is written after each transfer; null for none. */
    String cookieJar;
    /** -z: the header the condition sends (null for none) and the time it names. */
    String timeCondition;
    long condTime;
    /** -j: session cookies read from files are left out. */
    boolean cookieSession;

    final List<UrlNode> urls = new ArrayList<>();

    long connectTimeoutMs;
    long maxTimeMs;
    long expect100TimeoutMs = 1000;
    long happyEyeballsMs = 200;
    long retry;
    long retryDelaySeconds;
    long retryMaxTimeSeconds;
    boolean retryConnRefused;
    boolean retryAllErrors;
    long speedTimeSeconds;
    long speedLimit;
    AddressFamily family = AddressFamily.UNSPEC;
    final List<String> resolve = new ArrayList<>();
    final List<String> connectTo = new ArrayList<>();
    /** -l/--list-only: FTP's NLST for a directory, POP3's LIST of one message without its body. */
    boolean listOnly;
    /** --mail-from, --mail-rcpt (each one added), --mail-auth, --mail-rcpt-allowfails: SMTP's envelope. */
    String mailFrom;
    final List<String> mailRcpt = new ArrayList<>();
    /** The request kind -I, -F, -d and -T have settled on (HttpRequestKind). */
    HttpRequestKind httpRequest = HttpRequestKind.UNSPEC;
    /** -t: TTYPE=, XDISPLOC=, NEW_ENV=, WS=, BINARY= for telnet:// (TelnetOptions). */
    final List<String> telnetOptions = new ArrayList<>();
    String mailAuth;
    boolean mailRcptAllowFails;
    String unixSocket;
    /** --interface: the local end connections bind to; --haproxy-protocol: a PROXY line first. */
    String localInterface;
    /** --local-port: the first local port to bind and how many to try (port 0: none asked for). */
    LocalPort localPort = new LocalPort(0, 1);
    boolean haproxyProtocol;
    String abstractUnixSocket;

    boolean fail;
    boolean failWithBody;
    boolean include;
    boolean head;
    boolean followLocation;
    /** --location-trusted: credentials go to every host a redirect leads to. */
    boolean locationTrusted;
    /** --post301, --post302, --post303: a POST stays one through that redirect. */
    boolean post301;
    boolean post302;
    boolean post303;
    long maxRedirs = 50;
    long maxFilesize;
    // -C: an offset to resume from, or "-" for the -o file's size (resumeFromCurrent)
    long resumeFrom;
    boolean resumeFromCurrent;
    /** --ftp-create-dirs: a directory CWD cannot enter is made (MKD) and entered again. */
    boolean ftpCreateDirs;
    /** -a: an FTP upload appends (APPE). */
    boolean ftpAppend;
    /** --crlf: each LF of an upload goes as CRLF. */
    boolean crlf;
    boolean globoff;
    /** --no-clobber: -o files are never overwritten; --remove-on-error: a failed transfer's file is removed. */
    boolean noClobber;
    /** --output-dir: where -o and -O files go; --create-dirs: their directories are made. */
    String outputDir;
    boolean createDirs;
    /** --remote-name-all: every URL gets -O unless told otherwise. */
    boolean remoteNameAll;
    /** -J: an -O file takes the name a Content-Disposition gives. */
    boolean remoteHeaderName;
    /** -R: the file gets the document's time. */
    boolean remoteTime;
    /** --proto-default: the scheme a URL without one gets. */
    String protoDefault = "http";
    boolean removeOnError;
    String writeOut;
    String request;
    final List<String> headers = new ArrayList<>();
    StringBuilder postData;
    /** -F/--form-string: the multipart form's parts, in order; --form-escape: names backslash-escaped. */
    final List<FormPart> form = new ArrayList<>();
    boolean formEscape;
    boolean useGet;
    String userAgent;
    String user;
    /** CURLOPT_NETRC: -n requires .netrc, --netrc-optional consults it; --netrc-file names it (and requires it alone). */
    enum Netrc { IGNORED, OPTIONAL, REQUIRED }
    Netrc netrc = Netrc.IGNORED;
    String netrcFile;
    boolean netrcOptional;
    boolean netrcRequired;
    String proxy;
    /** --socks4, --socks4a, --socks5, --socks5-hostname: the proxy as "scheme://host[:port]"; null for none. */
    String socksProxy;
    /** --alt-svc: the alt-svc cache file ("" for one in memory); null for none. */
    String altSvc;
    /** --hsts: the HSTS cache file; null for none. */
    String hsts;
    /** --preproxy: the SOCKS proxy an HTTP proxy is reached through; null for none. */
    String preproxy;
    /** -U: the proxy's user[:password]; null for none. */
    String proxyUser;
    /** -p: an http:// URL through the proxy goes by CONNECT too. */
    boolean proxyTunnel;
    /** --proxy1.0: the CONNECT says HTTP/1.0. */
    boolean proxy10;
    /** --proxy-header: headers for the proxy alone (CURLHEADER_SEPARATE once there is one). */
    final List<String> proxyHeaders = new ArrayList<>();
    boolean suppressConnectHeaders;
    String noProxy;
    /** The environment the proxy for each scheme is read from when no -x is given (ProxyEnvironment). */
    java.util.Map<String, String> proxyEnvironment;
    /** "no_proxy" or "NO_PROXY" when noProxy came from the environment, for -v's note; null otherwise. */
    String noProxyVariable;
    /** --proto and --proto-redir as CURLOPT_PROTOCOLS_STR lists (ProtocolSet); null when not given. */
    String protocols;
    String redirProtocols;
    /** --disable-epsv (PASV at once), --ftp-skip-pasv-ip (on unless turned off). */
    boolean disableEpsv;
    /** -Q: commands before the transfer's CWDs, "-" ones after it, "+" ones just before RETR, STOR or LIST. */
    final List<String> quote = new ArrayList<>();
    final List<String> postQuote = new ArrayList<>();
    final List<String> preQuote = new ArrayList<>();
    /** --ftp-method as FtpPath's CURLFTPMETHOD_* (0: not given, multicwd). */
    int ftpMethod;
    /** --disable-eprt: PORT alone in active mode (EPRT all the same on an IPv6 connection). */
    boolean disableEprt;
    /** -P/--ftp-port: active mode, the address (or interface, or "-") and port range to listen on; null for passive. */
    String ftpPort;
    boolean ftpSkipPasvIp = true;
    /** -B/--use-ascii: FTP in ASCII mode (TYPE A). */
    boolean useAscii;
    boolean compressed;
    /** --tr-encoding: asks for a compressed Transfer-Encoding. */
    boolean trEncoding;
    /** --raw: no chunk or coding is undone. */
    boolean raw;
    /** --http0.9: a reply without a status line is accepted as a body. */
    boolean http09;
    /** --key, --pubkey, --pass: SCP/SFTP's key files (the private key also TLS's) and the key's passphrase. */
    String key;
    String pubkey;
    String keyPassword;
    /** --hostpubmd5 (32 hex digits) and --hostpubsha256 (base64): the SSH host key's expected fingerprint. */
    String hostPubMd5;
    String hostPubSha256;
    /** --compressed-ssh: CURLOPT_SSH_COMPRESSION. */
    boolean sshCompression;
    boolean insecure;
    String caCert;
    String caPath;
    /** --proxy-insecure, --proxy-cacert, --proxy-capath: an https:// proxy's own verification settings. */
    boolean proxyInsecure;
    String proxyCaCert;
    String proxyCaPath;
    /** --libcurl: where the C source for this command line goes ("-" for stdout); a global setting. */
    String libcurl;
    /** CURLOPT_HTTPAUTH's AuthState bits as the options leave them (--basic, --digest, --ntlm, --anyauth, --oauth2-bearer); 0 for libcurl's Basic. */
    long authType;
    /** --proxy-anyauth, --proxy-ntlm, --proxy-digest, --proxy-basic: CURLOPT_PROXYAUTH is the first one given of these. */
    boolean proxyAnyauth;
    boolean proxyNtlm;
    boolean proxyDigest;
    boolean proxyBasic;

    /** tool_operate.c: CURLOPT_PROXYAUTH from the --proxy-* flags in its order of precedence; 0 for none set. */
    long proxyAuthType() {
        return proxyAnyauth ? AuthState.ANY : proxyNtlm ? AuthState.NTLM : proxyDigest ? AuthState.DIGEST
                : proxyBasic ? AuthState.BASIC : 0;
    }
    /** --http1.0/--http1.1: CURLOPT_HTTP_VERSION's name; null for curl's own choice. */
    String httpVersion;

    /** --http2: an http:// request asks to be upgraded to h2c. */
    boolean http2Upgrade() {
        return "CURL_HTTP_VERSION_2_0".equals(httpVersion);
    }

    /** --http2-prior-knowledge: an http:// connection speaks HTTP/2 from its first byte. */
    boolean http2PriorKnowledge() {
        return "CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE".equals(httpVersion);
    }

    /** Curl_alpn_get_spec(): h2 is offered unless --http1.0/--http1.1 (the default is CURL_HTTP_VERSION_2TLS). */
    boolean offersH2() {
        return httpVersion == null || httpVersion.startsWith("CURL_HTTP_VERSION_2");
    }
    /** --proto-default as given; null when not given. */
    String protoDefaultGiven;
    // settings only the --libcurl source shows: the twin speaks HTTP/1.1 the same way whatever they say
    boolean noKeepalive;
    boolean tcpNoDelay = true;
    boolean tcpFastOpen;
    /** --tftp-blksize: the block size a TFTP request asks for (0: libcurl's 512). */
    long tftpBlksize;
    /** --tftp-no-options: a TFTP request without tsize, blksize and timeout. */
    boolean tftpNoOptions;
    boolean noAlpn;
    /** --tlsv1*: CURL_SSLVERSION_* as a number. */
    int sslVersion;
    boolean sslAllowBeast;
    boolean sslNoRevoke;

    /** tool_operate.c: --netrc-optional wins, then --netrc or --netrc-file require the file. */
    Netrc netrcMode() {
        return netrcOptional ? Netrc.OPTIONAL : netrcRequired || netrcFile != null ? Netrc.REQUIRED : Netrc.IGNORED;
    }

    /** --next: a fresh operation that keeps this one's global settings. */
    CurlConfig nextOperation() {
        CurlConfig next = new CurlConfig();
        next.copyGlobals(this);
        return next;
    }

    /** The options tool_getparam.c stores in GlobalConfig rather than the operation's config. */
    static boolean isGlobal(String option) {
        return switch (option) {
            case "silent", "show-error", "verbose", "trace", "trace-ascii", "trace-time", "progress-bar",
                    "progress-meter", "fail-early", "libcurl", "parallel", "parallel-max", "parallel-immediate" -> true;
            default -> false;
        };
    }

    void copyGlobals(CurlConfig from) {
        silent = from.silent;
        showError = from.showError;
        traceType = from.traceType;
        traceDump = from.traceDump;
        traceTime = from.traceTime;
        progressBar = from.progressBar;
        noProgressMeter = from.noProgressMeter;
        failEarly = from.failEarly;
        libcurl = from.libcurl;
        parallel = from.parallel;
        parallelMax = from.parallelMax;
        parallelImmediate = from.parallelImmediate;
    }

    /** The node for the next URL: the first without one, else a new one (getout()). */
    UrlNode nodeForUrl() {
        return firstNode(Slot.URL);
    }

    /** The node for the next -o/-O: the first without an output, else a new one. */
    UrlNode nodeForOutput() {
        return firstNode(Slot.OUTPUT);
    }

    /** The node for the next -T: the first without an upload, else a new one. */
    UrlNode nodeForUpload() {
        return firstNode(Slot.UPLOAD);
    }

    /** Whether any URL has a -T file. */
    boolean uploads() {
        for (UrlNode n : urls) {
            if (n.infile != null) {
                return true;
            }
        }
        return false;
    }

    private enum Slot { URL, OUTPUT, UPLOAD }

    /** A switch, not a lambda: a lambda's bootstrap would cost the start-up path milliseconds. */
    private UrlNode firstNode(Slot slot) {
        for (UrlNode n : urls) {
            boolean taken = switch (slot) {
                case URL -> n.urlSet;
                case OUTPUT -> n.outSet;
                case UPLOAD -> n.uploadSet;
            };
            if (!taken) {
                return n;
            }
        }
        UrlNode n = new UrlNode();
        n.remoteName = remoteNameAll;
        urls.add(n);
        return n;
    }

    /** The HTTP proxy a URL goes through, or null: -x, else the environment's, unless no_proxy lets it go direct. */
    String proxyFor(CurlUrl url) {
        String p = anyProxyFor(url);
        return p == null || ProxyUrl.isSocks(p) ? null : p;
    }

    /**
     * The SOCKS proxy a URL goes through ("socks5://host:port"), or null: --socks4/--socks5 and the
     * like (which replace -x), else a -x or environment proxy with a socks scheme.
     */
    String socksFor(CurlUrl url) {
        String p = anyProxyFor(url);
        return p != null && ProxyUrl.isSocks(p) ? p : null;
    }

    /** The environment's proxy for a scheme; null without one or with -x given. */
    String envProxyFor(String scheme) {
        return proxyEnvironment == null ? null : ProxyEnvironment.forScheme(proxyEnvironment, scheme);
    }

    private String anyProxyFor(CurlUrl url) {
        String p = socksProxy != null ? socksProxy : proxy != null ? proxy : envProxyFor(url.scheme());
        if (p == null || p.isEmpty() || ProxyEnvironment.bypassed(noProxy, url.host())) {
            return null;
        }
        return p;
    }

    /** Whether the cookie engine runs: a -b file or a -c jar (a -b string alone only sends itself). */
    boolean cookieEngine() {
        return !cookieFiles.isEmpty() || cookieJar != null;
    }

    /** Whether warnings print (tool_msgs.c: global->mute, set by -s). */
    boolean warningsShown() {
        return !silent;
    }

    boolean errorsShown() {
        return !silent || showError;
    }
}
