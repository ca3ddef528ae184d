package jtwins.curl;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import jtwins.common.Deadline;
import jtwins.common.resolver.AddressFamily;
import jtwins.common.resolver.NumericAddress;
import jtwins.common.resolver.ResolveException;
import jtwins.common.resolver.Resolver;

/**
 * curl's threaded resolver (lib/asyn-thread.c): getaddrinfo() runs on a thread of its own and wakes
 * the transfer's loop when it is done, while the loop keeps drawing the meter and watching the
 * connect timer. When the timer ends first the thread is left behind, not waited for, and the
 * transfer says "Resolving timed out". Cached names (--resolve's among them) and address literals
 * need no thread.
 */
final class NameLookup {
    private NameLookup() {
    }

    /** Curl_resolv(): the DNS cache (which --resolve fills) first; what a lookup finds goes into it. */
    static List<InetAddress> lookup(String host, int port, CurlConfig config, TransferPulse pulse, DnsCache dns,
                                    DebugTrace verbose) throws IOException, TransferFailed {
        List<InetAddress> cached = dns.fetch(host, port, config.family, verbose);
        // create_conn() is over once the lookup is started or answered from the cache
        pulse.attached();
        if (cached != null) {
            return cached;
        }
        List<InetAddress> found = resolve(host, config, pulse);
        dns.add(host, port, found);
        return found;
    }

    private static List<InetAddress> resolve(String host, CurlConfig config, TransferPulse pulse)
            throws IOException, TransferFailed {
        if (host.equalsIgnoreCase("localhost") || host.toLowerCase(java.util.Locale.ROOT).endsWith(".localhost")) {
            return localhost(host, config);
        }
        InetAddress literal = NumericAddress.parse(host);
        if (literal != null) {
            if (!config.family.admits(literal)) {
                // an address is taken as given; the connect then finds none of the family -4/-6 asks for
                throw new TransferFailed(CurlCode.COULDNT_CONNECT, null);
            }
            return List.of(literal);
        }
        TransferClock clock = pulse.clock();
        AtomicReference<Object> answer = new AtomicReference<>();
        try (Selector selector = Selector.open()) {
            long deadlineNanos = clock.connectDeadline() - System.nanoTime();
            Deadline deadline = Deadline.after(java.time.Duration.ofNanos(Math.max(0, deadlineNanos)));
            AddressFamily family = config.family;
            Thread resolver = new Thread(() -> {
                Object result;
                try {
                    result = Resolver.system().resolve(host, family, false, deadline);
                } catch (ResolveException e) {
                    result = e;
                } catch (RuntimeException e) {
                    result = new IOException(e.getMessage());
                }
                answer.set(result);
                selector.wakeup();
            }, "getaddrinfo");
            resolver.setDaemon(true);
            resolver.start();
            while (answer.get() == null) {
                pulse.await(selector, clock.connectDeadline(), () -> answer.get() != null);
                long now = System.nanoTime();
                if (answer.get() == null && now - clock.connectDeadline() >= 0) {
                    throw new TransferFailed(CurlCode.OPERATION_TIMEDOUT,
                            "Resolving timed out after " + clock.sinceSingleMs(now) + " milliseconds");
                }
            }
        }
        Object result = answer.get();
        if (result instanceof ResolveException e) {
            if (e.endedByCallerDeadline()) {
                long now = System.nanoTime();
                throw new TransferFailed(CurlCode.OPERATION_TIMEDOUT,
                        "Resolving timed out after " + clock.sinceSingleMs(now) + " milliseconds");
            }
            throw couldNotResolve(host);
        }
        if (result instanceof IOException e) {
            throw couldNotResolve(host);
        }
        @SuppressWarnings("unchecked")
        List<InetAddress> addresses = (List<InetAddress>) result;
        if (addresses.isEmpty()) {
            throw couldNotResolve(host);
        }
        return addresses;
    }

    /**
     * lib/hostip.c get_localhost(): "localhost" and "*.localhost" never reach the resolver (RFC 6761);
     * they are 127.0.0.1 then ::1, whatever /etc/hosts says.
     */
    private static List<InetAddress> localhost(String host, CurlConfig config) throws TransferFailed {
        List<InetAddress> out = new ArrayList<>();
        for (InetAddress a : List.of(NumericAddress.parse("127.0.0.1"), NumericAddress.parse("::1"))) {
            if (config.family.admits(a)) {
                out.add(a);
            }
        }
        if (out.isEmpty()) {
            throw couldNotResolve(host);
        }
        return out;
    }

    static TransferFailed couldNotResolve(String host) {
        return new TransferFailed(CurlCode.COULDNT_RESOLVE_HOST, "Could not resolve host: " + host);
    }
}
