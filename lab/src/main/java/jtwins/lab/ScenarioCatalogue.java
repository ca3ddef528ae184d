package jtwins.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenarios of the side-by-side table. The matrix rows are the seed article's timeout table;
 * the rest widen the net for the tests. Times assume lab-netns's tcp_syn_retries=1 (3 s).
 */
public final class ScenarioCatalogue {
    private static final long HANG = 9000;

    private ScenarioCatalogue() {
    }

    private static Scenario nc(String id, String title, Fault fault, StdinSpec stdin, String... args) {
        return new Scenario(id, "nc", title, List.of(args), fault, stdin, HANG);
    }

    /** The seed article's nc rows: what gives up when, and how. */
    public static List<Scenario> matrix() {
        return List.of(
                nc("nc-blackhole-kernel", "no option, black hole: the kernel's SYN retries", Fault.BLACK_HOLE,
                        StdinSpec.EMPTY, "-v", "127.0.0.1", "{port}"),
                nc("nc-blackhole-w2", "-w 2, black hole: select() connect timeout", Fault.BLACK_HOLE,
                        StdinSpec.EMPTY, "-v", "-w", "2", "127.0.0.1", "{port}"),
                nc("nc-silent-w2", "-w 2, silent server: poll() idle timeout, exit 0", Fault.SILENT,
                        StdinSpec.openFor(5000), "-w", "2", "127.0.0.1", "{port}"),
                nc("nc-refused", "refused", Fault.REFUSED, StdinSpec.EMPTY, "-v", "127.0.0.1", "{port}"));
    }

