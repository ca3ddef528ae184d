package jtwins.wget;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * init.c's commands[]: each wgetrc command, the kind of value it takes, and that kind's check and
 * message. The command line (setoptval), -e (run_command) and .wgetrc (run_wgetrc) all set values
 * here; the name in a message is what the user wrote: "--timeout" from the command line, the bare
 * command from -e or a file.
 */
final class WgetCommands {

    private final String program;
    private final PrintStream err;

    WgetCommands(String program, PrintStream err) {
        this.program = program;
        this.err = err;
    }

    /** command_by_name(): case-insensitive, after dashes and underscores are taken out. */
    static String canonical(String name) {
        String c = name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
        return KINDS.containsKey(c) ? c : null;
    }

    /** setval_internal(): false (and the message printed) when the value is refused. */
    boolean set(WgetSettings s, String command, String com, String val) {
        if (s.bool("debug")) {
            // setval_internal()'s DEBUGP, before the log is opened: to stderr
            err.println("Setting " + com + " (" + command + ") to " + val);
        }
        String kind = KINDS.get(command);
        switch (kind) {
            // -r, -m, --htmlify and -x take on/off as wget's special setters do
            case "boolean", "recursive", "mirror", "htmlify", "dirstruct" -> {
                Boolean b = bool(val);
                if (b == null) {
                    return fail(com + ": Invalid boolean " + Quote.of(val) + "; use `on' or `off'.");
                }
                special(s, kind, b);
                if (!kind.equals("mirror")) {
                    s.put(command, b);
                }
            }
            case "checkcert" -> {
                Boolean b = bool(val);
                if (b == null && !val.equalsIgnoreCase("quiet")) {
                    return fail(com + ": Invalid " + Quote.of(val) + "; use `on', `off' or `quiet'.");
                }
                s.put(command, b == null || b);
            }
            case "number", "numberinf" -> {
                if (kind.equals("numberinf") && val.equalsIgnoreCase("inf")) {
                    s.put(command, 0);
                    return true;
                }
                Long n = simpleAtoi(val);
                if (n == null || n < 0) {
                    return fail(com + ": Invalid number " + Quote.of(val) + ".");
                }
                s.put(command.equals("numtries") ? "tries" : command, (int) Math.min(n, Integer.MAX_VALUE));
            }
            case "time" -> {
                Double t = time(com, val);
                if (t == null) {
                    return false;
                }
                s.put(command, t);
            }
            case "timeout" -> {
                Double t = time(com, val);
                if (t == null) {
                    return false;
                }
                // cmd_spec_timeout: -T sets the three timers at once
                s.put("readtimeout", t);
                s.put("connecttimeout", t);
                s.put("dnstimeout", t);
            }
            case "bytes" -> {
                Double b = bytes(val);
                if (b == null) {
                    return fail(com + ": Invalid byte value " + Quote.of(val));
                }
                s.put(command, b);
            }
            case "header" -> {
                if (val.isEmpty()) {
                    s.headers.clear();
                } else if (!validHeader(val)) {
                    return fail(com + ": Invalid header " + Quote.of(val) + ".");
                } else {
                    s.headers.add(val);
                }
            }
            case "progress" -> {
                String type = val.contains(":") ? val.substring(0, val.indexOf(':')) : val;
                if (!type.equalsIgnoreCase("dot") && !type.equalsIgnoreCase("bar")) {
                    return fail(com + ": Invalid progress type " + Quote.of(val) + ".");
                }
                s.put(command, val);
            }
            case "preferfamily" -> {
                if (!val.equalsIgnoreCase("IPv4") && !val.equalsIgnoreCase("IPv6") && !val.equalsIgnoreCase("none")) {
                    return fail(com + ": Invalid value " + Quote.of(val) + ".");
                }
                s.put(command, val.toLowerCase(Locale.ROOT));
            }
            case "reportspeed" -> {
                if (!val.equalsIgnoreCase("bits")) {
                    return fail(com + ": Invalid value " + Quote.of(val) + ".");
                }
                s.put(command, true);
            }
            case "compression" -> {
                if (!val.equalsIgnoreCase("auto") && !val.equalsIgnoreCase("gzip") && !val.equalsIgnoreCase("none")) {
                    return fail(com + ": Invalid value " + Quote.of(val) + ".");
                }
                s.put(command, val.toLowerCase(Locale.ROOT));
            }
            case "useragent" -> {
                if (val.indexOf('\n') >= 0) {
                    return fail(com + ": Invalid value " + Quote.of(val) + ".");
                }
                s.put(command, val);
            }
            case "list", "dirlist" -> s.putVector(command, val, kind.equals("dirlist"));
            case "restrictfilenames" -> {
                if (!FileNameRestrictions.set(s, val)) {
                    return fail(com + ": Invalid restriction " + Quote.of(val) + ",\n"
                            + "    use [unix|vms|windows],[lowercase|uppercase],[nocontrol],[ascii].");
                }
            }
            case "uppercase" -> s.put(command, val.toUpperCase(Locale.ROOT));
            case "directory" -> s.put(command, stripTrailingSlashes(val));
            default -> s.put(command, val);
        }
        return true;
    }

