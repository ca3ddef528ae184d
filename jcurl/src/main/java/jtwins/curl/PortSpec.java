package jtwins.curl;

import jtwins.common.options.Strtol;

/**
 * What -P/--ftp-port asks for, read as ftp.c's ftp_state_use_port() step 1 reads it:
 * (ipv4|[ipv6]|ipv6|host|interface)?(:port(-port)?)?. "-" or any one character is the control
 * connection's own address; the ports are cut to 16 bits, and a range that runs backwards is any port.
 */
record PortSpec(String address, int portMin, int portMax) {
    static PortSpec parse(String spec) {
        if (spec == null || spec.length() <= 1) {
            return new PortSpec("", 0, 0);
        }
        String address;
        int ipEnd;
        if (spec.charAt(0) == '[') {
            int close = spec.indexOf(']');
            address = close < 0 ? "" : spec.substring(1, close);
            ipEnd = close;
        } else if (spec.charAt(0) == ':') {
            address = "";
            ipEnd = 0;
        } else {
            ipEnd = spec.indexOf(':');
            if (ipEnd < 0) {
                address = spec;
            } else if (IpText.isNumeric(spec)) {
                // a bare IPv6 address has colons but no port
                address = spec;
                ipEnd = -1;
            } else {
                address = spec.substring(0, ipEnd);
            }
        }
        int min = 0;
        int max = 0;
        int portStart = ipEnd < 0 ? -1 : spec.indexOf(':', ipEnd);
        if (portStart >= 0) {
            min = ushort(spec, portStart + 1);
            int sep = spec.indexOf('-', portStart);
            max = sep >= 0 ? ushort(spec, sep + 1) : min;
        }
        if (min > max) {
            min = 0;
            max = 0;
        }
        return new PortSpec(address, min, max);
    }

    /** curlx_ultous(strtoul(s, NULL, 10)): the low 16 bits of what strtoul() reads there. */
    private static int ushort(String s, int from) {
        return (int) (Strtol.strtoul(s.substring(from)) & 0xffff);
    }
}
