package jtwins.curl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * One server's (or proxy's) Digest challenge and the answers to it (lib/vauth/digest.c): the
 * WWW-Authenticate parameters as Curl_auth_decode_digest_http_message() keeps them, and the
 * Authorization value auth_create_digest_http_message() builds, counting nc up per answer.
 */
final class DigestChallenge {
    /** DIGEST_MAX_VALUE_LENGTH and DIGEST_MAX_CONTENT_LENGTH: longer names and values are cut. */
    private static final int MAX_NAME = 256;
    private static final int MAX_CONTENT = 1024;

    private String nonce;
    private String cnonce;
    private String realm;
    private String opaque;
    private String qop;
    private String algorithm;
    private boolean session;
    private boolean sha256;
    private boolean stale;
    private boolean userhash;
    private int nc;

    /** A challenge has been read (have_chlg: a nonce is kept). */
    boolean ready() {
        return nonce != null;
    }

    /**
     * Curl_input_digest(): the header value after "Digest"; false where curl answers
     * CURLE_BAD_CONTENT_ENCODING (an unknown algorithm, no nonce, a second nonce that is not
     * stale, a -sess algorithm without qop).
     */
    boolean decode(String header) {
        if (!header.regionMatches(true, 0, "Digest", 0, 6) || header.length() < 7 || !blank(header.charAt(6))) {
            return false;
        }
        int at = 6;
        boolean before = nonce != null;
        nonce = null;
        cnonce = null;
        realm = null;
        opaque = null;
        qop = null;
        algorithm = null;
        session = false;
        sha256 = false;
        stale = false;
        userhash = false;
        nc = 0;
        while (true) {
            while (at < header.length() && blank(header.charAt(at))) {
                at++;
            }
            String[] pair = new String[2];
            int end = pair(header, at, pair);
            if (end < 0) {
                break;
            }
            at = end;
            String name = pair[0];
            String content = pair[1];
            if (name.equalsIgnoreCase("nonce")) {
                nonce = content;
            } else if (name.equalsIgnoreCase("stale")) {
                if (content.equalsIgnoreCase("true")) {
                    stale = true;
                    nc = 1;
                }
            } else if (name.equalsIgnoreCase("realm")) {
                realm = content;
            } else if (name.equalsIgnoreCase("opaque")) {
                opaque = content;
            } else if (name.equalsIgnoreCase("qop")) {
                boolean auth = false;
                boolean authInt = false;
                for (String token : content.split(",")) {
                    String t = token.replaceFirst("^[ \t]+", "");
                    auth |= t.equalsIgnoreCase("auth");
                    authInt |= t.equalsIgnoreCase("auth-int");
                }
                if (auth) {
                    qop = "auth";
                } else if (authInt) {
                    qop = "auth-int";
                }
            } else if (name.equalsIgnoreCase("algorithm")) {
                algorithm = content;
                switch (content.toUpperCase(java.util.Locale.ROOT)) {
                    case "MD5" -> { }
                    case "MD5-SESS" -> session = true;
                    case "SHA-256", "SHA-512-256" -> sha256 = true;
                    case "SHA-256-SESS", "SHA-512-256-SESS" -> {
                        sha256 = true;
                        session = true;
                    }
                    default -> {
                        return false;
                    }
                }
            } else if (name.equalsIgnoreCase("userhash")) {
                userhash |= content.equalsIgnoreCase("true");
            }
            while (at < header.length() && blank(header.charAt(at))) {
                at++;
            }
            if (at < header.length() && header.charAt(at) == ',') {
                at++;
            }
        }
        if (before && !stale) {
            // a nonce again without stale=true: the credentials sent with the last one were wrong
            return false;
        }
        return nonce != null && (qop != null || !session);
    }

