package jtwins.lab.command;

import java.io.PrintStream;
import java.util.List;
import jtwins.common.Deadline;
import jtwins.common.StartupDebt;
import jtwins.common.resolver.AddressFamily;
import jtwins.common.resolver.AddressText;
import jtwins.common.resolver.DnsTrace;
import jtwins.common.resolver.Resolution;
import jtwins.common.resolver.ResolveException;
import jtwins.common.resolver.Resolver;

/**
 * jtwins resolve [--trace] NAME: the twins' lookup, printed as `getent ahosts NAME` prints it (exit 2
 * when the name does not resolve); --trace adds each DNS query on stderr as it goes and as it ends.
 */
final class ResolveCommand {
    private ResolveCommand() {
    }

    static int run(PrintStream out, PrintStream err, String[] args) {
        boolean traced = args.length == 2 && args[0].equals("--trace");
        if (args.length != 1 && !traced) {
            err.println("usage: jtwins resolve [--trace] NAME");
            return 1;
        }
        String name = args[args.length - 1];
        // compared with getent query by query, from the first query: start-up is not the resolver's
        StartupDebt.waive();
        Resolver resolver = traced ? Resolver.tracing(new PrintedTrace(err, System.nanoTime())) : Resolver.system();
        Resolution found;
        try {
            found = resolver.lookup(name, AddressFamily.UNSPEC, false, Deadline.NONE);
        } catch (ResolveException e) {
            if (traced) {
                err.println("getaddrinfo: " + e.error().text());
            }
            return 2; // getent's status for "key not found"
        }
        List<java.net.InetAddress> addresses = found.addresses();
        for (int i = 0; i < addresses.size(); i++) {
            String address = AddressText.of(addresses.get(i));
            out.printf("%-15s STREAM %s%n", address, i == 0 ? found.canonicalName() : "");
            out.printf("%-15s DGRAM  %n", address);
            out.printf("%-15s RAW    %n", address);
        }
        return 0;
    }

    /** One line a query event: milliseconds since the command began, server, transport, type, name. */
    private record PrintedTrace(PrintStream err, long startNanos) implements DnsTrace {
        @Override
        public void sent(String server, String transport, String type, String name, int attempt, int attempts,
                         long boundMillis) {
            line(server, transport, type, name, "sent");
        }

        @Override
        public void ended(String server, String transport, String type, String name, String outcome) {
            line(server, transport, type, name, outcome);
        }

        private void line(String server, String transport, String type, String name, String what) {
            err.printf("%7.3f s  %-15s %s %-4s %s  %s%n", (System.nanoTime() - startNanos) / 1e9, server, transport,
                    type, name, what);
        }
    }
}
