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
                while (HeaderParam.next(header, at, param, ',') && param[1] != null) {
                    log.debug("Auth param " + param[0] + "=" + param[1] + "\n");
                }
                p = at[0];
            }
        }
        return new Found(basic, digest, ntlm);
    }
}
