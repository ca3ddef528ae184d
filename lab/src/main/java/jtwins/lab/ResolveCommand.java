package jtwins.lab;

import java.io.PrintStream;
import java.net.InetAddress;
import java.util.List;
import jtwins.common.AddressFamily;
import jtwins.common.Deadline;
import jtwins.common.ResolveException;
import jtwins.common.Resolver;

/** jtwins resolve NAME: the twins' lookup, printed as `getent ahosts NAME` prints it. */
final class ResolveCommand {
    private ResolveCommand() {
    }

    static int run(PrintStream out, String[] args) {
        if (args.length != 1) {
            out.println("usage: jtwins resolve NAME");
            return 1;
        }
        List<InetAddress> addresses;
        try {
            addresses = Resolver.system().resolve(args[0], AddressFamily.UNSPEC, false, Deadline.NONE);
        } catch (ResolveException e) {
            return 2; // getent's status for "key not found"
        }
        for (int i = 0; i < addresses.size(); i++) {
            String address = addresses.get(i).getHostAddress();
            out.printf("%-15s STREAM %s%n", address, i == 0 ? args[0] : "");
            out.printf("%-15s DGRAM  %n", address);
            out.printf("%-15s RAW    %n", address);
        }
        return 0;
    }
}
