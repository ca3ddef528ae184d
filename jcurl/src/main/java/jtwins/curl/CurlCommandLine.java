package jtwins.curl;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jtwins.common.Diagnostics;
import jtwins.common.Failure;
import jtwins.common.process.CommandLineWipe;
import jtwins.common.resolver.AddressFamily;

/**
 * curl 7.88.1's parse_args() and getparameter(): long names matched case-insensitively by unambiguous
 * prefix against the whole table, "--no-" for the boolean ones, single letters clustered ("-sSf") with
 * a value either attached ("-m2") or in the next word, "--" ending the options, every other word a URL.
 * `.curlrc` is read first unless -q is the very first word; -K reads more through the same getparameter().
 */
final class CurlCommandLine {
    /** What the command line asks for besides transfers. */
    enum Request { TRANSFER, HELP, VERSION, MANUAL }

    /** --next starts another operation: its own URLs and options, the global ones shared. */
    private final java.util.List<CurlConfig> operations = new java.util.ArrayList<>();
    private CurlConfig config = new CurlConfig();
    private final ToolMessages messages;
    private final Diagnostics errors;
    private final Map<String, String> env;
    private Request request = Request.TRANSFER;
    private String helpCategory;

    private CurlCommandLine(Diagnostics stderr, Map<String, String> env) {
        this.messages = new ToolMessages(stderr, config);
        operations.add(config);
        this.errors = stderr;
        this.env = env;
    }

    static CurlCommandLine parse(String[] argv, Diagnostics stderr, Map<String, String> env) {
        CurlCommandLine line = new CurlCommandLine(stderr, env);
        line.run(argv);
        for (CurlConfig op : line.operations) {
            jsonHeaders(op);
        }
        return line;
    }

    /** The first operation (the one explain and the plan describe). */
    CurlConfig config() {
        return operations.get(0);
    }

    /** Every operation, in command-line order. */
    java.util.List<CurlConfig> operations() {
        return operations;
    }

    /** The row the last option word set, so that run() knows a secret when it has used one. */
    private String lastApplied;

    Request request() {
        return request;
    }

    String helpCategory() {
        return helpCategory;
    }

    private void run(String[] argv) {
        if (argv.length == 0 || !(argv[0].equalsIgnoreCase("-q") || argv[0].equalsIgnoreCase("--disable"))) {
            Path curlrc = CurlrcLocation.find(env);
            if (curlrc != null) {
                readConfigFile(curlrc.toString());
            }
        }
        boolean stillFlags = true;
        for (int i = 0; i < argv.length && request == Request.TRANSFER; i++) {
            String word = argv[i];
            try {
                if (stillFlags && word.startsWith("-")) {
                    if (word.equals("--")) {
                        // the end of the options: what follows is a URL even when it starts with '-'
                        stillFlags = false;
                    } else if (parameter(word, i + 1 < argv.length ? argv[i + 1] : null)) {
                        if ("user".equals(lastApplied) || "proxy-user".equals(lastApplied)) {
                            // cleanarg(): a -u value that is a word of its own is blanked where ps reads it
                            CommandLineWipe.fill(i + 1, argv.length, 0, (byte) ' ');
                        }
                        i++;
                    }
                } else {
                    // getparameter("--url", ...): by its exact name, not the abbreviation scan of a typed option
                    apply(CurlOptionTable.byName("url"), word, true);
                }
            } catch (ParamError.Refused r) {
                throw Failure.raw(r.error == ParamError.READ_ERROR ? 26 : r.error == ParamError.UNSUPPORTED_PROTOCOL ? 1 : 2,
                        stripNewline(ToolMessages.helpf("option " + word + ": " + r.error.text())));
            }
        }
    }

