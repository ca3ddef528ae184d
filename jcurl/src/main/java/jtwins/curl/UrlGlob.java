package jtwins.curl;

import java.util.ArrayList;
import java.util.List;

/**
 * curl's URL globbing (tool_urlglob.c): "{a,b}" sets and "[1-10]", "[01-10]", "[a-z]", "[1-10:2]"
 * ranges expand one URL into many, the rightmost pattern turning fastest; "\{" and friends are
 * literal, as are IPv6 addresses in brackets and "[]". A malformed pattern is exit 3 with curl's
 * words and a caret under the 1-based position its parser had reached.
 */
final class UrlGlob {
    /** One expansion: the URL, and the values of its patterns for "#N" in -o names. */
    record Expansion(String url, List<String> values) {
        String outputName(String template) {
            if (template == null) {
                return null;
            }
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < template.length(); i++) {
                char c = template.charAt(i);
                if (c == '#' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
                    int n = template.charAt(i + 1) - '0';
                    if (n >= 1 && n <= values.size()) {
                        out.append(values.get(n - 1));
                        i++;
                        continue;
                    }
                }
                out.append(c);
            }
            return out.toString();
        }
    }

    private final String url;
    private final List<List<String>> parts = new ArrayList<>();
    private final List<Boolean> isPattern = new ArrayList<>();
    private int pos = 1;

    private UrlGlob(String url) {
        this.url = url;
    }

    static List<Expansion> expand(String url) throws TransferFailed {
        UrlGlob g = new UrlGlob(url);
        g.parse();
        List<Expansion> out = new ArrayList<>();
        g.combine(0, new StringBuilder(), new ArrayList<>(), out);
        return out;
    }

    private void combine(int index, StringBuilder prefix, List<String> values, List<Expansion> out) {
        if (index == parts.size()) {
            out.add(new Expansion(prefix.toString(), List.copyOf(values)));
            return;
        }
        for (String piece : parts.get(index)) {
            int length = prefix.length();
            prefix.append(piece);
            if (isPattern.get(index)) {
                values.add(piece);
            }
            combine(index + 1, prefix, values, out);
            if (isPattern.get(index)) {
                values.remove(values.size() - 1);
            }
            prefix.setLength(length);
        }
    }

    private void parse() throws TransferFailed {
        int i = 0;
        while (i < url.length()) {
            StringBuilder literal = new StringBuilder();
            while (i < url.length() && url.charAt(i) != '{') {
                char c = url.charAt(i);
                if (c == '[') {
                    int skip = ipv6Skip(i);
                    if (skip == 0 && i + 1 < url.length() && url.charAt(i + 1) == ']') {
                        skip = 2;
                    }
                    if (skip > 0) {
                        literal.append(url, i, i + skip);
                        i += skip;
                        continue;
                    }
                    break;
                }
                if (c == '}' || c == ']') {
                    throw error("unmatched close brace/bracket", pos);
                }
                if (c == '\\' && i + 1 < url.length() && "{[}]".indexOf(url.charAt(i + 1)) >= 0) {
                    i++;
                    pos++;
                }
                literal.append(url.charAt(i++));
                pos++;
            }
            if (literal.length() > 0) {
                parts.add(List.of(literal.toString()));
                isPattern.add(false);
            } else if (i < url.length()) {
                char open = url.charAt(i);
                i++;
                pos++;
                i = open == '{' ? set(i) : range(i);
            }
        }
    }

    /** glob_set(): elements up to '}', none nested, "{}" refused. */
    private int set(int i) throws TransferFailed {
        int openPos = pos - 1;
        int start = i;
        List<String> elements = new ArrayList<>();
        StringBuilder element = new StringBuilder();
        while (true) {
            if (i >= url.length()) {
                throw error("unmatched brace", openPos);
            }
            char c = url.charAt(i);
            switch (c) {
                case '{', '[' -> throw error("nested brace", pos);
                case '}' -> {
                    if (i == start) {
                        throw error("empty string within braces", pos);
                    }
                    elements.add(element.toString());
                    parts.add(elements);
                    isPattern.add(true);
                    return i + 1;
                }
                case ',' -> {
                    elements.add(element.toString());
                    element.setLength(0);
                    i++;
                    pos++;
                }
                case ']' -> throw error("unexpected close bracket", pos);
                default -> {
                    if (c == '\\' && i + 1 < url.length()) {
                        i++;
                        pos++;
                    }
                    element.append(url.charAt(i++));
                    pos++;
                }
            }
        }
    }

    /** glob_range(): "a-z]" or "1-10]" with an optional ":step", leading zeros kept as padding. */
    private int range(int i) throws TransferFailed {
        int start = i;
        if (i < url.length() && Character.isLetter(url.charAt(i))) {
            long step = 1;
            boolean ok = i + 3 < url.length() && url.charAt(i + 1) == '-';
            int end = i;
            char min = 0;
            char max = 0;
            if (ok) {
                min = url.charAt(i);
                max = url.charAt(i + 2);
                char endC = url.charAt(i + 3);
                if (endC == ':') {
                    int j = i + 4;
                    while (j < url.length() && Character.isDigit(url.charAt(j))) {
                        j++;
                    }
                    if (j == i + 4 || j >= url.length() || url.charAt(j) != ']') {
                        step = 0;
                        end = i;
                    } else {
                        step = Long.parseLong(url.substring(i + 4, j));
                        end = j + 1;
                    }
                } else if (endC != ']') {
                    ok = false;
                } else {
                    end = i + 4;
                }
            }
            pos += end - start;
            if (!ok || step == 0 || (min == max && step != 1)
                    || (min != max && (min > max || step > max - min || max - min > 'z' - 'a'))) {
                throw error("bad range", pos);
            }
            List<String> values = new ArrayList<>();
            for (char c = min; c <= max; c += (char) step) {
                values.add(Character.toString(c));
            }
            parts.add(values);
            isPattern.add(true);
            return end;
        }
        if (i < url.length() && Character.isDigit(url.charAt(i))) {
            int pad = 0;
            if (url.charAt(i) == '0') {
                int c = i;
                while (c < url.length() && Character.isDigit(url.charAt(c))) {
                    c++;
                    pad++;
                }
            }
            int j = i;
            while (j < url.length() && Character.isDigit(url.charAt(j))) {
                j++;
            }
            long min = Long.parseLong(url.substring(i, Math.min(j, i + 18)));
            long max = 0;
            long step = 0;
            boolean ok = j < url.length() && url.charAt(j) == '-';
            int at = i;
            if (ok) {
                at = j + 1;
                while (at < url.length() && (url.charAt(at) == ' ' || url.charAt(at) == '\t')) {
                    at++;
                }
                int k = at;
                while (k < url.length() && Character.isDigit(url.charAt(k))) {
                    k++;
                }
                if (k == at) {
                    ok = false;
                } else {
                    max = Long.parseLong(url.substring(at, Math.min(k, at + 18)));
                    step = 1;
                    if (k < url.length() && url.charAt(k) == ':') {
                        at = k + 1;
                        int m = at;
                        while (m < url.length() && Character.isDigit(url.charAt(m))) {
                            m++;
                        }
                        step = m == at ? 0 : Long.parseLong(url.substring(at, Math.min(m, at + 18)));
                        k = m;
                    }
                    if (k < url.length() && url.charAt(k) == ']') {
                        at = k + 1;
                    } else {
                        ok = false;
                    }
                }
            }
            pos += at - start;
            if (!ok || step == 0 || (min == max && step != 1) || (min != max && (min > max || step > max - min))) {
                throw error("bad range", pos);
            }
            List<String> values = new ArrayList<>();
            for (long n = min; n <= max; n += step) {
                String s = Long.toString(n);
                values.add(s.length() < pad ? "0".repeat(pad - s.length()) + s : s);
            }
            parts.add(values);
            isPattern.add(true);
            return at;
        }
        throw error("bad range specification", pos);
    }

    /** peek_ipv6(): the length of "[address]" when what the brackets hold is an IPv6 address, else 0. */
    private int ipv6Skip(int i) {
        int close = url.indexOf(']', i);
        if (close < 0) {
            return 0;
        }
        String inside = url.substring(i + 1, close);
        int zone = inside.indexOf('%');
        String address = zone < 0 ? inside : inside.substring(0, zone);
        if (address.isEmpty() || address.indexOf(':') < 0) {
            return 0;
        }
        for (int k = 0; k < address.length(); k++) {
            char c = address.charAt(k);
            if (!(Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
                return 0;
            }
        }
        return jtwins.common.resolver.NumericAddress.parse(address) == null ? 0 : close - i + 1;
    }

    private TransferFailed error(String what, int position) {
        String caret = position - 1 > 0 ? " ".repeat(position - 1) : " ";
        return new TransferFailed(CurlCode.URL_MALFORMAT, what + " in URL position " + position + ":\n" + url + "\n"
                + caret + "^");
    }
}
