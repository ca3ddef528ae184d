package jtwins.nc;

import java.io.IOException;
import java.util.List;
import jtwins.common.Diagnostics;
import jtwins.common.Failure;
import jtwins.common.StartupWarmup;
import jtwins.common.TimeoutPlan;
import jtwins.common.ToolMain;
import jtwins.common.options.Getopt;
import jtwins.common.resolver.Resolver;
import jtwins.common.resolver.ServiceNames;

/** jnc: Debian's nc (netcat-openbsd 1.219-1), down to its timeouts, messages and exit codes. */
public final class NcMain {
    private NcMain() {
    }

    public static void main(String[] args) {
        ToolMain.run("nc", args, new Body());
    }

    private static final class Body implements ToolMain.Body {
        @Override
        public int run(String[] args, Diagnostics diagnostics) throws IOException {
            return NcMain.run(args, diagnostics);
        }
    }

    /** The plan nc would follow for a command line, for `jtwins explain`; usage errors come out as Failure. */
    public static TimeoutPlan plan(String[] args) {
        Parsed p = parse("nc", args);
        return NcPlan.build(p.settings, p.options);
    }

    /** The host nc would resolve for a command line (null for -l without an address, or -U), for `jtwins explain`. */
    public static String destination(String[] args) {
        Parsed p = parse("nc", args);
        if (p.settings.unixSocket || p.operands.isEmpty() || (p.options.listen && p.operands.size() < 2)) {
            return p.options.listen ? p.options.sourceAddress : null;
        }
        return p.options.proxy != null ? ProxySpec.parse(p.options.proxy, p.settings.proxyProtocol, null).host()
                : p.operands.get(0);
    }

    record Parsed(NcSettings settings, NcOptions options, List<String> operands) {
    }

    static Parsed parse(String argv0, String[] args) {
        NcSettings settings = new NcSettings();
        NcOptions options = new NcOptions();
        Getopt.Parsed parsed;
        try {
            // a class, not a lambda: every run parses, and a lambda costs the start (ToolMain.Body)
            parsed = new Getopt(NcOptions.OPTSTRING).parse(argv0, args, new Getopt.Each() {
                @Override
                public void option(Getopt.Found found) {
                    if (found.letter() == 'h') {
                        throw Failure.raw(0, NcUsage.HELP.stripTrailing());
                    }
                    settings.apply(found);
                    options.set(found);
                }
            });
        } catch (Getopt.UsageError e) {
            throw Failure.raw(1, e.getMessage() + "\n" + NcUsage.USAGE.stripTrailing());
        }
        return new Parsed(settings, options, parsed.operands());
    }

    static int run(String[] args, Diagnostics diagnostics) throws IOException {
        Parsed p = parse(System.getProperty("jtwins.argv0", "nc"), args);
        StartupWarmup.settle();
        NcSettings s = p.settings;
        NcOptions o = p.options;
        List<String> argv = p.operands;

        // the operand rules of Debian's main(), in its order
        String host = null;
        List<String> ports = null;
        int argc = argv.size();
        if (argc == 0 && o.listen) {
            host = o.sourceAddress;
            ports = o.sourcePort == null ? null : List.of(o.sourcePort);
        } else if (argc == 1 && o.sourcePort == null
                && (o.sourceAddress == null || (s.unixSocket && o.udp && !o.listen))) {
            if (s.unixSocket) {
                host = argv.get(0);
            } else if (o.listen) {
                ports = List.of(argv.get(0));
            }
        } else if (argc >= 2) {
            if (o.listen && (o.sourcePort != null || o.sourceAddress != null || argc > 2)) {
                throw usage();
            }
            host = argv.get(0);
            ports = argv.subList(1, argc);
        } else {
            throw usage();
        }
        if (s.unixSocket) {
            if (ports != null && !ports.isEmpty()) {
                throw Failure.errx(1, "cannot use port with -U");
            }
            if (host == null) {
                throw Failure.errx(1, "missing socket pathname");
            }
        } else if (ports == null || ports.isEmpty()) {
            throw Failure.errx(1, "missing port number");
        }
        if (o.listen && o.zeroIo) {
            throw Failure.errx(1, "cannot use -z and -l");
        }
        if (!o.listen && o.keep) {
            throw Failure.errx(1, "must use -l with -k");
        }
        if (s.unixSocket && o.fdPass) {
            throw Failure.errx(1, "cannot use -F and -U");
        }
        if (o.proxy != null) {
            checkProxy(s, o);
        }

        TimeoutPlan plan = NcPlan.build(s, o);
        Resolver resolver = Resolver.system();
        ServiceNames services = ServiceNames.system();
        if (o.listen) {
            return new NcListener(s, o, plan, diagnostics, resolver, services).run(host, ports == null ? null : ports.get(0));
        }
        if (s.unixSocket) {
            return unixClient(s, o, plan, host, diagnostics);
        }
        List<String> portList = PortList.build(ports, o.udp, o.randomPorts, services);
        ProxySpec proxy = o.proxy == null ? null : ProxySpec.parse(o.proxy, s.proxyProtocol, o.proxyUser);
        return new NcClient(s, o, plan, diagnostics, resolver, services, proxy).run(host, portList);
    }

    private static void checkProxy(NcSettings s, NcOptions o) {
        if (o.udp) {
            throw Failure.errx(1, "no proxy support for UDP mode");
        }
        if (o.listen) {
            throw Failure.errx(1, "no proxy support for listen");
        }
        if (s.unixSocket) {
            throw Failure.errx(1, "no proxy support for unix sockets");
        }
        if (o.sourceAddress != null) {
            throw Failure.errx(1, "no proxy support for local source address");
        }
    }

    private static int unixClient(NcSettings s, NcOptions o, TimeoutPlan plan, String path, Diagnostics diagnostics)
            throws IOException {
        if (o.udp) {
            return new NcUnixDatagram(s, o, plan, diagnostics).client(path);
        }
        return new NcUnixStream(s, o, plan, diagnostics).client(path);
    }

    private static Failure usage() {
        return Failure.raw(1, NcUsage.USAGE.stripTrailing());
    }
}
