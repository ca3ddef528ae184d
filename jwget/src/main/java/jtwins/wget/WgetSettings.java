package jtwins.wget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * wget's "opt" struct, keyed by wgetrc command name: what defaults() sets, then .wgetrc, -e and the
 * command line through the one setter table (WgetCommands). Typed reads for what the twin uses.
 */
final class WgetSettings {
    private final Map<String, Object> values = new HashMap<>();
    final List<String> headers = new ArrayList<>();

    WgetSettings() {
        // init.c defaults(): only the values that are not zero, false or null
        values.put("tries", 20);
        values.put("readtimeout", 900.0);
        values.put("waitretry", 10.0);
        values.put("maxredirect", 20);
        values.put("reclevel", 5);
        values.put("startpos", -1.0);
        for (String on : new String[] {"addhostdir", "netrc", "glob", "httpkeepalive", "useproxy", "cache",
                "ifmodifiedsince", "robots", "removelisting", "dnscache", "passiveftp", "retrsymlinks",
                "checkcertificate", "iri", "useservertimestamps", "cookies", "warcdigests", "warccompression",
                "warckeeplog", "htmlify", "ftpsresumessl", "hsts"}) {
            values.put(on, true);
        }
        values.put("dotbytes", 1024.0);
        values.put("dotspacing", 10);
        values.put("dotsinline", 50);
        String noProxy = System.getenv("no_proxy");
        if (noProxy != null) {
            values.put("noproxy", noProxy);
        }
    }

    void put(String command, Object value) {
        values.put(command, value);
    }

    boolean bool(String command) {
        Object v = values.get(command);
        return v instanceof Boolean b && b;
    }

    /** A boolean only when it was set, null while it keeps its "not given" default. */
    Boolean given(String command) {
        return values.get(command) instanceof Boolean b ? b : null;
    }

    int number(String command) {
        Object v = values.get(command);
        return v instanceof Integer n ? n : 0;
    }

    /** A time or byte value; 0 when unset, which for every timer means "none". */
    double real(String command) {
        Object v = values.get(command);
        return v instanceof Double d ? d : 0;
    }

    /**
     * cmd_vector and cmd_directory_vector: a comma-separated value (blanks after each comma skipped)
     * added to what is there; an empty one empties it. Directories lose one trailing slash.
     */
    void putVector(String command, String val, boolean directories) {
        if (val.isEmpty()) {
            values.remove(command);
            return;
        }
        List<String> merged = new ArrayList<>();
        if (values.get(command) instanceof List<?> old) {
            for (Object o : old) {
                merged.add((String) o);
            }
        }
        int p = 0;
        int start = 0;
        while (p < val.length()) {
            if (val.charAt(p) == ',') {
                merged.add(trimDirectory(val.substring(start, p), directories));
                p++;
                while (p < val.length() && Character.isWhitespace(val.charAt(p))) {
                    p++;
                }
                start = p;
            } else {
                p++;
            }
        }
        merged.add(trimDirectory(val.substring(start), directories));
        values.put(command, merged);
    }

    private static String trimDirectory(String d, boolean directories) {
        return directories && d.length() > 1 && d.endsWith("/") ? d.substring(0, d.length() - 1) : d;
    }

    /** A list set by putVector, or null when none was given. */
    List<String> vector(String command) {
        if (values.get(command) instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            for (Object o : list) {
                out.add((String) o);
            }
            return out;
        }
        return null;
    }

    String string(String command) {
        Object v = values.get(command);
        return v instanceof String s ? s : null;
    }
}
