package jtwins.curl;


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

    /** curlx_ultous(strtoul(s, NULL, 10)): leading digits, none being 0, kept to their low 16 bits. */
    private static int ushort(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int digits = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == digits) {
            return 0;
        }
        java.math.BigInteger value = new java.math.BigInteger(s.substring(digits, i));
        if (value.bitLength() > 64) {
            // strtoul's overflow is ULONG_MAX, whose low 16 bits are all ones
            return 0xffff;
        }
        long low = value.longValue();
        return (int) ((negative ? -low : low) & 0xffff);
    }
}
