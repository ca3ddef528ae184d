package jtwins.nc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SocketChannel;
import java.util.List;
import jtwins.common.Budget;
import jtwins.common.ConnectOutcome;
import jtwins.common.ConnectPhase;
import jtwins.common.Deadline;
import jtwins.common.Diagnostics;
import jtwins.common.Errno;
import jtwins.common.Failure;
import jtwins.common.Mechanism;
import jtwins.common.Phase;
import jtwins.common.PhaseTimer;
import jtwins.common.TimeoutPlan;
import jtwins.common.nativecall.FdPassing;
import jtwins.common.process.SelectableStdin;
import jtwins.common.resolver.AddressFamily;
import jtwins.common.resolver.AddressText;
import jtwins.common.resolver.ResolveException;
import jtwins.common.resolver.Resolver;
import jtwins.common.resolver.ServiceNames;

/** nc as a client: each port in turn, each address of the host in turn, as main() and remote_connect(). */
final class NcClient {
    private final NcSettings settings;
    private final NcOptions options;
    private final TimeoutPlan plan;
    private final Diagnostics diagnostics;
    private final Resolver resolver;
    private final ServiceNames services;
    /** -x: every port is reached through this proxy; null connects directly. */
    private final ProxySpec proxy;

    NcClient(NcSettings settings, NcOptions options, TimeoutPlan plan, Diagnostics diagnostics,
             Resolver resolver, ServiceNames services, ProxySpec proxy) {
        this.settings = settings;
        this.options = options;
        this.plan = plan;
        this.diagnostics = diagnostics;
        this.resolver = resolver;
        this.services = services;
        this.proxy = proxy;
    }

    int run(String host, List<String> ports) throws IOException {
        int ret = 1;
        String proto = options.udp ? "udp" : "tcp";
        SelectableStdin stdin = null;
        for (String port : ports) {
            NetworkChannel s = proxy == null ? remoteConnect(host, port, proto) : proxyConnect(host, port);
            if (s == null) {
                continue;
            }
            ret = 0;
            if (options.verbose) {
                // Debian's udp-scan-timeout.patch: a UDP "connection" is confirmed by writes that draw no ICMP refusal
                if (options.udp && !udpProbe((DatagramChannel) s)) {
                    ret = 1;
                    s.close();
                    continue;
                }
                String service = options.numeric ? null : services.nameOf(Integer.parseInt(port), proto);
                InetAddress peer = s instanceof SocketChannel tcp
                        ? ((InetSocketAddress) tcp.getRemoteAddress()).getAddress()
                        : ((InetSocketAddress) ((DatagramChannel) s).getRemoteAddress()).getAddress();
                // through a proxy the peer's address is the proxy's, so nc leaves it out
                String who = proxy == null ? hostAndAddress(host, peer) : host;
                diagnostics.line("Connection to " + who + " " + port + " port [" + proto + "/"
                        + (service == null ? "*" : service) + "] succeeded!");
            }
            if (options.fdPass) {
                // fdpass(): hand the connected socket to stdout's peer, then exit(0)
                throw FdPassMessages.of(FdPassing.passToStdout(s));
            }
            if (!options.zeroIo) {
                if (stdin == null && !options.detach) {
                    stdin = SelectableStdin.start();
                }
                ReadWriteLoop loop = new ReadWriteLoop(settings, options, plan, stdin);
                if (s instanceof SocketChannel tcp) {
                    loop.run(tcp);
                } else {
                    loop.run((DatagramChannel) s);
                }
            }
            s.close();
        }
        return ret;
    }

    /** socks_connect(): the proxy reached as any host is, then its handshake; a 407 with -P starts over. */
    private NetworkChannel proxyConnect(String host, String port) throws IOException {
        for (int authRetry = 1; ; authRetry++) {
            if (authRetry > 4) {
                throw Failure.errx(1, "Too many authentication failures");
            }
            NetworkChannel s = remoteConnect(proxy.host(), proxy.port(), "tcp");
            if (s == null) {
                return null;
            }
            try {
                SocksConnect.handshake((SocketChannel) s, host, Integer.parseInt(port), proxy.protocol(), proxy.user(),
                        proxy.host(), authRetry, resolver);
                return s;
            } catch (SocksConnect.AuthenticationRequired again) {
                s.close();
            }
        }
    }

