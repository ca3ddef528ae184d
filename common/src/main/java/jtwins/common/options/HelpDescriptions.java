package jtwins.common.options;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The description the original's --help gives each option, keyed by every name on its line ("-c",
 * "--continue"), with its wrapped lines joined; and the value label it shows ("FILE", "<file>",
 * "name"). Reads the layouts of wget, curl, MariaDB's my_print_help and rsync alike: a line that
 * starts with option names, the label, then the text, and continuation lines indented past them.
 */
public final class HelpDescriptions {
    /** A word of the names part; curl's labels may hold spaces ("<file name>"). */
    private static final Pattern TOKEN = Pattern.compile("<[^>]*>|\\S+");
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();

    public HelpDescriptions(String help) {
        String[] lines = help.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int start = 0;
            while (start < line.length() && line.charAt(start) == ' ') {
                start++;
            }
            if (start > 8 || start >= line.length() - 1 || line.charAt(start) != '-') {
                continue;
            }
            int namesEnd = namesEnd(line, start);
            StringBuilder text = new StringBuilder(line.substring(namesEnd).strip());
            while (i + 1 < lines.length && continues(lines[i + 1])) {
                text.append(text.length() == 0 ? "" : " ").append(lines[++i].strip());
            }
            for (String name : namesOf(line.substring(start, namesEnd))) {
                texts.putIfAbsent(name, text.toString().strip());
            }
        }
    }

    /** The description for a name such as "--timeout" or "-T"; "" when --help does not list it. */
    public String text(String name) {
        return texts.getOrDefault(name, "");
    }

    /** The value label --help shows after a name ("FILE", "<seconds>", "#"); null for none. */
    public String label(String name) {
        return labels.get(name);
    }

    /**
     * Where the names and value labels end: after the last token that is a name ("-c,", "--x=FILE",
     * "--debug[=#]") or a curl-style label ("<file name>"), at the first other word.
     */
    private static int namesEnd(String line, int start) {
        Matcher tokens = TOKEN.matcher(line).region(start, line.length());
        int end = start;
        while (tokens.find() && (tokens.group().startsWith("-") || tokens.group().startsWith("<"))) {
            end = tokens.end();
        }
        return end;
    }

    private List<String> namesOf(String names) {
        List<String> found = new ArrayList<>();
        String lastLong = null;
        Matcher tokens = TOKEN.matcher(names);
        while (tokens.find()) {
            String token = tokens.group();
            if (token.startsWith("<")) {
                if (lastLong != null) {
                    labels.putIfAbsent(lastLong, token);
                }
                continue;
            }
            String name = token.replaceAll(",$", "");
            String label = null;
            int bracket = name.indexOf("[=");
            int equals = name.indexOf('=');
            if (bracket > 0) {
                label = name.substring(bracket + 2).replaceAll("]$", "");
                name = name.substring(0, bracket);
            } else if (equals > 0) {
                label = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (name.length() < 2) {
                continue;
            }
            found.add(name);
            if (label != null) {
                labels.putIfAbsent(name, label);
            }
            if (name.startsWith("--")) {
                lastLong = name;
            }
        }
        for (String name : found) {
            String label = lastLong == null ? null : labels.get(lastLong);
            if (label != null) {
                labels.putIfAbsent(name, label);
            }
        }
        return found;
    }

    /** A wrapped line of the description above: indented well past the names, not a new option. */
    private static boolean continues(String line) {
        int start = 0;
        while (start < line.length() && line.charAt(start) == ' ') {
            start++;
        }
        return start >= 10 && start < line.length() && line.charAt(start) != '-';
    }
}
