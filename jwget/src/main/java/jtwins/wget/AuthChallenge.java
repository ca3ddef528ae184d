package jtwins.wget;

import java.util.List;
import java.util.Locale;

/**
 * gethttp()'s reading of a 401's WWW-Authenticate headers: each auth-scheme with its parameters
 * (extract_param(), as -d shows them), the strongest scheme wget knows kept: NTLM, else Digest,
 * else Basic. What is kept runs from the scheme's name to the end of its header.
 */
final class AuthChallenge {
    /** The challenges found: each from its scheme's name to the end of the header; null when absent. */
    record Found(String basic, String digest, String ntlm) {
        boolean any() {
            return basic != null || digest != null || ntlm != null;
        }
    }

    private AuthChallenge() {
    }

    static Found scan(List<String> values, WgetLog log) {
        String basic = null;
        String digest = null;
        String ntlm = null;
        for (String header : values) {
            int p = 0;
            while (ntlm == null) {
                while (p < header.length() && Character.isWhitespace(header.charAt(p))) {
                    p++;
                }
                int nameStart = p;
                while (p < header.length() && !Character.isWhitespace(header.charAt(p))) {
                    p++;
                }
                if (p == nameStart) {
                    break;
                }
                String scheme = header.substring(nameStart, p);
                log.debug("Auth scheme found '" + scheme + "'\n");
                String lower = scheme.toLowerCase(Locale.ROOT);
                if (lower.equals("ntlm")) {
                    ntlm = header.substring(nameStart);
                    break;
                } else if (digest == null && lower.equals("digest")) {
                    digest = header.substring(nameStart);
                } else if (basic == null && lower.equals("basic")) {
                    basic = header.substring(nameStart);
                }
                log.debug("Auth param list '" + header.substring(p) + "'\n");
                int[] at = {p};
                String[] param = new String[2];
                while (extractParam(header, at, param) && param[1] != null) {
                    log.debug("Auth param " + param[0] + "=" + param[1] + "\n");
                }
                p = at[0];
            }
        }
        return new Found(basic, digest, ntlm);
    }

    /**
     * extract_param() with ',' between parameters: name=value or name="value"; false at the end or
     * on something else (where it stopped is then not moved); a name without a value gives a null one.
     */
    private static boolean extractParam(String s, int[] at, String[] param) {
        int p = at[0];
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        if (p >= s.length()) {
            at[0] = p;
            return false;
        }
        int nameStart = p;
        while (p < s.length() && !Character.isWhitespace(s.charAt(p)) && s.charAt(p) != '=' && s.charAt(p) != ',') {
            p++;
        }
        if (p == nameStart) {
            return false;
        }
        param[0] = s.substring(nameStart, p);
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        if (p >= s.length() || s.charAt(p) == ',') {
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
            while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
                p++;
            }
            while (p < s.length() && s.charAt(p) != ',') {
                p++;
            }
            if (p < s.length()) {
                p++;
            }
        } else {
            int valueStart = p;
            while (p < s.length() && s.charAt(p) != ',') {
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
