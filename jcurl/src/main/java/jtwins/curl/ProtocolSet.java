package jtwins.curl;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * --proto and --proto-redir (tool_paramhlp.c proto2num()): from a starting set, comma-separated
 * names with '+' (allow, the default), '-' (deny) or '=' (only these), "all" for every protocol this
 * libcurl has; a name it lacks is warned about and, after '=', leaves nothing allowed. The result is
 * the sorted comma list CURLOPT_PROTOCOLS_STR takes.
 */
final class ProtocolSet {
    /** What --version's "Protocols:" line names. */
    static final List<String> BUILT_IN = List.of("dict", "file", "ftp", "gopher", "gophers", "http", "https", "imap",
            "ldap", "ldaps", "mqtt", "pop3", "rtsp", "scp", "sftp", "smb", "smtp", "telnet", "tftp");
    /** redir_protos[] of the tool, as far as this libcurl has them. */
    static final List<String> REDIRECT_DEFAULT = List.of("ftp", "http", "https");

    private ProtocolSet() {
    }

    /** The list, or null for PARAM_BAD_USE (a token that is only modifiers, or another character before a name). */
    static String parse(List<String> start, String value, ToolMessages messages) {
        TreeSet<String> set = new TreeSet<>(start);
        for (String token : value.split(",")) {
            if (token.isEmpty()) {
                continue;
            }
            char action = '+';
            int at = 0;
            while (at < token.length() && !Character.isLetterOrDigit(token.charAt(at))) {
                char c = token.charAt(at++);
                if (c != '=' && c != '-' && c != '+') {
                    return null;
                }
                action = c;
            }
            if (at == token.length()) {
                return null;
            }
            String name = token.substring(at).toLowerCase(Locale.ROOT);
            if (name.equals("all")) {
                if (action == '-') {
                    set.clear();
                } else {
                    set.addAll(BUILT_IN);
                }
            } else if (BUILT_IN.contains(name)) {
                if (action == '-') {
                    set.remove(name);
                } else {
                    if (action == '=') {
                        set.clear();
                    }
                    set.add(name);
                }
            } else {
                if (action == '=') {
                    set.clear();
                }
                messages.warn("unrecognized protocol '" + token.substring(at) + "'");
            }
        }
        return String.join(",", set);
    }

    /** Whether a list as parse() made it (null: not given, so the default) allows the scheme. */
    static boolean allows(String list, List<String> defaults, String scheme) {
        List<String> names = list == null ? defaults : List.of(list.split(","));
        return names.contains(scheme);
    }
}
