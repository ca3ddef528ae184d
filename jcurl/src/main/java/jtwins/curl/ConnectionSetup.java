package jtwins.curl;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jtwins.common.Errno;
import jtwins.common.nativecall.NativeCallFailed;
import jtwins.common.nativecall.UnixSockaddr;
import jtwins.common.nativecall.UnixStreamSocket;
import jtwins.common.resolver.AddressText;

/**
 * A request's connection as libcurl's connection filters build it (lib/connect.c): resolve and
 * connect (happy eyeballs, or a unix socket), a SOCKS handshake, TLS to an https:// proxy, a CONNECT
 * tunnel through an HTTP proxy, the PROXY protocol line, TLS; and where a connection leads, so the
 * cache can find one kept.
 */
final class ConnectionSetup {
    private final CurlConfig config;
    private final TransferPulse pulse;
    private final DebugTrace verbose;
    private final TransferInfo info;
    private final HeaderDump dump;
    private final DnsCache dns;

    ConnectionSetup(CurlConfig config, TransferPulse pulse, DebugTrace verbose, TransferInfo info, HeaderDump dump,
                    DnsCache dns) {
        this.config = config;
        this.dns = dns;
        this.pulse = pulse;
        this.verbose = verbose;
        this.info = info;
        this.dump = dump;
    }

    /** Curl_resolv() of a name that is not the URL's (active FTP's -P address): the DNS cache, then the resolver. */
    List<InetAddress> lookup(String host, int port) throws IOException, TransferFailed {
        return NameLookup.lookup(host, port, config, pulse, dns, verbose);
    }

    /**
     * Where a connection leads, for ConnectionExists(): a proxy asked for URLs serves any host; a
     * direct connection or a tunnel is for its scheme, host and port (and the --connect-to target,
     * or the alt-svc alternative {host, port}, null for none). Null for an abstract unix socket,
     * which is never kept.
     */
    String key(CurlUrl url, String[] alternative) throws TransferFailed {
        if (config.abstractUnixSocket != null) {
            return null;
        }
        String proxy = config.proxyFor(url);
        String where = url.scheme() + "://" + url.host().toLowerCase(java.util.Locale.ROOT) + ":" + url.port();
        if (config.unixSocket != null) {
            return "unix:" + config.unixSocket + " " + where;
        }
        if (proxy != null && !tunnels(url)) {
            return "proxy " + proxy;
        }
        if (config.socksFor(url) != null) {
            where += " via " + config.socksFor(url);
        }
        String[] to = ConnectTo.apply(config.connectTo, url.host(), url.port());
        // a --connect-to that leads to the URL's own host and port is none (conn_to_host cleared)
        boolean elsewhere = to != null && !(to[0].equalsIgnoreCase(url.host()) && to[1].equals(Integer.toString(url.port())));
        String alt = to == null && proxy == null && alternative != null ? " alt " + alternative[0] + ":" + alternative[1] : "";
        return where + (proxy != null ? " via " + proxy : "") + (elsewhere ? " to " + to[0] + ":" + to[1] : "") + alt;
    }

    /**
     * How "Re-using existing connection" names it (url.c): "proxy" and the proxy's host as
     * proxyHost() gives it, else "host" and the URL's own host, whatever --connect-to says.
     */
    String shownAs(CurlUrl url) {
        String proxy = proxyHost(config, url);
        return proxy != null ? "proxy " + proxy : "host " + url.host();
    }

    /**
     * multi_done()'s name for a connection it leaves intact: the proxy's host as proxyHost() gives
     * it, else where --connect-to leads, else the URL's own.
     */
    static String keptAs(CurlConfig config, CurlUrl url) {
        String proxy = proxyHost(config, url);
        if (proxy != null) {
            return proxy;
        }
        try {
            CurlUrl to = connectToElsewhere(config, url);
            return to != null ? to.host() : url.host();
        } catch (TransferFailed unparsable) {
            return url.host();
        }
    }