    NetworkChannel remoteConnect(String host, String port, String proto) throws IOException {
        List<InetAddress> addresses;
        try {
            // getaddrinfo() is not bounded by -w in nc
            addresses = resolver.resolve(host, settings.family, options.numeric, Deadline.NONE);
        } catch (ResolveException e) {
            throw Failure.errx(1, "getaddrinfo for host \"" + host + "\" port " + port + ": " + e.error().text());
        }
        int portNumber = Integer.parseInt(port);
        for (InetAddress address : addresses) {
            InetSocketAddress target = new InetSocketAddress(address, portNumber);
            ProtocolFamily family = address instanceof java.net.Inet6Address
                    ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
            if (options.udp) {
                DatagramChannel d = DatagramChannel.open(family);
                bindSource(d, family);
                if (options.broadcast) {
                    d.setOption(StandardSocketOptions.SO_BROADCAST, true);
                }
                CommonSockopts.apply(d, family == StandardProtocolFamily.INET6, target, settings, options);
                try {
                    d.connect(target);
                    return d;
                } catch (IOException e) {
                    reportFailure(host, address, port, proto, ConnectOutcome.failed(Errno.of(e)));
                    d.close();
                    continue;
                }
            }
            SocketChannel c = SocketChannel.open(family);
            bindSource(c, family);
            CommonSockopts.apply(c, family == StandardProtocolFamily.INET6, target, settings, options);
            // -w bounds each address's connect (a fresh timer per address), as connect_with_timeout() does;
            // without it the plan's connect bound is the kernel's, which arms no timer of ours
            ConnectOutcome outcome;
            try (PhaseTimer timer = PhaseTimer.enter(connectTimer(plan))) {
                outcome = ConnectPhase.connect(c, target, timer.deadline());
            }
            if (outcome.connected()) {
                return c;
            }
            reportFailure(host, address, port, proto, outcome);
            c.close();
        }
        return null;
    }

    private void reportFailure(String host, InetAddress address, String port, String proto, ConnectOutcome outcome) {
        if (!options.verbose) {
            return;
        }
        String what = outcome.kind() == ConnectOutcome.Kind.TIMED_OUT ? "timed out" : "failed";
        diagnostics.warn(outcome.errno(), "connect to " + hostAndAddress(host, address) + " port " + port + " (" + proto + ") " + what);
    }

    /** "host (address)" when the host was not given as that very address, as Debian's nc writes it. */
    private static String hostAndAddress(String host, InetAddress address) {
        String numeric = AddressText.of(address);
        return numeric.equals(host) ? host : host + " (" + numeric + ")";
    }

    private void bindSource(NetworkChannel channel, ProtocolFamily family) throws IOException {
        if (options.sourceAddress == null && options.sourcePort == null) {
            return;
        }
        AddressFamily wanted = family == StandardProtocolFamily.INET6 ? AddressFamily.INET6 : AddressFamily.INET;
        InetAddress local;
        if (options.sourceAddress == null) {
            local = wanted == AddressFamily.INET6 ? InetAddress.getByName("::") : InetAddress.getByName("0.0.0.0");
        } else {
            try {
                local = resolver.resolve(options.sourceAddress, wanted, options.numeric, Deadline.NONE).get(0);
            } catch (ResolveException e) {
                throw Failure.errx(1, "getaddrinfo: " + e.error().text());
            }
        }
        int localPort = options.sourcePort == null ? 0 : ServicePort.parse(options.sourcePort, options.udp, services);
        try {
            channel.bind(new InetSocketAddress(local, localPort));
        } catch (IOException e) {
            throw Failure.err(1, Errno.of(e), "bind failed");
        }
    }

    /** connect_with_timeout()'s select(): -w's, none when the plan's connect row is the kernel's own. */
    static Budget connectTimer(TimeoutPlan plan) {
        return plan.row(Phase.CONNECT).mechanism() == Mechanism.SELECT ? plan.budget(Phase.CONNECT) : Budget.UNLIMITED;
    }

    /** udptest()'s one write a second: for the plan's UDP_PROBE row, -w or UDP_SCAN_TIMEOUT's 3 s. */
    static long udpProbeSeconds(TimeoutPlan plan) {
        return plan.budget(Phase.UDP_PROBE).duration().toSeconds();
    }

    /** udptest(): two writes, then one a second for -w seconds (3 by default); a refusal fails it. */
    private boolean udpProbe(DatagramChannel d) throws IOException {
        d.configureBlocking(true);
        if (!probeWrite(d) || !probeWrite(d)) {
            return false;
        }
        long seconds = udpProbeSeconds(plan);
        for (long i = 0; i < seconds; i++) {
            try {
                // udptest()'s sleep(1) between writes: the probe's last second ends the run, so it pays the start-up back
                PhaseTimer.sleepNanos(1_000_000_000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (!probeWrite(d)) {
                return false;
            }
        }
        return true;
    }

    private static boolean probeWrite(DatagramChannel d) {
        try {
            return d.write(ByteBuffer.wrap(new byte[] {'X'})) == 1;
        } catch (IOException e) {
            return false;
        }
    }
}