    /**
     * Curl_auth_digest_get_pair(): name=value or name="value" with backslash escapes; returns where
     * the pair ends, or -1 when there is none (no '=', an unclosed quote, a backslash at the end).
     */
    private static int pair(String s, int at, String[] out) {
        StringBuilder name = new StringBuilder();
        int i = at;
        for (int c = MAX_NAME - 1; i < s.length() && s.charAt(i) != '=' && c-- > 0; i++) {
            name.append(s.charAt(i));
        }
        if (i >= s.length() || s.charAt(i) != '=') {
            return -1;
        }
        i++;
        boolean quoted = i < s.length() && s.charAt(i) == '"';
        if (quoted) {
            i++;
        }
        StringBuilder content = new StringBuilder();
        boolean escape = false;
        for (int c = MAX_CONTENT - 1; i < s.length() && c-- > 0; i++) {
            char ch = s.charAt(i);
            if (!escape) {
                if (ch == '\\' && quoted) {
                    escape = true;
                    continue;
                }
                if (ch == ',' && !quoted) {
                    c = 0;
                    continue;
                }
                if (ch == '\r' || ch == '\n') {
                    if (quoted) {
                        return -1;
                    }
                    c = 0;
                    continue;
                }
                if (ch == '"') {
                    if (!quoted) {
                        return -1;
                    }
                    c = 0;
                    continue;
                }
            }
            escape = false;
            content.append(ch);
        }
        if (escape) {
            return -1;
        }
        out[0] = name.toString();
        out[1] = content.toString();
        return i;
    }

    /**
     * The value after "Digest " for one request: HA1 of user, realm and password (with nonce and
     * cnonce for -sess), HA2 of method and uri (and the empty body's hash for auth-int), the
     * response, then the parameters in curl's order. The SHA-512-256 algorithms hash with
     * SHA-256, as 7.88.1 does.
     */
    String answer(String userGiven, String passwordGiven, String method, String uri) {
        // the command line's bytes, as the header's are: one char per byte from here on
        String user = new String(userGiven.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        String password = new String(passwordGiven.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        if (nc == 0) {
            nc = 1;
        }
        if (cnonce == null) {
            // Curl_rand_hex() of 32 digits, then base64 of those digits
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            cnonce = Base64.getEncoder().encodeToString(
                    HexFormat.of().formatHex(random).getBytes(StandardCharsets.US_ASCII));
        }
        String userHashed = userhash ? hash(user + ":" + (realm == null ? "" : realm)) : null;
        String ha1 = hash(user + ":" + (realm == null ? "" : realm) + ":" + password);
        if (session) {
            ha1 = hash(ha1 + ":" + nonce + ":" + cnonce);
        }
        String a2 = method + ":" + uri;
        if ("auth-int".equalsIgnoreCase(qop)) {
            // the body is hashed as empty, whatever it is: curl does not hash POST or PUT bodies
            a2 = a2 + ":" + hash("");
        }
        String ha2 = hash(a2);
        String ncHex = String.format("%08x", nc);
        String response = qop != null ? hash(ha1 + ":" + nonce + ":" + ncHex + ":" + cnonce + ":" + qop + ":" + ha2)
                : hash(ha1 + ":" + nonce + ":" + ha2);
        StringBuilder out = new StringBuilder();
        out.append("username=\"").append(quoted(userHashed != null ? userHashed : user)).append("\", realm=\"")
                .append(realm == null ? "" : quoted(realm)).append("\", nonce=\"").append(quoted(nonce))
                .append("\", uri=\"").append(uri).append('"');
        if (qop != null) {
            out.append(", cnonce=\"").append(cnonce).append("\", nc=").append(ncHex).append(", qop=").append(qop);
            nc++;
        }
        out.append(", response=\"").append(response).append('"');
        if (opaque != null) {
            out.append(", opaque=\"").append(quoted(opaque)).append('"');
        }
        if (algorithm != null) {
            out.append(", algorithm=").append(algorithm);
        }
        if (userhash) {
            out.append(", userhash=true");
        }
        return out.toString();
    }

    private String hash(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance(sha256 ? "SHA-256" : "MD5");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** auth_digest_string_quoted(): '"' and '\' get a backslash. */
    private static String quoted(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t';
    }
}
