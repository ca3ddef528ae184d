package jtwins.wget;

import java.util.ArrayList;
import java.util.List;

/**
 * html-parse.c's map_html_tags(): wget's forgiving tag scanner, over the document's bytes (one char
 * each, ISO-8859-1). Comments end at the first "-->" (not strict), declarations are stepped over, a
 * quoted value that meets a newline is read again up to '>' and such a tag dropped, a tag that does
 * not parse is text; values have their blanks trimmed, embedded newlines taken out and the five
 * entities wget knows decoded. The text between a start tag and its end tag is given with the end tag
 * (for &lt;style&gt;).
 */
final class HtmlTags {
    /** One attribute: its name (lower case), its decoded value, and where its raw value (quotes and all) lies. */
    record Attr(String name, String value, int rawBegin, int rawSize) {
    }

    /** One tag: its name (lower case), whether it ends an element, its attributes, and the contents it closes. */
    record Tag(String name, boolean endTag, List<Attr> attrs, int contentsBegin, int contentsEnd) {
        Attr attr(String wanted) {
            for (Attr a : attrs) {
                if (a.name().equals(wanted)) {
                    return a;
                }
            }
            return null;
        }
    }

    interface Visitor {
        void tag(Tag tag);
    }

    private static final class End extends Exception {
        private static final long serialVersionUID = 1L;

        End() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final int end;
    private int p;
    /** The open elements, for the contents an end tag closes: name and where its contents begin. */
    private final List<Object[]> stack = new ArrayList<>();

    private HtmlTags(String text) {
        this.text = text;
        this.end = text.length();
    }

    static void map(String text, Visitor visitor) {
        if (!text.isEmpty()) {
            new HtmlTags(text).run(visitor);
        }
    }

    private char at(int i) {
        // the C code reads the byte at end as the terminating NUL of wget_read_file()'s buffer
        return i < end ? text.charAt(i) : '\0';
    }

    private void advance() throws End {
        if (++p >= end) {
            throw new End();
        }
    }

    private void skipWs() throws End {
        while (Character.isWhitespace(at(p)) && isCSpace(at(p))) {
            advance();
        }
    }

    private static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }

    static boolean nameChar(char c) {
        return c > 32 && c < 127 && c != '=' && c != '<' && c != '>' && c != '/';
    }

    private void run(Visitor visitor) {
        try {
            while (true) {
                int lt = text.indexOf('<', p);
                if (lt < 0) {
                    return;
                }
                p = lt;
                if (!oneTag(visitor, lt)) {
                    // backout_tag: the '<' was text
                    p = lt + 1;
                }
            }
        } catch (End e) {
            // the end of the document inside a tag: nothing more to map
        }
    }

