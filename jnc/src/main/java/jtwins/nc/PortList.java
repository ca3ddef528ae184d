package jtwins.nc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jtwins.common.Failure;
import jtwins.common.options.Strtonum;
import jtwins.common.resolver.ServiceNames;

/** nc's build_ports(): service names, single ports and lo-hi ranges, all checked before any connect. */
final class PortList {
    private PortList() {
    }

    private static boolean isNumber(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static List<String> build(List<String> args, boolean udp, boolean randomize, ServiceNames services) {
        String proto = udp ? "udp" : "tcp";
        List<String> ports = new ArrayList<>();
        for (String arg : args) {
            // getservbyname() first, as build_ports(); no service name is all digits, so a number skips the file
            int named = isNumber(arg) ? -1 : services.portOf(arg, proto);
            int dash = arg.indexOf('-');
            if (named >= 0) {
                ports.add(Integer.toString(named));
            } else if (!arg.isEmpty() && Character.isDigit(arg.charAt(0)) && dash >= 0) {
                int hi = strtoport(arg.substring(dash + 1));
                int lo = strtoport(arg.substring(0, dash));
                if (lo > hi) {
                    int t = lo;
                    lo = hi;
                    hi = t;
                }
                for (int p = lo; p <= hi; p++) {
                    ports.add(Integer.toString(p));
                }
            } else {
                ports.add(Integer.toString(strtoport(arg)));
            }
        }
        if (randomize) {
            Collections.shuffle(ports);
        }
        return ports;
    }

    private static int strtoport(String text) {
        Strtonum.Result r = Strtonum.parse(text, 1, 65535);
        if (!r.ok()) {
            throw Failure.errx(1, "port number " + r.error() + ": " + text);
        }
        return (int) r.value();
    }
}