    /**
     * The proxy curl names a connection by: the SOCKS proxy's host (--preproxy's too), else the HTTP
     * proxy's; null without a proxy (or one that does not parse).
     */
    private static String proxyHost(CurlConfig config, CurlUrl url) {
        try {
            String proxyText = config.proxyFor(url);
            String socksText = proxyText != null && config.preproxy != null ? preproxy(config) : config.socksFor(url);
            if (socksText != null) {
                return ProxyUrl.parseSocks(socksText).host();
            }
            return proxyText != null ? ProxyUrl.parse(proxyText).host() : null;
        } catch (TransferFailed unparsable) {
            return null;
        }
    }

    /** Whether a proxy is tunnelled through (CONNECT) rather than asked for the URL. */
    boolean tunnels(CurlUrl url) throws TransferFailed {
        return tunnels(config, url);
    }

    /**
     * The one rule for it, which explain's plan uses too: an https URL, -p, a --connect-to target
     * elsewhere than the URL's own host and port, or a protocol that cannot be asked of an HTTP
     * proxy as HTTP (url.c: only HTTP and FTP have PROTOPT_PROXY_AS_HTTP; SMTP is tunnelled).
     */
    static boolean tunnels(CurlConfig config, CurlUrl url) throws TransferFailed {
        return url.tls() || config.proxyTunnel || !List.of("http", "ftp").contains(url.scheme())
                || connectToElsewhere(config, url) != null;
    }

    private CurlUrl connectToElsewhere(CurlUrl url) throws TransferFailed {
        return connectToElsewhere(config, url);
    }

    /**
     * The --connect-to target for the URL when it leads elsewhere than the URL's own host and port
     * (url.c clears conn_to_host otherwise); through an HTTP proxy such a target is tunnelled to.
     */
    private static CurlUrl connectToElsewhere(CurlConfig config, CurlUrl url) throws TransferFailed {
        String[] to = ConnectTo.apply(config.connectTo, url.host(), url.port());
        if (to == null || (to[0].equalsIgnoreCase(url.host()) && to[1].equals(Integer.toString(url.port())))) {
            return null;
        }
        return new CurlUrl(url.scheme(), url.user(), url.password(), to[0], to[0].indexOf(':') >= 0,
                Integer.parseInt(to[1]), true, url.target(), url.fragment(), null);
    }

    /**
     * Resolve, connect (or the unix socket), a proxy tunnel, TLS: a wire ready for the request, to
     * the alt-svc alternative {host, port} when there is one. A proxy that wants authentication and
     * closes the connection is connected to again ("Connect me again please"). A transfer libcurl
     * kept pending says so once its name is looked up again, before it connects.
     */
    Wire open(CurlUrl url, String[] alternative, boolean pending, RequestScope scope, BodySink sink, HttpAuth auth)
            throws IOException, TransferFailed {
        boolean notePending = pending;
        while (true) {
            Wire wire = openOnce(url, alternative, notePending, scope, sink, auth);
            if (wire != null) {
                return wire;
            }
            notePending = false;
        }
    }

