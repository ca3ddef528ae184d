package jtwins.lab.manual;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A twin's zsh completion function (_jwget, in a directory on $fpath) from its CommandSpec: one
 * _arguments spec per option name, its value's label as the message, files completed where the
 * label names a file; operands from their completion candidates where the spec names them. picocli's AutoComplete writes bash's; zsh can load that only through
 * bashcompinit, not as a function of its own on $fpath.
 */
final class ZshCompletion {
    private ZshCompletion() {
    }

    static String of(CommandSpec spec) {
        StringBuilder s = new StringBuilder();
        s.append("#compdef ").append(spec.name()).append('\n');
        s.append("# zsh completion for ").append(spec.name()).append(", made from its option table by jtwins\n");
        s.append("_arguments -s -S");
        for (String arg : specs(spec)) {
            s.append(" \\\n  ").append(quote(arg));
        }
        return s.append('\n').toString();
    }

    /** The _arguments specs, unquoted: what zsh will see as each word. */
    static List<String> specs(CommandSpec spec) {
        List<String> specs = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            String exclusion = o.names().length > 1 ? "(" + colons(String.join(" ", o.names())) + ")" : "";
            String description = "[" + brackets(String.join(" ", o.description())) + "]";
            for (String name : o.names()) {
                String suffix = "";
                String value = "";
                if (o.arity().max() > 0) {
                    boolean optional = o.arity().min() == 0;
                    suffix = name.startsWith("--") ? (optional ? "=-" : "=") : (optional ? "-" : "+");
                    value = ":" + colons(o.paramLabel()) + ":" + action(o.paramLabel());
                }
                specs.add(exclusion + colons(name) + suffix + description + value);
            }
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            String action = action(p.paramLabel());
            if (p.completionCandidates() != null) {
                action = "(" + String.join(" ", p.completionCandidates()) + ")";
            }
            specs.add("*:" + colons(p.paramLabel()) + ":" + action);
        }
        return specs;
    }

    private static String action(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.contains("file") || l.contains("path") || l.contains("dir") || l.contains("socket")) {
            return "_files";
        }
        if (l.equals("url") || l.equals("src")) {
            return "_urls";
        }
        if (l.startsWith("destination") || l.contains("host") || l.contains("addr")) {
            return "_hosts";
        }
        return "";
    }

    private static String brackets(String s) {
        return s.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    private static String colons(String s) {
        return s.replace("\\", "\\\\").replace(":", "\\:");
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
