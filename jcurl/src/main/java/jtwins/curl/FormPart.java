package jtwins.curl;

import java.util.ArrayList;
import java.util.List;

/**
 * One -F/--form-string argument as tool_formparse.c formparse() reads it: "name=value",
 * "name=@file[,file...]" (files sent with their names), "name=<file" (a file's content as the
 * value), each with ";type=", ";filename=", ";headers=" and ";encoder=" after it, words quoted with
 * '"' and '\' escapes. --form-string takes the value literally.
 */
final class FormPart {
    String name;
    String filename;
    String type;
    String encoder;
    final List<String> headers = new ArrayList<>();
    /** A value given in place; null for a file's. */
    String value;
    /** The file whose bytes are the content ("-" for stdin); null for a value. */
    String file;
    /** "@": the file is sent as a file, its base name the filename unless one is given. */
    boolean asFile;
    /** Several "@" files: a multipart/mixed of them. */
    final List<FormPart> files = new ArrayList<>();

    /** The parts an argument gives (one, or a group); a bad type= is curl's warning and exit 26 (null). */
    static FormPart parse(String input, boolean literal, ToolMessages messages) {
        FormPart part = new FormPart();
        int eq = input.indexOf('=');
        if (eq < 0) {
            messages.warn("Illegally formatted input field!");
            return null;
        }
        part.name = eq > 0 ? input.substring(0, eq) : null;
        String contents = input.substring(eq + 1);
        if (literal) {
            part.value = contents;
            return part;
        }
        Cursor c = new Cursor(contents);
        if (contents.startsWith("@")) {
            while (true) {
                c.p++;
                FormPart f = new FormPart();
                if (!paramPart(c, ',', f, messages)) {
                    return null;
                }
                f.file = f.value;
                f.value = null;
                f.asFile = true;
                part.files.add(f);
                if (c.sep != ',') {
                    break;
                }
            }
            if (part.files.size() == 1) {
                FormPart only = part.files.get(0);
                only.name = part.name;
                return only;
            }
            return part;
        }
        if (contents.startsWith("<")) {
            c.p++;
            if (!paramPart(c, '\0', part, messages)) {
                return null;
            }
            part.file = part.value;
            part.value = null;
            part.filename = null;
            return part;
        }
        return paramPart(c, '\0', part, messages) ? part : null;
    }

    /** Where get_param_part() is in the argument, and the separator it stopped at. */
    private static final class Cursor {
        final String s;
        int p;
        char sep;

        Cursor(String s) {
            this.s = s;
        }

        char at(int i) {
            return i < s.length() ? s.charAt(i) : '\0';
        }
    }

    /** get_param_part(): the word, then ";type=" ";filename=" ";headers=" ";encoder=" until endchar or the end. */
    private static boolean paramPart(Cursor c, char endchar, FormPart into, ToolMessages messages) {
        while (Character.isWhitespace(c.at(c.p))) {
            c.p++;
        }
        into.value = word(c, endchar, messages, true);
        c.sep = c.at(c.p);
        // endct: while set, an unknown parameter is more of the content type ("type=a/b;charset=x")
        int typeStart = -1;
        while (c.sep == ';') {
            c.p++;
            while (Character.isWhitespace(c.at(c.p))) {
                c.p++;
            }
            String rest = c.s.substring(Math.min(c.p, c.s.length()));
            if (startsWithIgnoringCase(rest, "type=")) {
                c.p += 5;
                while (Character.isWhitespace(c.at(c.p))) {
                    c.p++;
                }
                int start = c.p;
                String t = c.s.substring(start);
                int slash = t.indexOf('/');
                if (slash <= 0 || slash + 1 >= t.length() || " ;,\n".indexOf(t.charAt(slash + 1)) >= 0
                        || t.substring(0, slash).indexOf(' ') >= 0) {
                    messages.warn("Illegally formatted content-type field!");
                    return false;
                }
                int end = start;
                int lastNonSpace = start;
                while (end < c.s.length() && c.s.charAt(end) != ';' && c.s.charAt(end) != endchar) {
                    if (!Character.isWhitespace(c.s.charAt(end))) {
                        lastNonSpace = end + 1;
                    }
                    end++;
                }
                into.type = c.s.substring(start, lastNonSpace);
                typeStart = start;
                c.p = end;
                c.sep = c.at(c.p);
            } else if (typeStart >= 0 && !startsWithIgnoringCase(rest, "filename=")
                    && !startsWithIgnoringCase(rest, "headers=") && !startsWithIgnoringCase(rest, "encoder=")) {
                int end = c.p;
                int lastNonSpace = c.p;
                while (end < c.s.length() && c.s.charAt(end) != ';' && c.s.charAt(end) != endchar) {
                    if (!Character.isWhitespace(c.s.charAt(end))) {
                        lastNonSpace = end + 1;
                    }
                    end++;
                }
                into.type = c.s.substring(typeStart, Math.max(lastNonSpace, c.p));
                c.p = end;
                c.sep = c.at(c.p);
            } else if (startsWithIgnoringCase(rest, "filename=")) {
                typeStart = -1;
                into.filename = valueAfter(c, 9, endchar, messages);
            } else if (startsWithIgnoringCase(rest, "headers=")) {
                typeStart = -1;
                into.headers.add(valueAfter(c, 8, endchar, messages));
            } else if (startsWithIgnoringCase(rest, "encoder=")) {
                typeStart = -1;
                into.encoder = valueAfter(c, 8, endchar, messages);
            } else {
                String unknown = word(c, endchar, messages, false);
                c.sep = c.at(c.p);
                if (!unknown.isEmpty()) {
                    messages.warn("skip unknown form field: " + unknown);
                }
            }
        }
        return true;
    }

    /** The word after a "name=" of the given length, blanks before it skipped; the cursor's separator after it. */
    private static String valueAfter(Cursor c, int nameLength, char endchar, ToolMessages messages) {
        c.p += nameLength;
        while (Character.isWhitespace(c.at(c.p))) {
            c.p++;
        }
        String value = word(c, endchar, messages, true);
        c.sep = c.at(c.p);
        return value;
    }

    /**
     * get_param_word(): a '"'-quoted word (\\ and \" escapes; what follows up to ';' or endchar is
     * skipped with a warning if not blank), else up to ';' or endchar, trailing blanks off.
     */
    private static String word(Cursor c, char endchar, ToolMessages messages, boolean strip) {
        int begin = c.p;
        if (c.at(c.p) == '"') {
            StringBuilder w = new StringBuilder();
            int q = c.p + 1;
            while (q < c.s.length()) {
                char ch = c.s.charAt(q);
                if (ch == '\\' && (c.at(q + 1) == '\\' || c.at(q + 1) == '"')) {
                    w.append(c.s.charAt(q + 1));
                    q += 2;
                    continue;
                }
                if (ch == '"') {
                    q++;
                    boolean trailing = false;
                    while (q < c.s.length() && c.s.charAt(q) != ';' && c.s.charAt(q) != endchar) {
                        trailing |= !Character.isWhitespace(c.s.charAt(q));
                        q++;
                    }
                    if (trailing) {
                        messages.warn("Trailing data after quoted form parameter");
                    }
                    c.p = q;
                    return w.toString();
                }
                w.append(ch);
                q++;
            }
            c.p = begin;
        }
        int end = c.p;
        while (end < c.s.length() && c.s.charAt(end) != ';' && c.s.charAt(end) != endchar) {
            end++;
        }
        String w = c.s.substring(begin, end);
        c.p = end;
        return strip ? w.stripTrailing() : w;
    }

    private static boolean startsWithIgnoringCase(String s, String prefix) {
        return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