    private Wire openOnce(CurlUrl url, String[] alternative, boolean pending, RequestScope scope, BodySink sink,
                          HttpAuth auth) throws IOException, TransferFailed {
        SocketChannel channel;
        CurlUrl socks = null;
        // create_conn(): a new connection has its number before its name is looked up, kept or not
        info.connectionId = verbose.connectionNumber();
        pulse.stage(Stage.RESOLVING);
        if (config.abstractUnixSocket != null) {
            info.namelookupUs = pulse.clock().sinceOpMicros(System.nanoTime());
            pulse.stage(Stage.CONNECTING);
            Wire wire = new AbstractUnixWire(abstractConnect(url), pulse);
            info.numConnects++;
            info.connectUs = pulse.clock().sinceOpMicros(System.nanoTime());
            if (url.tls()) {
                throw new TransferFailed(CurlCode.SSL_CONNECT_ERROR, "TLS over an abstract unix socket is not in this twin");
            }
            pulse.stage(Stage.PERFORMING);
            return wire;
        }
        String socksPath = socksUnixPath(url);
        if (config.unixSocket != null || socksPath != null) {
            info.namelookupUs = pulse.clock().sinceOpMicros(System.nanoTime());
            pulse.stage(Stage.CONNECTING);
            if (socksPath != null) {
                socks = ProxyUrl.parseSocks(config.socksFor(url));
            }
            channel = unixConnect(url, socksPath != null ? socksPath : config.unixSocket);
        } else {
            String host = url.host();
            int port = url.port();
            String shown = url.shownHost();
            String proxyText = config.proxyFor(url);
            String socksText = config.socksFor(url);
            if (proxyText != null && config.preproxy != null) {
                // --preproxy: the HTTP proxy is reached through a SOCKS one (socks4 when it names no scheme)
                socks = ProxyUrl.parseSocks(preproxy(config));
                host = socks.host();
                port = socks.port();
                shown = socks.shownHost();
            } else if (proxyText != null) {
                CurlUrl proxy = ProxyUrl.parse(proxyText);
                host = proxy.host();
                port = proxy.port();
                shown = proxy.shownHost();
            } else if (socksText != null) {
                socks = ProxyUrl.parseSocks(socksText);
                host = socks.host();
                port = socks.port();
                shown = socks.shownHost();
                proxyText = socksText;
            }
            // --connect-to names where the URL's host is reached: the proxy's own address stays as it is
            String[] connectTo = proxyText == null ? ConnectTo.apply(config.connectTo, host, port) : null;
            if (connectTo == null && proxyText == null && alternative != null) {
                verbose.info("Alt-svc connecting from [h1]" + host + ":" + port + " to [h1]" + alternative[0] + ":"
                        + alternative[1]);
                connectTo = alternative;
            }
            if (connectTo != null) {
                host = connectTo[0];
                port = Integer.parseInt(connectTo[1]);
                verbose.info("Connecting to hostname: " + host);
                shown = host;
            }
            List<InetAddress> addresses;
            try {
                addresses = NameLookup.lookup(host, port, config, pulse, dns, verbose);
            } catch (TransferFailed f) {
                if (proxyText != null && f.code() == CurlCode.COULDNT_RESOLVE_HOST) {
                    throw new TransferFailed(CurlCode.COULDNT_RESOLVE_PROXY, "Could not resolve proxy: " + host);
                }
                throw f;
            }
            info.namelookupUs = pulse.clock().sinceOpMicros(System.nanoTime());
            if (pending) {
                verbose.info(SingleTransfer.PENDING_AGAIN);
            }
            pulse.stage(Stage.CONNECTING);
            channel = new HappyEyeballs(pulse, verbose).bindingAs(config).numbered(info.connectionId).connect(addresses, port, shown);
            InetSocketAddress remote = (InetSocketAddress) channel.getRemoteAddress();
            InetSocketAddress local = (InetSocketAddress) channel.getLocalAddress();
            info.remoteIp = AddressText.of(remote.getAddress());
            info.remotePort = remote.getPort();
            info.localIp = AddressText.of(local.getAddress());
            info.localPort = local.getPort();
        }
        info.numConnects++;
        Wire wire = new PlainWire(channel, pulse);
        if (socks != null) {
            // the SOCKS handshake belongs to the connect: curl's connect time ends after it
            CurlUrl target = connectToElsewhere(url) != null ? connectToElsewhere(url) : url;
            String socksText = config.socksFor(url);
            if (config.proxyFor(url) != null) {
                target = ProxyUrl.parse(config.proxyFor(url));
                socksText = preproxy(config);
            }
            // socks.c's states run inside the connect: multi.c's timeout check ends them as it ends a connect
            try (TransferPulse.ConnectStep step = pulse.connectStep(ms -> "Connection timed out after " + ms
                    + " milliseconds")) {
                SocksHandshake.run(wire, ProxyUrl.socksVersion(socksText), socks.user(), socks.password(),
                        target.host(), target.port(), config, pulse, verbose, dns);
            }
            if (socksPath == null) {
                // socks_proxy_cf_connect(): Curl_verboseconnect() again once the proxy has granted it
                verbose.info("Connected to " + socks.shownHost() + " (" + info.remoteIp + ") port " + socks.port()
                        + " (#" + info.connectionId + ")");
            }
        }
        info.connectUs = pulse.clock().sinceOpMicros(System.nanoTime());
        String httpProxy = config.unixSocket == null ? config.proxyFor(url) : null;
        if (httpProxy != null && ProxyUrl.isHttps(httpProxy)) {
            wire = proxyTls(wire, ProxyUrl.parse(httpProxy), url);
            info.appconnectUs = pulse.clock().sinceOpMicros(System.nanoTime());
        }
        if (tunnels(url) && httpProxy != null) {
            CurlUrl elsewhere = connectToElsewhere(url);
            // -i shows the proxy's answer as part of an HTTP transfer's output only, not another protocol's
            boolean http = url.scheme().equals("http") || url.scheme().equals("https");
            if (!tunnel(wire, elsewhere != null ? elsewhere : url, scope, auth, http ? sink : null)) {
                wire.close();
                return null;
            }
        }
        if (config.haproxyProtocol) {
            // the PROXY v1 line, after any tunnel and before TLS, with the connection's own two ends
            String line = config.unixSocket != null ? "PROXY UNKNOWN\r\n"
                    : "PROXY " + (info.remoteIp.indexOf(':') >= 0 ? "TCP6 " : "TCP4 ") + info.localIp + " " + info.remoteIp
                    + " " + info.localPort + " " + info.remotePort + "\r\n";
            wire.write(java.nio.ByteBuffer.wrap(line.getBytes(StandardCharsets.ISO_8859_1)));
        }
        if (url.tls()) {
            TlsWire tls = TlsWire.handshake(wire, TlsPeer.server(url, config), pulse, verbose);
            info.appconnectUs = pulse.clock().sinceOpMicros(System.nanoTime());
            wire = tls;
            if (!config.noAlpn && url.scheme().equals("https")) {
                // cf-http.c: the https connect filter names the version ALPN gave once it is connected
                String alpn = tls.alpn();
                verbose.info(alpn.equals("h2") ? "using HTTP/2" : alpn.equals("http/1.1") ? "using HTTP/1.1"
                        : "using HTTP/1.x");
                if (alpn.equals("h2")) {
                    wire = Http2Wire.direct(wire, true);
                }
            }
        } else if (url.scheme().equals("http") && config.http2PriorKnowledge()) {
            // Curl_http2_may_switch(): HTTP/2 from the first byte, but not to a proxy that is not a tunnel
            if (config.proxyFor(url) == null || tunnels(url)) {
                wire = Http2Wire.direct(wire, false);
            } else {
                verbose.info("Ignoring HTTP/2 prior knowledge due to proxy");
            }
        }
        pulse.stage(Stage.PERFORMING);
        return wire;
    }