    /**
     * cmd_spec_recursive, cmd_spec_dirstruct and cmd_spec_mirror: -r makes directories unless -nd
     * said not to, -x/-nd set that choice, -m is -r -N -l inf with directories.
     */
    private static void special(WgetSettings s, String kind, boolean on) {
        switch (kind) {
            case "recursive" -> {
                if (on && !s.bool("nodirstruct")) {
                    s.put("dirstruct", true);
                }
            }
            case "dirstruct" -> s.put("nodirstruct", !on);
            case "mirror" -> {
                if (on) {
                    s.put("recursive", true);
                    if (!s.bool("nodirstruct")) {
                        s.put("dirstruct", true);
                    }
                    s.put("timestamping", true);
                    s.put("reclevel", 0);
                    s.put("removelisting", false);
                }
            }
            default -> {
            }
        }
    }

    private boolean fail(String line) {
        err.println(program + ": " + line);
        return false;
    }

    /** cmd_time: a number with an optional s/m/h/d/w suffix, spaces around it allowed. */
    private Double time(String com, String val) {
        int end = val.length();
        while (end > 0 && Character.isWhitespace(val.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        double mult = 1;
        if (end > 0) {
            switch (Character.toLowerCase(val.charAt(end - 1))) {
                case 's' -> end--;
                case 'm' -> { end--; mult = 60; }
                case 'h' -> { end--; mult = 3600; }
                case 'd' -> { end--; mult = 86400; }
                case 'w' -> { end--; mult = 604800; }
                default -> { }
            }
        }
        while (start < end && Character.isWhitespace(val.charAt(start))) {
            start++;
        }
        String shown = val.substring(start);
        while (end > start && Character.isWhitespace(val.charAt(end - 1))) {
            end--;
        }
        Double number = start == end ? null : simpleAtof(val.substring(start, end));
        if (number == null) {
            fail(com + ": Invalid time period " + Quote.of(shown));
            return null;
        }
        if (number < 0) {
            fail(com + ": Negative time period " + Quote.of(shown));
            return null;
        }
        return number * mult;
    }

    /** parse_bytes_helper: "inf", or a number with an optional k/m/g/t suffix (powers of 1024). */
    private static Double bytes(String val) {
        if (val.equals("inf")) {
            return 0.0;
        }
        int end = val.length();
        while (end > 0 && Character.isWhitespace(val.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        double mult = switch (Character.toLowerCase(val.charAt(end - 1))) {
            case 'k' -> 1024.0;
            case 'm' -> 1048576.0;
            case 'g' -> 1073741824.0;
            case 't' -> 1099511627776.0;
            default -> 1;
        };
        if (mult != 1) {
            end--;
        }
        int start = 0;
        while (start < end && Character.isWhitespace(val.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(val.charAt(end - 1))) {
            end--;
        }
        Double n = start == end ? null : simpleAtof(val.substring(start, end));
        return n == null || n < 0 ? null : n * mult;
    }

    /** cmd_boolean_internal: on/yes/1 and off/no/0, case-insensitive; anything else is refused. */
    static Boolean bool(String val) {
        String v = val.toLowerCase(Locale.ROOT);
        if (v.equals("on") || v.equals("yes") || v.equals("1")) {
            return true;
        }
        if (v.equals("off") || v.equals("no") || v.equals("0")) {
            return false;
        }
        return null;
    }

    /**
     * wget 1.21.3's simple_atoi: leading spaces, a sign, then digits for as long as they last; what
     * follows is not looked at, so "x" reads as 0 and "3x" as 3. Only an empty value is refused.
     */
    static Long simpleAtoi(String val) {
        int p = 0;
        while (p < val.length() && Character.isWhitespace(val.charAt(p))) {
            p++;
        }
        boolean negative = false;
        if (p < val.length() && (val.charAt(p) == '-' || val.charAt(p) == '+')) {
            negative = val.charAt(p) == '-';
            p++;
        }
        if (p == val.length()) {
            return null;
        }
        long result = 0;
        for (; p < val.length() && val.charAt(p) >= '0' && val.charAt(p) <= '9'; p++) {
            result = Math.min(result * 10 + (val.charAt(p) - '0'), Integer.MAX_VALUE);
        }
        return negative ? -result : result;
    }

    /** simple_atof: an optional sign, digits and at most one point, nothing else. */
    static Double simpleAtof(String s) {
        int p = 0;
        boolean negative = false;
        if (p < s.length() && (s.charAt(p) == '-' || s.charAt(p) == '+')) {
            negative = s.charAt(p) == '-';
            p++;
        }
        double result = 0;
        double divider = 1;
        boolean seenDot = false;
        boolean seenDigit = false;
        for (; p < s.length(); p++) {
            char c = s.charAt(p);
            if (c >= '0' && c <= '9') {
                seenDigit = true;
                if (!seenDot) {
                    result = result * 10 + (c - '0');
                } else {
                    divider *= 10;
                    result += (c - '0') / divider;
                }
            } else if (c == '.' && !seenDot) {
                seenDot = true;
            } else {
                return null;
            }
        }
        if (!seenDigit) {
            return null;
        }
        return negative ? -result : result;
    }

    /** check_user_specified_header: a non-empty name without spaces, a colon, no line break. */
    private static boolean validHeader(String s) {
        int p = 0;
        while (p < s.length() && s.charAt(p) != ':' && !Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        return p < s.length() && s.charAt(p) == ':' && p > 0 && s.indexOf('\n') < 0;
    }

    private static String stripTrailingSlashes(String val) {
        int end = val.length();
        while (end > 0 && val.charAt(end - 1) == '/') {
            end--;
        }
        return val.substring(0, end);
    }

    /** init.c's commands[]: name, then the kind of value it takes, in its alphabetical order. */
    private static final String[] TABLE = {
        "accept", "list", "acceptregex", "string", "addhostdir", "boolean", "adjustextension", "boolean",
        "alwaysrest", "boolean", "askpassword", "boolean", "authnochallenge", "boolean", "background", "boolean",
        "backupconverted", "boolean", "backups", "number", "base", "string", "bindaddress", "string",
        "bodydata", "string", "bodyfile", "string", "cacertificate", "file", "cache", "boolean",
        "cadirectory", "directory", "certificate", "file", "certificatetype", "certtype",
        "checkcertificate", "checkcert", "ciphers", "string", "chooseconfig", "file", "compression", "compression",
        "connecttimeout", "time", "contentdisposition", "boolean", "contentonerror", "boolean",
        "continue", "boolean", "convertfileonly", "boolean", "convertlinks", "boolean", "cookies", "boolean",
        "crlfile", "fileonce", "cutdirs", "number", "debug", "boolean", "defaultpage", "string",
        "deleteafter", "boolean", "dirprefix", "directory", "dirstruct", "dirstruct", "dnscache", "boolean",
        "dnstimeout", "time", "domains", "list", "dotbytes", "bytes", "dotsinline", "number",
        "dotspacing", "number", "dotstyle", "string", "egdfile", "file", "excludedirectories", "dirlist",
        "excludedomains", "list", "followftp", "boolean", "followtags", "list", "forcehtml", "boolean",
        "ftppasswd", "string", "ftppassword", "string", "ftpproxy", "string", "ftpscleardataconnection", "boolean",
        "ftpsfallbacktoftp", "boolean", "ftpsimplicit", "boolean", "ftpsresumessl", "boolean", "ftpuser", "string",
        "glob", "boolean", "header", "header", "hsts", "boolean", "hstsfile", "file", "htmlextension", "boolean",
        "htmlify", "htmlify", "httpkeepalive", "boolean", "httppasswd", "string", "httppassword", "string",
        "httpproxy", "string", "httpsonly", "boolean", "httpsproxy", "string", "httpuser", "string",
        "ifmodifiedsince", "boolean", "ignorecase", "boolean", "ignorelength", "boolean", "ignoretags", "list",
        "includedirectories", "dirlist", "inet4only", "boolean", "inet6only", "boolean", "input", "file",
        "iri", "boolean", "keepbadhash", "boolean", "keepsessioncookies", "boolean", "limitrate", "bytes",
        "loadcookies", "file", "localencoding", "string", "logfile", "file", "login", "string",
        "maxredirect", "number", "method", "uppercase", "mirror", "mirror", "netrc", "boolean",
        "noclobber", "boolean", "noconfig", "boolean", "noparent", "boolean", "noproxy", "vector",
        "numtries", "numberinf", "outputdocument", "file", "pagerequisites", "boolean", "passiveftp", "boolean",
        "passwd", "string", "password", "string", "pinnedpubkey", "string", "postdata", "string", "postfile", "file",
        "preferfamily", "preferfamily", "preservepermissions", "boolean", "privatekey", "file",
        "privatekeytype", "certtype", "progress", "progress", "protocoldirectories", "boolean",
        "proxypasswd", "string", "proxypassword", "string", "proxyuser", "string", "quiet", "boolean",
        "quota", "bytes", "randomfile", "file", "randomwait", "boolean", "readtimeout", "time",
        "reclevel", "numberinf", "recursive", "recursive", "referer", "string", "regextype", "regextype",
        "reject", "list", "rejectedlog", "file", "rejectregex", "string", "relativeonly", "boolean",
        "remoteencoding", "string", "removelisting", "boolean", "reportspeed", "reportspeed",
        "restrictfilenames", "restrictfilenames", "retrsymlinks", "boolean", "retryconnrefused", "boolean",
        "retryonhosterror", "boolean", "retryonhttperror", "string", "robots", "boolean", "savecookies", "file",
        "saveheaders", "boolean", "secureprotocol", "string", "serverresponse", "boolean",
        "showalldnsentries", "boolean", "showprogress", "boolean", "spanhosts", "boolean", "spider", "boolean",
        "startpos", "bytes", "strictcomments", "boolean", "timeout", "timeout", "timestamping", "boolean",
        "tries", "numberinf", "trustservernames", "boolean", "unlink", "boolean", "useaskpass", "string",
        "useproxy", "boolean", "user", "string", "useragent", "useragent", "useservertimestamps", "boolean",
        "verbose", "boolean", "wait", "time", "waitretry", "time", "warccdx", "boolean", "warccdxdedup", "file",
        "warccompression", "boolean", "warcdigests", "boolean", "warcfile", "file", "warcheader", "string",
        "warckeeplog", "boolean", "warcmaxsize", "bytes", "warctempdir", "directory", "xattr", "boolean"
    };

    private static final Map<String, String> KINDS = load();

    private static Map<String, String> load() {
        Map<String, String> kinds = new HashMap<>();
        for (int i = 0; i < TABLE.length; i += 2) {
            kinds.put(TABLE[i], TABLE[i + 1]);
        }
        return kinds;
    }
}
