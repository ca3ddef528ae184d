package jtwins.curl;

import jtwins.common.resolver.NumericAddress;

/** Curl_host_is_ipnum(): inet_pton()'s strict forms, four decimal octets or an IPv6 address (no zone). */
final class IpText {
    private IpText() {
    }

    static boolean isNumeric(String host) {
        if (host.indexOf(':') >= 0) {
            return host.indexOf('%') < 0 && NumericAddress.parse(host) != null;
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            // inet_pton4(): one to three digits, no leading zero, at most 255
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
                return false;
            }
            for (int i = 0; i < part.length(); i++) {
                if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                    return false;
                }
            }
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
