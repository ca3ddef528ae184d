package jtwins.wget;

/** http.c's extract_param(): the parameters of a header value (WWW-Authenticate, Content-Disposition). */
final class HeaderParam {
    private HeaderParam() {
    }

    /**
     * The parameter at at[0]: name=value or name="value" up to the separator; false at the end or on
     * something else (at[0] is then not moved); a name without a value gives a null one. A third
     * slot, when there is one, is set when the value was quoted.
     */
    static boolean next(String s, int[] at, String[] param, char separator) {
        int p = at[0];
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        if (p >= s.length()) {
            at[0] = p;
            return false;
        }
        int nameStart = p;
        while (p < s.length() && !Character.isWhitespace(s.charAt(p)) && s.charAt(p) != '=' && s.charAt(p) != separator) {
            p++;
        }
        if (p == nameStart) {
            return false;
        }
        param[0] = s.substring(nameStart, p);
        if (param.length > 2) {
            param[2] = null;
        }
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        if (p >= s.length() || s.charAt(p) == separator) {
            param[1] = null;
            at[0] = p < s.length() ? p + 1 : p;
            return true;
        }
        if (s.charAt(p) != '=') {
            return false;
        }
        p++;
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        if (p < s.length() && s.charAt(p) == '"') {
            int valueStart = ++p;
            while (p < s.length() && s.charAt(p) != '"') {
                p++;
            }
            if (p >= s.length()) {
                return false;
            }
            param[1] = s.substring(valueStart, p++);
            if (param.length > 2) {
                param[2] = "quoted";
            }
            while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
                p++;
            }
            while (p < s.length() && s.charAt(p) != separator) {
                p++;
            }
            if (p < s.length()) {
                p++;
            }
        } else {
            int valueStart = p;
            while (p < s.length() && s.charAt(p) != separator) {
                p++;
            }
            int valueEnd = p;
            while (valueEnd > valueStart && Character.isWhitespace(s.charAt(valueEnd - 1))) {
                valueEnd--;
            }
            param[1] = s.substring(valueStart, valueEnd);
            if (p < s.length()) {
                p++;
            }
        }
        at[0] = p;
        return true;
    }
}
