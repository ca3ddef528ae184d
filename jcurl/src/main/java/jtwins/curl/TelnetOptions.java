package jtwins.curl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jtwins.common.options.Strtol;

/**
 * check_telnet_options(): what -t asks of a telnet:// session, read as
 * sscanf("%127[^= ]%*[ =]%255s") reads each option: TTYPE, XDISPLOC and NEW_ENV offer the terminal
 * type, the X display and environment variables (a user from -u or the URL goes first as USER),
 * WS offers a window size "COLSxROWS", BINARY=0 turns the 8-bit option off; another keyword is 48,
 * an option that does not parse 49, each failf() naming the option as given.
 */
final class TelnetOptions {
    String ttype = "";
    String xdisploc = "";
    final List<String> vars = new ArrayList<>();
    int windowWidth;
    int windowHeight;
    boolean offerTtype;
    boolean offerXdisploc;
    boolean offerEnviron;
    boolean offerWindowSize;
    boolean binary = true;

    private TelnetOptions() {
    }

    static TelnetOptions of(List<String> given, String user) throws TransferFailed {
        TelnetOptions o = new TelnetOptions();
        if (user != null) {
            o.vars.add("USER," + user);
            o.offerEnviron = true;
        }
        for (String option : given) {
            String[] kv = split(option);
            if (kv == null) {
                throw new TransferFailed(CurlCode.SETOPT_OPTION_SYNTAX, "Syntax error in telnet option: " + option);
            }
            String arg = kv[1];
            switch (kv[0].toUpperCase(Locale.ROOT)) {
                case "TTYPE" -> {
                    o.ttype = arg.length() > 31 ? arg.substring(0, 31) : arg;
                    o.offerTtype = true;
                }
                case "XDISPLOC" -> {
                    o.xdisploc = arg.length() > 127 ? arg.substring(0, 127) : arg;
                    o.offerXdisploc = true;
                }
                case "NEW_ENV" -> {
                    o.vars.add(arg);
                    o.offerEnviron = true;
                }
                case "WS" -> {
                    int[] size = windowSize(arg);
                    if (size == null) {
                        throw new TransferFailed(CurlCode.SETOPT_OPTION_SYNTAX, "Syntax error in telnet option: " + option);
                    }
                    o.windowWidth = size[0];
                    o.windowHeight = size[1];
                    o.offerWindowSize = true;
                }
                case "BINARY" -> o.binary = Strtol.atoi(arg) == 1;
                default -> throw new TransferFailed(CurlCode.UNKNOWN_OPTION, "Unknown telnet option " + option);
            }
        }
        return o;
    }

    /** The keyword (up to 127 bytes of neither '=' nor blank), one or more of '=' and blank, then a word of up to 255. */
    private static String[] split(String option) {
        int i = 0;
        while (i < option.length() && i < 127 && option.charAt(i) != '=' && option.charAt(i) != ' ') {
            i++;
        }
        if (i == 0) {
            return null;
        }
        String keyword = option.substring(0, i);
        int sep = i;
        while (i < option.length() && (option.charAt(i) == '=' || option.charAt(i) == ' ')) {
            i++;
        }
        if (i == sep) {
            return null;
        }
        // %255s skips any white space and stops at the next
        while (i < option.length() && Character.isWhitespace(option.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < option.length() && i - start < 255 && !Character.isWhitespace(option.charAt(i))) {
            i++;
        }
        return i == start ? null : new String[] {keyword, option.substring(start, i)};
    }

    /** sscanf("%hu%*[xX]%hu"): two numbers as unsigned shorts with one or more x or X between them. */
    private static int[] windowSize(String arg) {
        int[] at = {0};
        Integer width = unsignedShort(arg, at);
        if (width == null || at[0] >= arg.length() || Character.toLowerCase(arg.charAt(at[0])) != 'x') {
            return null;
        }
        while (at[0] < arg.length() && Character.toLowerCase(arg.charAt(at[0])) == 'x') {
            at[0]++;
        }
        Integer height = unsignedShort(arg, at);
        return height == null ? null : new int[] {width, height};
    }

    /** %hu: an optional sign and decimal digits, taken modulo 65536 as strtoul() and the narrowing store do. */
    private static Integer unsignedShort(String s, int[] at) {
        int i = at[0];
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int start = i;
        long value = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            value = Math.min(value * 10 + (s.charAt(i) - '0'), 0xFFFFFFFFL + 1);
            i++;
        }
        if (i == start) {
            return null;
        }
        at[0] = i;
        long v = value > 0xFFFFFFFFL ? 0xFFFFFFFFL : value;
        return (int) ((negative ? -v : v) & 0xFFFF);
    }
}