    /**
     * getparameter(): one option word and the word after it; true when that next word was used. The
     * option word may come from a config file, where a name without dashes is a long name.
     */
    private boolean parameter(String flag, String next) throws ParamError.Refused {
        boolean longOption = !flag.startsWith("-") || flag.startsWith("--");
        if (longOption) {
            String word = flag.startsWith("--") ? flag.substring(2) : flag;
            // tool_getparam.c compares as many characters as the word had before "no-" was taken off
            int length = word.length();
            boolean toggle = true;
            if (word.startsWith("no-")) {
                word = word.substring(3);
                toggle = false;
            }
            CurlOptionTable.LongMatch match = CurlOptionTable.byLongName(word, length);
            CurlOptionTable.Row hit = match.row();
            if (match.hits() > 1) {
                throw ParamError.AMBIGUOUS.refused();
            }
            if (hit == null) {
                throw ParamError.UNKNOWN.refused();
            }
            if (!toggle && hit.kind() != CurlOptionTable.Kind.BOOL) {
                throw ParamError.NO_NOT_BOOLEAN.refused();
            }
            if (hit.takesValue()) {
                if (next == null) {
                    throw ParamError.REQUIRES_PARAMETER.refused();
                }
                warnIfFlagLike(hit, next);
                apply(hit, next, true);
                return true;
            }
            apply(hit, next, toggle);
            return false;
        }
        for (int p = 1; p < flag.length(); p++) {
            CurlOptionTable.Row hit = CurlOptionTable.byLetter(flag.charAt(p));
            if (hit == null) {
                throw ParamError.UNKNOWN.refused();
            }
            if (hit.takesValue()) {
                if (p + 1 < flag.length()) {
                    apply(hit, flag.substring(p + 1), true);
                    return false;
                }
                if (next == null) {
                    throw ParamError.REQUIRES_PARAMETER.refused();
                }
                warnIfFlagLike(hit, next);
                apply(hit, next, true);
                return true;
            }
            apply(hit, next, true);
            if (request != Request.TRANSFER) {
                return false;
            }
        }
        if (flag.length() == 1) {
            throw ParamError.UNKNOWN.refused();
        }
        return false;
    }

    private void warnIfFlagLike(CurlOptionTable.Row row, String value) {
        if (row.kind() == CurlOptionTable.Kind.FILE && value.length() > 1 && value.charAt(0) == '-') {
            messages.warn("The file name argument '" + value + "' looks like a flag.");
        }
    }

    /** One option's effect; a global one (GlobalConfig's) reaches every operation. */
    private void apply(CurlOptionTable.Row row, String value, boolean toggle) throws ParamError.Refused {
        applyToOperation(row, value, toggle);
        if (CurlConfig.isGlobal(row.name())) {
            for (CurlConfig op : operations) {
                op.copyGlobals(config);
            }
        }
    }