    /** Everything the side-by-side tests run: the matrix rows and more. */
    public static List<Scenario> all() {
        List<Scenario> all = new ArrayList<>(matrix());
        all.addAll(List.of(
                nc("nc-refused-quiet", "refused, no -v", Fault.REFUSED, StdinSpec.EMPTY, "127.0.0.1", "{port}"),
                nc("nc-blackhole-w1-z", "-z -w 1, black hole, no -v", Fault.BLACK_HOLE, StdinSpec.EMPTY,
                        "-z", "-w", "1", "127.0.0.1", "{port}"),
                nc("nc-blackhole-vzw1", "-vzw1 clustered, black hole", Fault.BLACK_HOLE, StdinSpec.EMPTY,
                        "-vzw1", "127.0.0.1", "{port}"),
                nc("nc-z-open", "-z -v to an open port", Fault.SILENT, StdinSpec.EMPTY,
                        "-z", "-v", "127.0.0.1", "{port}"),
                nc("nc-drip-600-w1", "-w 1, a line every 0.6 s: -w is an idle timer, not a total", Fault.DRIP_EVERY_600MS,
                        StdinSpec.EMPTY, "-w", "1", "127.0.0.1", "{port}"),
                nc("nc-drip-1500-w1", "-w 1, a line every 1.5 s: the idle timer fires between lines",
                        Fault.DRIP_EVERY_1500MS, StdinSpec.EMPTY, "-w", "1", "127.0.0.1", "{port}"),
                nc("nc-silent-w1-eof", "-w 1, silent server, stdin at EOF", Fault.SILENT, StdinSpec.EMPTY,
                        "-w", "1", "127.0.0.1", "{port}"),
                nc("nc-w0-open", "-w 0 to an open port: the idle poll returns at once", Fault.SILENT,
                        StdinSpec.openFor(3000), "-w", "0", "127.0.0.1", "{port}"),
                nc("nc-echo-N", "-N, echo server", Fault.ECHO, StdinSpec.text("one line\n", 0),
                        "-N", "127.0.0.1", "{port}"),
                nc("nc-echo-sockopts", "-N -D -M 7 -m 1 -T lowdelay -I 8192, echo server: the options jnr sets",
                        Fault.ECHO, StdinSpec.text("ttl\n", 0),
                        "-N", "-D", "-M", "7", "-m", "1", "-T", "lowdelay", "-I", "8192", "127.0.0.1", "{port}"),
                nc("nc-minttl-too-high", "-m 255: the kernel drops the SYN-ACK (TTL 64), -w 1 ends the connect",
                        Fault.ECHO, StdinSpec.openFor(3000), "-v", "-m", "255", "-w", "1", "127.0.0.1", "{port}"),
                nc("nc-F-to-a-pipe", "-F with stdout a pipe: sendmsg() refused", Fault.ECHO, StdinSpec.EMPTY,
                        "-F", "127.0.0.1", "{port}"),
                nc("nc-socks5", "-x SOCKS5 proxy, a name the proxy resolves", Fault.SOCKS5_ECHO,
                        StdinSpec.text("via socks5\n", 0), "-N", "-v", "-x", "127.0.0.1:{port}", "target.test", "80"),
                nc("nc-socks5-literal", "-x SOCKS5 proxy, an IPv6 literal", Fault.SOCKS5_ECHO,
                        StdinSpec.text("v6\n", 0), "-N", "-x", "127.0.0.1:{port}", "::1", "22"),
                nc("nc-socks5-refused", "-x SOCKS5 proxy answering 'connection refused'", Fault.SOCKS5_REFUSED,
                        StdinSpec.EMPTY, "-v", "-x", "127.0.0.1:{port}", "target.test", "80"),
                nc("nc-socks5-no-method", "-x SOCKS5 proxy accepting no method", Fault.SOCKS5_NO_METHOD,
                        StdinSpec.EMPTY, "-x", "127.0.0.1:{port}", "target.test", "80"),
                nc("nc-socks5-closes", "-x proxy closing at once: atomicio's EPIPE", Fault.ACCEPT_THEN_CLOSE,
                        StdinSpec.EMPTY, "-x", "127.0.0.1:{port}", "target.test", "80"),
                new Scenario("nc-socks5-silent-w1", "nc", "-x silent proxy, -w 1: the handshake has no timer",
                        List.of("-w", "1", "-x", "127.0.0.1:{port}", "target.test", "80"), Fault.SILENT,
                        StdinSpec.EMPTY, 3000),
                nc("nc-socks4", "-X 4 SOCKS4 proxy", Fault.SOCKS4_ECHO, StdinSpec.text("via socks4\n", 0),
                        "-N", "-X", "4", "-x", "127.0.0.1:{port}", "127.0.0.1", "80"),
                nc("nc-socks4-rejected", "-X 4 SOCKS4 proxy rejecting", Fault.SOCKS4_REJECTED, StdinSpec.EMPTY,
                        "-X", "4", "-x", "127.0.0.1:{port}", "127.0.0.1", "80"),
                nc("nc-socks4-unknown-host", "-X 4 with a name that does not resolve", Fault.SOCKS4_ECHO,
                        StdinSpec.EMPTY, "-X", "4", "-x", "127.0.0.1:{port}", "nohost.invalid", "80"),
                nc("nc-connect-proxy", "-X connect HTTP proxy", Fault.HTTP_CONNECT_ECHO,
                        StdinSpec.text("via connect\n", 0), "-N", "-v", "-X", "connect", "-x", "127.0.0.1:{port}",
                        "target.test", "443"),
                nc("nc-connect-forbidden", "-X connect proxy answering 403", Fault.HTTP_CONNECT_FORBIDDEN,
                        StdinSpec.EMPTY, "-X", "connect", "-x", "127.0.0.1:{port}", "target.test", "443"),
                nc("nc-connect-407-no-tty", "-X connect -P user, 407 and no terminal for the password",
                        Fault.HTTP_CONNECT_AUTH_REQUIRED, StdinSpec.EMPTY, "-X", "connect", "-P", "user", "-x",
                        "127.0.0.1:{port}", "target.test", "443"),
                nc("nc-connect-ipv6-literal", "-X connect with an IPv6 literal: CONNECT [::1]:443",
                        Fault.HTTP_CONNECT_ECHO, StdinSpec.text("v6\n", 0), "-N", "-X", "connect", "-x",
                        "127.0.0.1:{port}", "::1", "443"),
                nc("nc-connect-bad-hostname", "-X connect with a space in the host: 'Invalid hostname'",
                        Fault.HTTP_CONNECT_ECHO, StdinSpec.EMPTY, "-X", "connect", "-x", "127.0.0.1:{port}",
                        "two words", "443"),
                nc("nc-echo-q1", "-q 1, echo server: quit timer after both sides end", Fault.ECHO,
                        StdinSpec.text("x\n", 0), "-q", "1", "127.0.0.1", "{port}"),
                new Scenario("nc-silent-q1-hang", "nc", "-q 1, silent server: the quit timer never starts",
                        List.of("-q", "1", "127.0.0.1", "{port}"), Fault.SILENT, StdinSpec.text("x\n", 0), 4000),
                nc("nc-hello-close", "-v, server says hello and closes; stdin open 1 s", Fault.HELLO_THEN_CLOSE,
                        StdinSpec.openFor(1000), "-v", "127.0.0.1", "{port}"),
                nc("nc-hello-stall-w1", "-w 1, server says hello then stalls", Fault.HELLO_THEN_STALL,
                        StdinSpec.openFor(4000), "-w", "1", "127.0.0.1", "{port}"),
                nc("nc-reset", "server resets at once; stdin open 2 s", Fault.ACCEPT_THEN_RESET,
                        StdinSpec.openFor(2000), "127.0.0.1", "{port}"),
                nc("nc-close", "server closes at once; stdin open 1 s", Fault.ACCEPT_THEN_CLOSE,
                        StdinSpec.openFor(1000), "-w", "3", "127.0.0.1", "{port}"),
                nc("nc-udp-zv", "-uzv, silent UDP server: 3 s probe", Fault.UDP_SILENT, StdinSpec.EMPTY,
                        "-uzv", "127.0.0.1", "{port}"),
                nc("nc-udp-zv-w1", "-uzv -w 1, silent UDP server", Fault.UDP_SILENT, StdinSpec.EMPTY,
                        "-uzv", "-w", "1", "127.0.0.1", "{port}"),
                nc("nc-udp-zv-closed", "-uzv, closed UDP port: ICMP refusal", Fault.UDP_CLOSED, StdinSpec.EMPTY,
                        "-uzv", "127.0.0.1", "{port}"),
                nc("nc-udp-echo", "-u -w 1, UDP echo", Fault.UDP_ECHO, StdinSpec.text("ping\n", 2000),
                        "-u", "-w", "1", "127.0.0.1", "{port}"),
                nc("nc-udp-q1", "-u -q 1: stdin's end also ends UDP's read side, then the quit timer", Fault.UDP_ECHO,
                        StdinSpec.text("ping\n", 0), "-u", "-q", "1", "127.0.0.1", "{port}"),
                nc("nc-udp-q0", "-u -q 0: out at stdin's end", Fault.UDP_SILENT, StdinSpec.text("x\n", 0),
                        "-u", "-q", "0", "127.0.0.1", "{port}"),
                new Scenario("nc-udp-N-hang", "nc", "-u -N: no -q, so UDP keeps listening after stdin's end",
                        List.of("-u", "-N", "127.0.0.1", "{port}"), Fault.UDP_SILENT, StdinSpec.text("x\n", 0), 3000),
                nc("nc-range", "-zv over a range ending in a refused port", Fault.REFUSED, StdinSpec.EMPTY,
                        "-zv", "127.0.0.1", "{port}-{port}"),
                nc("nc-hosts-name", "-zv to a name from /etc/hosts", Fault.SILENT, StdinSpec.EMPTY,
                        "-zv", "lab.test", "{port}"),
                nc("nc-localhost-refused", "-v localhost refused: both addresses tried, ::1 first", Fault.REFUSED,
                        StdinSpec.EMPTY, "-v", "localhost", "{port}"),
                nc("nc-4-ip6-localhost", "-4 with an IPv6-only hosts name: glibc answers 127.0.0.1", Fault.SILENT,
                        StdinSpec.EMPTY, "-4", "-zv", "ip6-localhost", "{port}"),
                nc("nc-unknown-host", "unknown host, no DNS server", Fault.REFUSED, StdinSpec.EMPTY,
                        "-v", "nohost.invalid", "{port}"),
                nc("nc-n-name", "-n with a name", Fault.REFUSED, StdinSpec.EMPTY, "-n", "localhost", "{port}"),
                nc("nc-bad-w", "-w abc", Fault.REFUSED, StdinSpec.EMPTY, "-w", "abc", "127.0.0.1", "{port}"),
                nc("nc-w-negative", "-w -1", Fault.REFUSED, StdinSpec.EMPTY, "-w", "-1", "127.0.0.1", "{port}"),
                nc("nc-w-fraction", "-w 1.5", Fault.REFUSED, StdinSpec.EMPTY, "-w", "1.5", "127.0.0.1", "{port}"),
                nc("nc-bad-port", "port out of range", Fault.REFUSED, StdinSpec.EMPTY, "127.0.0.1", "65536"),
                nc("nc-no-port", "no port", Fault.REFUSED, StdinSpec.EMPTY, "127.0.0.1"),
                nc("nc-bad-option", "unknown option", Fault.REFUSED, StdinSpec.EMPTY, "-j", "127.0.0.1", "{port}"),
                nc("nc-missing-value", "-w without a value, after the operands", Fault.REFUSED, StdinSpec.EMPTY,
                        "127.0.0.1", "{port}", "-w"),
                nc("nc-help", "-h", Fault.REFUSED, StdinSpec.EMPTY, "-h")));
        return all;
    }
}