    /**
     * ftp.c's data connection when the control connection is tunnelled through an HTTP proxy: the
     * proxy's name looked up again, a second connection to it ("Connecting to" names where the data
     * goes and the proxy's address, as ftp_pasv_verbose() does), its TLS for an https:// proxy, and a
     * tunnel to host:port, where EPSV
     * or PASV pointed; all on the connect clock, as Curl_conn_setup() runs it.
     */
    Wire openDataTunnel(CurlUrl url, String host, int port, RequestScope scope, HttpAuth auth)
            throws IOException, TransferFailed {
        CurlUrl proxy = ProxyUrl.parse(config.proxyFor(url));
        List<InetAddress> addresses;
        try {
            addresses = NameLookup.lookup(proxy.host(), proxy.port(), config, pulse, dns, verbose);
        } catch (TransferFailed f) {
            throw new TransferFailed(CurlCode.COULDNT_RESOLVE_PROXY, "Can't resolve proxy host " + proxy.host() + ":"
                    + proxy.port());
        }
        verbose.info("Connecting to " + host + " (" + AddressText.of(addresses.get(0)) + ") port " + proxy.port());
        CurlUrl target = new CurlUrl(url.scheme(), null, null, host, host.indexOf(':') >= 0, port, true, "/", null, null);
        while (true) {
            SocketChannel channel = new HappyEyeballs(pulse, verbose).asSecondaryOf(proxy.shownHost(), proxy.port(),
                    info.connectionId).connect(addresses, proxy.port(), proxy.shownHost());
            info.numConnects++;
            Wire wire = new PlainWire(channel, pulse);
            try {
                if (ProxyUrl.isHttps(config.proxyFor(url))) {
                    wire = proxyTls(wire, proxy, url);
                }
                if (tunnel(wire, target, scope, auth, null)) {
                    return wire;
                }
                wire.close();
            } catch (IOException | TransferFailed | RuntimeException e) {
                wire.close();
                throw e;
            }
        }
    }