    /** One option's effect on the current operation; each row names the libcurl setting it fills. */
    private void applyToOperation(CurlOptionTable.Row row, String value, boolean toggle) throws ParamError.Refused {
        CurlConfig c = config;
        lastApplied = row.name();
        switch (row.name()) {
            case "url" -> {
                UrlNode n = c.nodeForUrl();
                n.url = value;
                n.urlSet = true;
            }
            case "output" -> {
                UrlNode n = c.nodeForOutput();
                n.outfile = value;
                n.remoteName = false;
                n.outSet = true;
            }
            case "remote-name" -> {
                UrlNode n = c.nodeForOutput();
                n.remoteName = toggle;
                n.outSet = true;
            }
            // CURLOPT_CONNECTTIMEOUT_MS: resolve + connect + TLS (lib/connect.c Curl_timeleft)
            case "connect-timeout" -> c.connectTimeoutMs = CurlNumbers.secondsToMillis(value);
            // CURLOPT_TIMEOUT_MS: the whole transfer, counted from its start (t_startop)
            case "max-time" -> c.maxTimeMs = CurlNumbers.secondsToMillis(value);
            case "expect100-timeout" -> c.expect100TimeoutMs = CurlNumbers.secondsToMillis(value);
            case "happy-eyeballs-timeout-ms" -> c.happyEyeballsMs = CurlNumbers.unsigned(value);
            case "retry" -> c.retry = CurlNumbers.unsigned(value);
            case "retry-delay" -> c.retryDelaySeconds = CurlNumbers.unsignedMax(value, Long.MAX_VALUE / 1000);
            case "retry-max-time" -> c.retryMaxTimeSeconds = CurlNumbers.unsignedMax(value, Long.MAX_VALUE / 1000);
            case "retry-connrefused" -> c.retryConnRefused = toggle;
            case "retry-all-errors" -> c.retryAllErrors = toggle;
            case "speed-time" -> c.speedTimeSeconds = CurlNumbers.unsigned(value);
            case "speed-limit" -> c.speedLimit = CurlNumbers.unsigned(value);
            case "ipv4" -> c.family = AddressFamily.INET;
            case "ipv6" -> c.family = AddressFamily.INET6;
            case "resolve" -> c.resolve.add(value);
            case "connect-to" -> c.connectTo.add(value);
            case "list-only" -> c.listOnly = toggle;
            case "mail-from" -> c.mailFrom = value;
            case "mail-rcpt" -> c.mailRcpt.add(value);
            case "telnet-option" -> c.telnetOptions.add(value);
            case "append" -> c.ftpAppend = toggle;
            case "ftp-create-dirs" -> c.ftpCreateDirs = toggle;
            case "crlf" -> c.crlf = toggle;
            case "mail-auth" -> c.mailAuth = value;
            case "mail-rcpt-allowfails" -> c.mailRcptAllowFails = toggle;
            case "unix-socket" -> {
                c.unixSocket = value;
                c.abstractUnixSocket = null;
            }
            case "abstract-unix-socket" -> {
                c.abstractUnixSocket = value;
                c.unixSocket = null;
            }
            case "silent" -> c.silent = toggle;
            case "show-error" -> c.showError = toggle;
            case "verbose" -> {
                if (toggle) {
                    trace(DebugTrace.Type.PLAIN, "%", "-v, --verbose");
                } else {
                    c.traceType = DebugTrace.Type.NONE;
                }
            }
            case "trace" -> trace(DebugTrace.Type.BIN, value, "--trace");
            case "trace-ascii" -> trace(DebugTrace.Type.ASCII, value, "--trace-ascii");
            case "trace-time" -> c.traceTime = toggle;
            case "stderr" -> redirectErrors(value);
            case "dump-header" -> c.headerFile = value;
            case "ignore-content-length" -> c.ignoreContentLength = toggle;
            case "path-as-is" -> c.pathAsIs = toggle;
            case "upload-file" -> {
                UrlNode n = c.nodeForUpload();
                n.infile = value;
                n.uploadSet = true;
            }
            case "http1.0" -> httpVersion(c, "CURL_HTTP_VERSION_1_0");
            case "http1.1" -> httpVersion(c, "CURL_HTTP_VERSION_1_1");
            case "http2" -> httpVersion(c, "CURL_HTTP_VERSION_2_0");
            case "http2-prior-knowledge" -> httpVersion(c, "CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE");
            case "range" -> c.range = range(value);
            // ";auto" asks for the Referer to follow redirects; the part before it is sent first
            case "referer" -> {
                // ";auto" also sets each redirect's Referer to the URL it came from
                c.autoReferer = value.endsWith(";auto");
                String given = c.autoReferer ? value.substring(0, value.length() - 5) : value;
                c.referer = given.isEmpty() ? null : given;
            }
            case "progress-bar" -> c.progressBar = toggle;
            case "progress-meter" -> c.noProgressMeter = !toggle;
            case "fail" -> c.fail = toggle;
            case "fail-with-body" -> c.failWithBody = toggle;
            case "include" -> c.include = toggle;
            case "head" -> {
                c.head = toggle;
                if (!(toggle ? HttpRequestKind.HEAD : HttpRequestKind.GET).setFor(c, messages)) {
                    throw ParamError.BAD_USE.refused();
                }
            }
            case "location" -> c.followLocation = toggle;
            case "location-trusted" -> {
                c.followLocation = toggle;
                c.locationTrusted = toggle;
            }
            case "max-redirs" -> c.maxRedirs = maxRedirs(value);
            case "max-filesize" -> c.maxFilesize = CurlNumbers.size(value);
            case "continue-at" -> {
                c.resumeFromCurrent = value.equals("-");
                c.resumeFrom = c.resumeFromCurrent ? 0 : CurlNumbers.offset(value);
            }
            case "write-out" -> c.writeOut = value.startsWith("@") ? readArgumentFile(value.substring(1)) : value;
            case "request" -> c.request = value;
            case "header" -> addHeaders(c.headers, value);
            case "data-urlencode" -> addData(urlencoded(value));
            case "url-query" -> {
                String q = value.startsWith("+") ? value.substring(1) : urlencoded(value);
                c.query = c.query == null ? q : c.query + "&" + q;
            }
            case "oauth2-bearer" -> {
                c.bearer = value;
                c.authType |= AuthState.BEARER;
            }
            case "form", "form-string" -> {
                FormPart part = FormPart.parse(value, row.name().equals("form-string"), messages);
                if (part == null) {
                    throw ParamError.BAD_USE.refused();
                }
                c.form.add(part);
                if (!HttpRequestKind.MIMEPOST.setFor(c, messages)) {
                    throw ParamError.BAD_USE.refused();
                }
            }
            case "form-escape" -> c.formEscape = toggle;
            // --no-anyauth leaves the bits as they are
            case "anyauth" -> c.authType = toggle ? AuthState.ANY : c.authType;
            // Basic alone, or no bits (libcurl's default, Basic again): only the --libcurl source tells them apart
            case "basic" -> c.authType = toggle ? c.authType | AuthState.BASIC : c.authType & ~AuthState.BASIC;
            case "digest" -> c.authType = toggle ? c.authType | AuthState.DIGEST : c.authType & ~AuthState.DIGEST;
            case "ntlm" -> c.authType = toggle ? c.authType | AuthState.NTLM : c.authType & ~AuthState.NTLM;
            // Debian's build takes --negotiate (SPNEGO); the twin wants it and cannot answer it (AuthState)
            case "negotiate" -> c.authType = toggle ? c.authType | AuthState.NEGOTIATE : c.authType & ~AuthState.NEGOTIATE;
            // NTLM_WB is not among --version's features: refused when asked for, as such a build does
            case "ntlm-wb" -> {
                if (toggle) {
                    throw ParamError.LIBCURL_DOESNT_SUPPORT.refused();
                }
                c.authType &= ~AuthState.NTLM_WB;
            }
            case "proxy-anyauth" -> c.proxyAnyauth = toggle;
            case "proxy-ntlm" -> c.proxyNtlm = toggle;
            case "proxy-digest" -> c.proxyDigest = toggle;
            case "proxy-basic" -> c.proxyBasic = toggle;
            case "disallow-username-in-url" -> c.disallowUsername = toggle;
            case "data", "data-ascii" -> addData(value.startsWith("@")
                    ? stripLineBreaks(readArgumentFile(value.substring(1))) : value);
            case "data-binary" -> addData(value.startsWith("@") ? readArgumentFile(value.substring(1)) : value);
            case "data-raw" -> addData(value);
            // --json: --data-binary's reading, joined without '&', and JSON's Content-Type and Accept unless -H names them
            case "json" -> {
                addData(value.startsWith("@") ? readArgumentFile(value.substring(1)) : value, "");
                c.jsoned = true;
            }
            case "request-target" -> c.requestTarget = value;
            // tool_getparam.c: "@file" and a word without '=' name a file to read cookies from
            case "cookie" -> {
                if (!value.startsWith("@") && value.indexOf('=') >= 0) {
                    c.cookies.add(value);
                } else {
                    c.cookieFiles.add(value.startsWith("@") ? value.substring(1) : value);
                }
            }
            case "cookie-jar" -> c.cookieJar = value;
            case "time-cond" -> timeCondition(value);
            case "netrc" -> {
                c.netrcRequired = toggle;
                c.netrc = c.netrcMode();
            }
            case "netrc-optional" -> {
                c.netrcOptional = toggle;
                c.netrc = c.netrcMode();
            }
            case "netrc-file" -> {
                c.netrcFile = value;
                c.netrc = c.netrcMode();
            }
            case "post301" -> c.post301 = toggle;
            case "post302" -> c.post302 = toggle;
            case "post303" -> c.post303 = toggle;
            case "junk-session-cookies" -> c.cookieSession = toggle;
            case "etag-save" -> c.etagSave = value;
            case "etag-compare" -> c.etagCompare = value;
            case "get" -> c.useGet = toggle;
            case "user-agent" -> c.userAgent = value;
            case "user" -> c.user = value;
            case "proxy" -> {
                c.proxy = value;
                c.proxy10 = false;
            }
            case "proxy1.0" -> {
                c.proxy = value;
                c.proxy10 = true;
            }
            case "proxy-user" -> c.proxyUser = value;
            case "preproxy" -> c.preproxy = value;
            case "hsts" -> c.hsts = value;
            case "alt-svc" -> c.altSvc = value;
            case "use-ascii" -> c.useAscii = toggle;
            case "proto" -> {
                c.protocols = ProtocolSet.parse(ProtocolSet.BUILT_IN, value, messages);
                if (c.protocols == null) {
                    throw ParamError.BAD_USE.refused();
                }
            }
            case "proto-redir" -> {
                c.redirProtocols = ProtocolSet.parse(ProtocolSet.REDIRECT_DEFAULT, value, messages);
                if (c.redirProtocols == null) {
                    throw ParamError.BAD_USE.refused();
                }
            }
            case "socks4" -> c.socksProxy = "socks4://" + value;
            case "socks4a" -> c.socksProxy = "socks4a://" + value;
            case "socks5" -> c.socksProxy = "socks5://" + value;
            case "socks5-hostname" -> c.socksProxy = "socks5h://" + value;
            case "proxytunnel" -> c.proxyTunnel = toggle;
            case "proxy-header" -> c.proxyHeaders.add(value);
            case "suppress-connect-headers" -> c.suppressConnectHeaders = toggle;
            case "noproxy" -> c.noProxy = value;
            case "compressed" -> c.compressed = toggle;
            case "tr-encoding" -> c.trEncoding = toggle;
            case "raw" -> c.raw = toggle;
            case "fail-early" -> c.failEarly = toggle;
            case "parallel" -> c.parallel = toggle;
            case "parallel-immediate" -> c.parallelImmediate = toggle;
            case "parallel-max" -> {
                long max = CurlNumbers.unsigned(value);
                c.parallelMax = max < 1 || max > ParallelTransfers.MAX ? ParallelTransfers.DEFAULT_MAX : (int) max;
            }
            case "interface" -> c.localInterface = value;
            case "local-port" -> c.localPort = LocalPort.parse(value);
            case "haproxy-protocol" -> c.haproxyProtocol = toggle;
            case "http0.9" -> c.http09 = toggle;
            case "clobber" -> c.noClobber = !toggle;
            case "remove-on-error" -> c.removeOnError = toggle;
            case "output-dir" -> c.outputDir = value;
            case "create-dirs" -> c.createDirs = toggle;
            case "remote-name-all" -> c.remoteNameAll = toggle;
            case "remote-header-name" -> c.remoteHeaderName = toggle;
            case "remote-time" -> c.remoteTime = toggle;
            case "proto-default" -> {
                // check_protocol(): one of the protocols --version names
                String scheme = value.toLowerCase(java.util.Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("file")) {
                    throw ParamError.UNSUPPORTED_PROTOCOL.refused();
                }
                c.protoDefault = scheme;
                c.protoDefaultGiven = value;
            }
            case "insecure" -> c.insecure = toggle;
            case "key" -> c.key = value;
            case "pubkey" -> c.pubkey = value;
            case "pass" -> c.keyPassword = value;
            case "hostpubmd5" -> {
                // tool_getparam.c: anything but 32 characters is PARAM_BAD_USE
                if (value.length() != 32) {
                    throw ParamError.BAD_USE.refused();
                }
                c.hostPubMd5 = value;
            }
            case "hostpubsha256" -> c.hostPubSha256 = value;
            case "compressed-ssh" -> c.sshCompression = toggle;
            case "cacert" -> c.caCert = value;
            case "capath" -> c.caPath = value;
            case "proxy-insecure" -> c.proxyInsecure = toggle;
            case "proxy-cacert" -> c.proxyCaCert = value;
            case "proxy-capath" -> c.proxyCaPath = value;
            case "config" -> {
                if (!readConfigFile(value)) {
                    messages.error("cannot read config from '" + value + "'");
                    throw ParamError.READ_ERROR.refused();
                }
            }
            case "next" -> {
                // parse_args(): a --next before the operation has a URL is passed over (7.88.1)
                if (!config.urls.isEmpty() && config.urls.get(0).urlSet) {
                    config = config.nextOperation();
                    operations.add(config);
                }
            }
            case "disable" -> {
                // only as the very first word, where run() has already looked for it
            }
            case "help" -> {
                request = Request.HELP;
                helpCategory = value;
            }
            case "version" -> request = Request.VERSION;
            case "manual" -> request = Request.MANUAL;
            // settings whose absence or presence changes nothing this twin does on HTTP/1.1
            case "globoff" -> c.globoff = toggle;
            // settings that change nothing this twin does, kept for the source --libcurl writes
            case "keepalive" -> c.noKeepalive = !toggle;
            case "tcp-nodelay" -> c.tcpNoDelay = toggle;
            case "tcp-fastopen" -> c.tcpFastOpen = true;
            case "tftp-blksize" -> c.tftpBlksize = CurlNumbers.unsigned(value);
            case "tftp-no-options" -> c.tftpNoOptions = toggle;
            case "alpn" -> c.noAlpn = !toggle;
            case "tlsv1" -> c.sslVersion = 1;
            case "tlsv1.0" -> c.sslVersion = 4;
            case "tlsv1.1" -> c.sslVersion = 5;
            case "tlsv1.2" -> c.sslVersion = 6;
            case "tlsv1.3" -> c.sslVersion = 7;
            case "ssl-allow-beast" -> c.sslAllowBeast = toggle;
            case "ssl-no-revoke" -> c.sslNoRevoke = true;
            case "libcurl" -> c.libcurl = value;
            case "buffer", "styled-output", "sessionid", "npn", "xattr", "show-error-anyway" -> {
            }
            // --epsv and --eprt: the hidden names that make --no-epsv and --no-eprt work
            case "disable-epsv" -> c.disableEpsv = toggle;
            case "epsv" -> c.disableEpsv = !toggle;
            case "disable-eprt" -> c.disableEprt = toggle;
            case "eprt" -> c.disableEprt = !toggle;
            case "ftp-skip-pasv-ip" -> c.ftpSkipPasvIp = toggle;
            // -P's address is forgotten whichever way --ftp-pasv is said
            case "ftp-pasv" -> c.ftpPort = null;
            case "ftp-port" -> c.ftpPort = value;
            case "ftp-method" -> c.ftpMethod = ftpMethod(value, messages);
            // -Q: a leading '-' makes it a post-transfer command, '+' a just-before-transfer one
            case "quote" -> {
                if (value.startsWith("-")) {
                    c.postQuote.add(value.substring(1));
                } else if (value.startsWith("+")) {
                    c.preQuote.add(value.substring(1));
                } else {
                    c.quote.add(value);
                }
            }
            default -> throw ParamError.LIBCURL_DOESNT_SUPPORT.refused();
        }
    }