    /** One tag from its '<'; false when it turns out not to be one. */
    private boolean oneTag(Visitor visitor, int start) throws End {
        advance();
        if (at(p) == '!') {
            if (p + 3 < end && at(p + 1) == '-' && at(p + 2) == '-') {
                int commentEnd = findCommentEnd(p + 3);
                if (commentEnd >= 0) {
                    p = commentEnd;
                }
            } else {
                p = advanceDeclaration(p);
            }
            if (p == end) {
                throw new End();
            }
            return true;
        }
        boolean endTag = false;
        if (at(p) == '/') {
            endTag = true;
            advance();
        }
        int nameBegin = p;
        while (nameChar(at(p))) {
            advance();
        }
        if (p == nameBegin) {
            return true;
        }
        String name = text.substring(nameBegin, p).toLowerCase(java.util.Locale.ROOT);
        skipWs();
        Object[] pushed = null;
        if (!endTag) {
            pushed = new Object[] {name, -1};
            stack.add(pushed);
        }
        if (endTag && at(p) != '>' && at(p) != '<') {
            return false;
        }
        List<Attr> attrs = new ArrayList<>();
        while (true) {
            skipWs();
            if (at(p) == '/') {
                advance();
                skipWs();
                if (at(p) != '<' && at(p) != '>') {
                    return false;
                }
            }
            if (at(p) == '<' || at(p) == '>') {
                break;
            }
            int attrBegin = p;
            while (nameChar(at(p))) {
                advance();
            }
            int attrEnd = p;
            if (attrBegin == attrEnd) {
                return false;
            }
            skipWs();
            int valueBegin;
            int valueEnd;
            int rawBegin;
            int rawEnd;
            boolean decode = false;
            boolean trim = false;
            char c = at(p);
            if (nameChar(c) || c == '/' || c == '<' || c == '>') {
                // minimised: <ul compact>
                rawBegin = valueBegin = attrBegin;
                rawEnd = valueEnd = attrEnd;
            } else if (c == '=') {
                advance();
                skipWs();
                char q = at(p);
                if (q == '"' || q == '\'') {
                    boolean newlineSeen = false;
                    rawBegin = p;
                    advance();
                    valueBegin = p;
                    while (at(p) != q) {
                        if (!newlineSeen && at(p) == '\n') {
                            // most likely an unclosed quote: read again to '>' or the quote
                            p = valueBegin;
                            newlineSeen = true;
                            continue;
                        } else if (newlineSeen && (at(p) == '<' || at(p) == '>')) {
                            break;
                        }
                        advance();
                    }
                    valueEnd = p;
                    if (at(p) == q) {
                        advance();
                    } else {
                        // look_for_tag: the scan goes on from here, the tag dropped
                        stack.remove(pushed);
                        return true;
                    }
                    rawEnd = p;
                    decode = true;
                    trim = true;
                } else {
                    valueBegin = p;
                    while (!isCSpace(at(p)) && at(p) != '<' && at(p) != '>') {
                        advance();
                    }
                    valueEnd = p;
                    if (valueBegin == valueEnd) {
                        return false;
                    }
                    rawBegin = valueBegin;
                    rawEnd = valueEnd;
                    decode = true;
                }
            } else {
                return false;
            }
            attrs.add(new Attr(text.substring(attrBegin, attrEnd).toLowerCase(java.util.Locale.ROOT),
                    value(valueBegin, valueEnd, decode, trim), rawBegin, rawEnd - rawBegin));
        }
        if (pushed != null && !stack.isEmpty() && stack.get(stack.size() - 1) == pushed) {
            pushed[1] = p + 1;
        }
        int contentsBegin = -1;
        int contentsEnd = -1;
        if (endTag) {
            for (int i = stack.size() - 1; i >= 0; i--) {
                if (stack.get(i)[0].equals(name)) {
                    int begin = (Integer) stack.get(i)[1];
                    if (begin >= 0) {
                        contentsBegin = begin;
                        contentsEnd = start;
                    }
                    // tagstack_pop(): this element and every one opened inside it
                    stack.subList(i, stack.size()).clear();
                    break;
                }
            }
        }
        visitor.tag(new Tag(name, endTag, attrs, contentsBegin, contentsEnd));
        if (at(p) != '<') {
            advance();
        }
        return true;
    }