    /** cf_setup_connect(): an https:// proxy's TLS filter, below any tunnel, on the connect clock. */
    private Wire proxyTls(Wire wire, CurlUrl proxy, CurlUrl url) throws IOException, TransferFailed {
        return TlsWire.handshake(wire, TlsPeer.proxy(proxy, url, config), pulse, verbose);
    }

    /**
     * http_proxy.c: the CONNECT exchange to target on the connect clock ("Proxy CONNECT aborted due
     * to timeout"); false when the proxy closed in the middle of authenticating, to be connected to
     * again. headerSink takes the proxy's answer for -i (null: not shown).
     */
    private boolean tunnel(Wire wire, CurlUrl target, RequestScope scope, HttpAuth auth, BodySink headerSink)
            throws IOException, TransferFailed {
        try (TransferPulse.ConnectStep step = pulse.connectStep(ms -> "Proxy CONNECT aborted due to timeout")) {
            return new ProxyTunnel(config, pulse, verbose, dump, info, auth).open(wire, target, scope.proxy(), headerSink);
        }
    }

    private UnixStreamSocket abstractConnect(CurlUrl url) throws TransferFailed {
        // curl names an abstract socket by its sun_path, which starts with NUL: an empty name, port 0
        verbose.info("  Trying :0...");
        try {
            UnixStreamSocket s = UnixStreamSocket.connectTo(
                    UnixSockaddr.abstractName(config.abstractUnixSocket.getBytes(StandardCharsets.ISO_8859_1)));
            verbose.info("Connected to " + url.shownHost() + " () port " + url.port() + " (#" + info.connectionId + ")");
            return s;
        } catch (NativeCallFailed e) {
            Errno errno = Errno.byNumber(e.errno());
            verbose.info("Immediate connect fail for : " + e.getMessage());
            long since = pulse.clock().sinceSingleMs(System.nanoTime());
            throw new TransferFailed(CurlCode.COULDNT_CONNECT, "Failed to connect to " + url.host() + " port "
                    + url.port() + " after " + since + " ms: " + CurlCode.COULDNT_CONNECT.text(), errno);
        }
    }

    /**
     * --preproxy with the socks4 scheme it gets when it names none (parse_proxy()'s default for it).
     */
    private static String preproxy(CurlConfig config) {
        return config.preproxy.contains("://") ? config.preproxy : "socks4://" + config.preproxy;
    }

    /**
     * parse_proxy(): a SOCKS proxy named "localhost" with a path is reached over that unix socket
     * (the path %-decoded); null when it is not one such.
     */
    private String socksUnixPath(CurlUrl url) throws TransferFailed {
        String socksText = config.proxyFor(url) == null ? config.socksFor(url) : null;
        if (socksText == null || config.unixSocket != null) {
            return null;
        }
        CurlUrl socks = ProxyUrl.parseSocks(socksText);
        String path = socks.target();
        int query = path.indexOf('?');
        path = query >= 0 ? path.substring(0, query) : path;
        if (!socks.host().equalsIgnoreCase("localhost") || path.isEmpty() || path.equals("/")) {
            return null;
        }
        return java.net.URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.ISO_8859_1);
    }

    private SocketChannel unixConnect(CurlUrl url, String socketPath) throws IOException, TransferFailed {
        SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
        // curl prints a socket's address from a MAX_IPADR_LEN (46) buffer: a longer path is cut to 45 characters
        String shown = socketPath.length() > 45 ? socketPath.substring(0, 45) : socketPath;
        verbose.info("  Trying " + shown + ":0...");
        try {
            ch.connect(UnixDomainSocketAddress.of(LocalPath.of(socketPath)));
            ch.configureBlocking(false);
            verbose.info("Connected to " + url.shownHost() + " (" + shown + ") port " + url.port() + " (#"
                    + info.connectionId + ")");
            return ch;
        } catch (IOException e) {
            ch.close();
            Errno errno = Errno.of(e);
            verbose.info("Immediate connect fail for " + shown + ": " + errno.text());
            long since = pulse.clock().sinceSingleMs(System.nanoTime());
            throw new TransferFailed(CurlCode.COULDNT_CONNECT, "Failed to connect to " + url.host() + " port "
                    + url.port() + " after " + since + " ms: " + CurlCode.COULDNT_CONNECT.text(), errno);
        }
    }
}