    /** tool_paramhlp.c ftpfilemethod(): the three names in any case; anything else warned about, multicwd. */
    private static int ftpMethod(String value, ToolMessages messages) {
        if (value.equalsIgnoreCase("singlecwd")) {
            return FtpPath.SINGLECWD;
        }
        if (value.equalsIgnoreCase("nocwd")) {
            return FtpPath.NOCWD;
        }
        if (!value.equalsIgnoreCase("multicwd")) {
            messages.warn("unrecognized ftp file method '" + value + "', using default");
        }
        return FtpPath.MULTICWD;
    }

    /** get_args(): --json implies its Content-Type and Accept, each unless a -H names it already. */
    private static void jsonHeaders(CurlConfig op) {
        if (!op.jsoned) {
            return;
        }
        if (!RequestHead.names(op, "Content-Type")) {
            op.headers.add("Content-Type: application/json");
        }
        if (!RequestHead.names(op, "Accept")) {
            op.headers.add("Accept: application/json");
        }
    }

    /** tool_getparam.c's -r: digits alone get their dash appended with a warning; other characters are warned about. */
    private String range(String value) throws ParamError.Refused {
        if (!value.isEmpty() && Character.isDigit(value.charAt(0)) && value.indexOf('-') < 0) {
            long off;
            try {
                off = Long.parseLong(value.replaceAll("[^0-9].*$", ""));
            } catch (NumberFormatException e) {
                messages.warn("unsupported range point");
                throw ParamError.BAD_USE.refused();
            }
            messages.warn("A specified range MUST include at least one dash (-). Appending one for you!");
            return off + "-";
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (!Character.isDigit(ch) && ch != '-' && ch != ',') {
                messages.warn("Invalid character is found in given range. A specified range MUST have only digits"
                        + " in 'start'-'stop'. The server's response to this request is uncertain.");
                break;
            }
        }
        return value;
    }