    /** convert_and_copy(): blanks trimmed (quoted values), entities decoded, newlines squashed when trimming. */
    private String value(int begin, int stop, boolean decode, boolean trim) {
        if (trim) {
            while (begin < stop && isCSpace(text.charAt(begin))) {
                begin++;
            }
            while (stop > begin && isCSpace(text.charAt(stop - 1))) {
                stop--;
            }
        }
        if (!decode) {
            return text.substring(begin, stop);
        }
        StringBuilder out = new StringBuilder(stop - begin);
        int[] at = new int[1];
        for (int i = begin; i < stop; ) {
            char c = text.charAt(i);
            if (c == '&') {
                at[0] = i;
                int entity = decodeEntity(at, stop);
                if (entity >= 0) {
                    out.append((char) entity);
                    i = at[0];
                } else {
                    out.append(c);
                    i++;
                }
            } else if ((c == '\n' || c == '\r') && trim) {
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** decode_entity(): &#DDD; &#xHH; below 128 and not NUL, &lt; &gt; &amp; &apos; &quot;, the ';' optional. */
    private int decodeEntity(int[] ptr, int stop) {
        int q = ptr[0] + 1;
        if (q == stop) {
            return -1;
        }
        char kind = text.charAt(q++);
        if (kind == '#') {
            int digits = 0;
            int value = 0;
            if (q < stop && text.charAt(q) == 'x') {
                for (q++; value < 256 && q < stop && Character.digit(text.charAt(q), 16) >= 0 && text.charAt(q) < 128;
                        q++, digits++) {
                    value = (value << 4) + Character.digit(text.charAt(q), 16);
                }
            } else {
                for (; value < 256 && q < stop && text.charAt(q) >= '0' && text.charAt(q) <= '9'; q++, digits++) {
                    value = value * 10 + (text.charAt(q) - '0');
                }
            }
            if (digits == 0 || value == 0 || (value & ~0x7f) != 0) {
                return -1;
            }
            ptr[0] = skipSemi(q, stop);
            return value;
        }
        String[][] named = {{"gt", ">"}, {"lt", "<"}, {"amp", "&"}, {"apos", "'"}, {"quot", "\""}};
        for (String[] n : named) {
            if (n[0].charAt(0) != kind) {
                continue;
            }
            int len = n[0].length() - 1;
            boolean fits = q + len == stop || (q + len < stop && !Character.isLetterOrDigit(text.charAt(q + len)));
            if (fits && text.startsWith(n[0].substring(1), q)) {
                ptr[0] = skipSemi(q + len, stop);
                return n[1].charAt(0);
            }
        }
        return -1;
    }

    private int skipSemi(int q, int stop) {
        return q < stop && text.charAt(q) == ';' ? q + 1 : q;
    }

    /** find_comment_end(): the character after the first "-->" from beg, or -1. */
    private int findCommentEnd(int beg) {
        int q = beg - 1;
        while ((q += 3) < end) {
            char c = text.charAt(q);
            if (c == '>') {
                if (text.charAt(q - 1) == '-' && text.charAt(q - 2) == '-') {
                    return q + 1;
                }
            } else if (c == '-') {
                while (true) {
                    if (text.charAt(q - 1) == '-') {
                        while (true) {
                            if (++q == end) {
                                return -1;
                            }
                            if (text.charAt(q) == '>') {
                                return q + 1;
                            }
                            if (text.charAt(q) != '-') {
                                break;
                            }
                        }
                        break;
                    }
                    if ((q += 2) >= end) {
                        return -1;
                    }
                    if (text.charAt(q) == '>') {
                        if (text.charAt(q - 1) == '-') {
                            return q + 1;
                        }
                        break;
                    }
                    if (text.charAt(q) != '-') {
                        break;
                    }
                }
            }
        }
        return -1;
    }

    /** advance_declaration(): over "<!NAME ... -- comment -- 'quoted' ...>", or back out one character. */
    private int advanceDeclaration(int beg) {
        int q = beg;
        if (q == end) {
            return beg;
        }
        char ch = text.charAt(q++);
        if (ch != '!' || q >= end) {
            return beg + 1;
        }
        ch = at(q++);
        char quote = 0;
        // states: 0 default, 1 dclname, 2 dash1, 3 dash2, 4 comment, 5 dash3, 6 dash4, 7 in quote
        int state = 0;
        while (true) {
            if (q >= end) {
                return beg + 1;
            }
            switch (state) {
                case 0 -> {
                    if (ch == '-') {
                        state = 2;
                    } else if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n') {
                        ch = at(q++);
                    } else if (ch == '<' || ch == '>') {
                        return q;
                    } else if (ch == '\'' || ch == '"') {
                        quote = ch;
                        ch = at(q++);
                        state = 7;
                    } else if (nameChar(ch)) {
                        state = 1;
                    } else {
                        return beg + 1;
                    }
                }
                case 1 -> {
                    if (ch == '-') {
                        state = 2;
                    } else if (nameChar(ch)) {
                        ch = at(q++);
                    } else {
                        state = 0;
                    }
                }
                case 2 -> {
                    ch = at(q++);
                    state = 3;
                }
                case 3 -> {
                    if (ch != '-') {
                        return beg + 1;
                    }
                    ch = at(q++);
                    state = 4;
                }
                case 4 -> {
                    if (ch == '-') {
                        state = 5;
                    } else {
                        ch = at(q++);
                    }
                }
                case 5 -> {
                    ch = at(q++);
                    state = 6;
                }
                case 6 -> {
                    if (ch == '-') {
                        ch = at(q++);
                        state = 0;
                    } else {
                        state = 4;
                    }
                }
                default -> {
                    if (ch == quote) {
                        ch = at(q++);
                        state = 0;
                    } else {
                        ch = at(q++);
                    }
                }
            }
        }
    }
}
