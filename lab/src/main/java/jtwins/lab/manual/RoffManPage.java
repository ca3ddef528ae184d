package jtwins.lab.manual;

import java.util.ArrayList;
import java.util.List;
import jtwins.common.options.ToolManual;
import jtwins.common.options.ToolManual.Entry;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A twin's man page in man(7) roff, from its ToolManual. picocli-codegen's ManPageGenerator writes
 * AsciiDoc, which needs Ruby's asciidoctor to become a page man can show; the macros below are all
 * a page needs, and man, groff and mandoc read them anywhere.
 */
final class RoffManPage {
    private RoffManPage() {
    }

    static String of(ToolManual m, String version) {
        StringBuilder s = new StringBuilder();
        s.append(".TH ").append(m.name().toUpperCase(java.util.Locale.ROOT)).append(" 1 \"\" \"jtwins ")
                .append(version).append("\" \"User Commands\"\n");
        s.append(".SH NAME\n").append(text(m.name() + " - " + m.summary())).append('\n');
        s.append(".SH SYNOPSIS\n").append(".nh\n.ad l\n").append(synopsis(m)).append(".ad\n.hy\n");
        s.append(".SH DESCRIPTION\n");
        for (String paragraph : m.description()) {
            s.append(".PP\n").append(text(paragraph)).append('\n');
        }
        s.append(".SH OPTIONS\n");
        for (OptionSpec o : m.spec().options()) {
            s.append(".TP\n").append(names(o)).append('\n');
            String description = String.join(" ", o.description());
            s.append(text(description.isEmpty() ? "(Not described in the original's --help.)" : description))
                    .append('\n');
        }
        section(s, "ENVIRONMENT", m.environment());
        section(s, "FILES", m.files());
        section(s, "EXIT STATUS", m.exitStatus());
        s.append(".SH SEE ALSO\n");
        List<String> pages = new ArrayList<>(m.seeAlso());
        if (!m.name().equals("jtwins")) {
            pages.add("jtwins(1)");
        }
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            s.append(".BR ").append(escape(page.substring(0, page.indexOf('(')))).append(' ')
                    .append(page.substring(page.indexOf('('))).append(i + 1 < pages.size() ? " ,\n" : "\n");
        }
        if (m.original() != null) {
            s.append(".PP\n").append(text("The original: " + m.original() + ". Its man page says more about "
                    + "each option; this one says what the twin reads and how it ends.")).append('\n');
        }
        return s.toString();
    }

    private static String synopsis(ToolManual m) {
        String synopsis = m.synopsis();
        int space = synopsis.indexOf(' ');
        return ".B " + synopsis.substring(0, space) + "\n" + text(synopsis.substring(space + 1)) + "\n";
    }

    private static void section(StringBuilder s, String title, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        s.append(".SH ").append(title).append('\n');
        for (Entry e : entries) {
            s.append(".TP\n.B ").append(escape(e.term())).append('\n').append(text(e.text())).append('\n');
        }
    }

    /** "-O, --output-document=FILE" (wget, MariaDB), "-o, --output <file>" (curl), "-w timeout" (nc). */
    private static String names(OptionSpec o) {
        StringBuilder s = new StringBuilder();
        String[] names = o.names();
        for (int i = 0; i < names.length; i++) {
            s.append(i == 0 ? "" : ", ").append("\\fB").append(escape(names[i])).append("\\fR");
        }
        if (o.arity().max() > 0) {
            String label = o.paramLabel();
            boolean optional = o.arity().min() == 0;
            String longest = names[names.length - 1];
            String joiner = label.startsWith("<") || !longest.startsWith("--") ? " " : "=";
            s.append(optional ? "[" + joiner : joiner).append("\\fI").append(escape(label)).append("\\fR")
                    .append(optional ? "]" : "");
        }
        return s.toString();
    }

    /** A line of running text: roff's escapes, and no request character at its start. */
    private static String text(String line) {
        String escaped = escape(line);
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\e").replace("-", "\\-");
    }
}