    /**
     * -z: "+date" or a date is If-Modified-Since, "-date" If-Unmodified-Since, "=date" Last-Modified;
     * what curl_getdate() cannot read is a file whose time is taken, or with a warning no condition.
     */
    private void timeCondition(String value) {
        String header = "If-Modified-Since";
        String date = value;
        if (value.startsWith("+")) {
            date = value.substring(1);
        } else if (value.startsWith("-")) {
            header = "If-Unmodified-Since";
            date = value.substring(1);
        } else if (value.startsWith("=")) {
            header = "Last-Modified";
            date = value.substring(1);
        }
        long time = CurlDate.parse(date);
        if (time == CurlDate.FAIL) {
            try {
                time = Files.getLastModifiedTime(LocalPath.of(date)).toMillis() / 1000;
            } catch (java.nio.file.NoSuchFileException e) {
                time = -1;
            } catch (IOException | RuntimeException e) {
                messages.warn("Failed to get filetime: " + jtwins.common.Errno.of(e instanceof IOException io ? io
                        : new IOException(e)).text());
                time = -1;
            }
        }
        if (time < 0) {
            config.timeCondition = null;
            config.condTime = -1;
            messages.warn("Illegal date format for -z, --time-cond (and not a file name). Disabling time condition. "
                    + "See curl_getdate(3) for valid date syntax.");
            return;
        }
        config.timeCondition = header;
        config.condTime = time;
    }

