package jtwins.curl;

/**
 * --local-port "N" or "N-M" (tool_getparam.c): the first port to bind and how many to try; what
 * follows N that is not "-M" (blanks allowed around the dash) is ignored, and anything str2unum()
 * refuses or past 65535 is a bad use.
 */
record LocalPort(int port, int range) {
    static LocalPort parse(String value) throws ParamError.Refused {
        int digits = 0;
        while (digits < value.length() && value.charAt(digits) >= '0' && value.charAt(digits) <= '9') {
            digits++;
        }
        String rest = value.substring(digits);
        String upper = null;
        if (!rest.isEmpty()) {
            // sscanf(p, " - %6s"): no dash is no range; a dash with nothing after it is EOF, taken as one
            String s = rest.stripLeading();
            if (s.startsWith("-")) {
                s = s.substring(1).stripLeading();
                int end = 0;
                while (end < s.length() && end < 6 && !Character.isWhitespace(s.charAt(end))) {
                    end++;
                }
                upper = s.substring(0, end);
            }
        }
        long port = number(value.substring(0, digits));
        if (port > 65535) {
            throw ParamError.BAD_USE.refused();
        }
        if (upper == null) {
            return new LocalPort((int) port, 1);
        }
        long last = number(upper);
        long range = last - (port - 1);
        if (last > 65535 || range < 1) {
            throw ParamError.BAD_USE.refused();
        }
        return new LocalPort((int) port, (int) range);
    }

    private static long number(String text) throws ParamError.Refused {
        try {
            return CurlNumbers.unsigned(text);
        } catch (ParamError.Refused any) {
            throw ParamError.BAD_USE.refused();
        }
    }
}
