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
 * transfer says "Resolving timed out". --resolve entries and address literals need no thread.
 */
final class NameLookup {
    private NameLookup() {
    }

    static List<InetAddress> lookup(String host, int port, CurlConfig config, TransferPulse pulse)
            throws IOException, TransferFailed {
        List<InetAddress> pinned = pinned(host, port, config);
        if (pinned != null) {
            return pinned;
        }
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

    /**
     * Curl_loadhostpairs() as a transfer starts: "[+]host:port:addr[,addr]..." (addresses numeric,
     * IPv6 ones in brackets allowed) or "-host:port" to remove; anything else is 49.
     */
    static void checkResolveEntries(CurlConfig config) throws TransferFailed {
        for (String entry : config.resolve) {
            if (entry.startsWith("-")) {
                continue;
            }
            String rest = entry.startsWith("+") ? entry.substring(1) : entry;
            int first = rest.indexOf(':');
            int portEnd = first;
            while (first >= 0 && portEnd + 1 < rest.length() && Character.isDigit(rest.charAt(portEnd + 1))) {
                portEnd++;
            }
            boolean ok = first > 0 && first < 255 && portEnd > first && portEnd + 1 < rest.length()
                    && rest.charAt(portEnd + 1) == ':' && Long.parseLong(rest.substring(first + 1, portEnd + 1)) <= 65535;
            boolean any = false;
            if (ok) {
                for (String a : rest.substring(portEnd + 2).split(",", -1)) {
                    String text = a;
                    if (text.startsWith("[")) {
                        if (!text.endsWith("]")) {
                            ok = false;
                            break;
                        }
                        text = text.substring(1, text.length() - 1);
                    }
                    if (text.isEmpty()) {
                        continue;
                    }
                    if (NumericAddress.parse(text) == null || (text.indexOf(':') < 0 && !IpText.isNumeric(text))) {
                        ok = false;
                        break;
                    }
                    any = true;
                }
            }
            if (!ok || !any) {
                throw new TransferFailed(CurlCode.SETOPT_OPTION_SYNTAX, "Couldn't parse CURLOPT_RESOLVE entry '" + entry + "'");
            }
        }
    }

    /** --resolve host:port:addr[,addr]...: the pinned addresses for this host and port ("*" any host), or null. */
    private static List<InetAddress> pinned(String host, int port, CurlConfig config) {
        for (String entry : config.resolve) {
            int first = entry.indexOf(':');
            int second = first < 0 ? -1 : entry.indexOf(':', first + 1);
            if (second < 0) {
                continue;
            }
            String name = entry.substring(0, first);
            if (name.startsWith("+")) {
                name = name.substring(1);
            }
            if (!(name.equalsIgnoreCase(host) || name.equals("*"))
                    || !entry.substring(first + 1, second).equals(Integer.toString(port))) {
                continue;
            }
            List<InetAddress> out = new ArrayList<>();
            for (String a : entry.substring(second + 1).split(",")) {
                String text = a.strip();
                if (text.startsWith("[") && text.endsWith("]")) {
                    text = text.substring(1, text.length() - 1);
                }
                InetAddress address = NumericAddress.parse(text);
                if (address != null && config.family.admits(address)) {
                    out.add(address);
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return null;
    }
}