    /** tool_getparam.c: a trace or -v replaces the one before it, saying so when it is of another kind. */
    private void trace(DebugTrace.Type type, String dump, String option) {
        if (config.traceType != DebugTrace.Type.NONE && config.traceType != type) {
            messages.warn(option + " overrides an earlier trace/verbose option");
        }
        config.traceType = type;
        config.traceDump = dump;
    }

    /** --stderr: what curl writes to stderr goes to the file from here on (stdout for "-"); a file that cannot be made is a warning. */
    /** tool_getparam.c sethttpver(): the last of --http1.0/1.1/2/2-prior-knowledge wins, said when it changes one. */
    private void httpVersion(CurlConfig c, String version) {
        if (c.httpVersion != null && !c.httpVersion.equals(version)) {
            messages.warn("Overrides previous HTTP version option");
        }
        c.httpVersion = version;
        c.http10 = version.equals("CURL_HTTP_VERSION_1_0");
    }

    private void redirectErrors(String file) {
        if (file.equals("-")) {
            errors.redirect(StdoutStream.OUT);
            return;
        }
        try {
            errors.redirect(new FileOutputStream(LocalPath.file(file)));
        } catch (IOException e) {
            messages.warn("Failed to open " + file + "!");
        }
    }

    private static long maxRedirs(String value) throws ParamError.Refused {
        long v = CurlNumbers.integer(value);
        if (v < -1) {
            throw ParamError.BAD_NUMERIC.refused();
        }
        return v;
    }

    /** -H: a header, or "@file" for one per line of the file (its CR and LF off). */
    private void addHeaders(java.util.List<String> into, String value) {
        if (!value.startsWith("@")) {
            into.add(value);
            return;
        }
        String text = readArgumentFile(value.substring(1));
        for (String line : text.split("\n")) {
            String h = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (!h.isEmpty()) {
                into.add(h);
            }
        }
    }

    /**
     * data_urlencode(): "content", "=content", "name=content", "@file", "name@file"; the content (or
     * the file's bytes) escaped as curl_easy_escape() does with "%20" then made '+'.
     */
    private String urlencoded(String arg) {
        int eq = arg.indexOf('=');
        int sep = eq >= 0 ? eq : arg.indexOf('@');
        String name = sep >= 0 ? arg.substring(0, sep) : "";
        String content;
        if (sep >= 0 && arg.charAt(sep) == '@') {
            String file = arg.substring(sep + 1);
            try {
                byte[] bytes = file.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(LocalPath.of(file));
                content = new String(bytes, StandardCharsets.ISO_8859_1);
            } catch (IOException | RuntimeException e) {
                messages.warn("Couldn't read data from file \"" + arg + "\", this makes an empty POST.");
                return "";
            }
        } else {
            content = sep >= 0 ? arg.substring(sep + 1) : arg;
        }
        StringBuilder enc = new StringBuilder();
        for (byte b : content.getBytes(StandardCharsets.ISO_8859_1)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                enc.append((char) c);
            } else if (c == ' ') {
                enc.append('+');
            } else {
                enc.append('%').append(String.format("%02X", c));
            }
        }
        return name.isEmpty() ? enc.toString() : name + "=" + enc;
    }

    private void addData(String value) {
        addData(value, "&");
    }

    /** The data joins what came before with the separator: '&', or nothing for --json. */
    private void addData(String value, String separator) {
        if (config.postData == null) {
            config.postData = new StringBuilder(value);
        } else {
            config.postData.append(separator).append(value);
        }
    }

    /** "@file" and "@-" (stdin); an unreadable file is a warning and no data, as file2memory() does. */
    private String readArgumentFile(String name) {
        try {
            byte[] bytes = name.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(LocalPath.of(name));
            // bytes as chars one to one: what is sent is what the file held
            return new String(bytes, StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            messages.warn("Failed to open " + name);
            return "";
        }
    }

    private static String stripLineBreaks(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != '\r' && ch != '\n') {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** tool_parsecfg.c parseconfig(): false when the file cannot be opened. */
    private boolean readConfigFile(String filename) {
        String text;
        try {
            byte[] bytes = filename.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(LocalPath.of(filename));
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        String shownName = filename.equals("-") ? "<stdin>" : filename;
        int lineNumber = 0;
        for (ConfigLine line : ConfigLine.split(text)) {
            lineNumber++;
            if (line == null) {
                continue;
            }
            if (line.trailingWords()) {
                messages.warn(shownName + ":" + lineNumber + ": warning: '" + line.option()
                        + "' uses unquoted whitespace in the line that may cause side-effects!");
            }
            try {
                boolean used = parameter(line.option(), line.parameter());
                if (!used && line.parameter() != null && !line.parameter().isEmpty()) {
                    messages.warn(shownName + ":" + lineNumber + ": warning: '" + line.option()
                            + "' had unsupported trailing garbage");
                }
            } catch (ParamError.Refused r) {
                messages.warn(shownName + ":" + lineNumber + ": warning: '" + line.option() + "' " + r.error.text());
            }
        }
        return true;
    }

    private static String stripNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
