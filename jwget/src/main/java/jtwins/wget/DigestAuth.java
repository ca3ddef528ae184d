package jtwins.wget;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * http.c's digest_authentication_encode(): RFC 2069's response, or RFC 2617's with qop=auth (nc
 * 00000001 and a random cnonce), MD5 or MD5-sess; a qop or an algorithm it does not know is said and
 * left out; a challenge without realm or nonce gives no line.
 */
final class DigestAuth {
    private static final SecureRandom RANDOM = new SecureRandom();

    private DigestAuth() {
    }

    /** The Authorization value for the challenge (from "Digest" on), or null when attributes are missing. */
    static String encode(String challenge, String user, String password, String method, String path, WgetLog log) {
        String realm = null;
        String opaque = null;
        String nonce = null;
        String qop = null;
        String algorithm = null;
        int[] at = {6};
        String[] param = new String[2];
        while (HeaderParam.next(challenge, at, param, ',')) {
            switch (param[0]) {
                case "realm" -> realm = param[1];
                case "opaque" -> opaque = param[1];
                case "nonce" -> nonce = param[1];
                case "qop" -> qop = param[1];
                case "algorithm" -> algorithm = param[1];
                default -> {
                }
            }
        }
        if (qop != null && !qop.equals("auth")) {
            log.notQuiet("Unsupported quality of protection '" + qop + "'.\n");
            qop = null;
        } else if (algorithm != null && !algorithm.equals("MD5") && !algorithm.equals("MD5-sess")) {
            log.notQuiet("Unsupported algorithm '" + algorithm + "'.\n");
            algorithm = null;
        }
        if (realm == null || nonce == null || user == null || password == null) {
            return null;
        }
        String cnonce = "";
        String a1 = md5(user + ":" + realm + ":" + password);
        if ("MD5-sess".equals(algorithm)) {
            cnonce = String.format("%08x", RANDOM.nextInt(Integer.MAX_VALUE));
            a1 = md5(a1 + ":" + nonce + ":" + cnonce);
        }
        String a2 = md5(method + ":" + path);
        String response;
        if ("auth".equals(qop)) {
            if (cnonce.isEmpty()) {
                cnonce = String.format("%08x", RANDOM.nextInt(Integer.MAX_VALUE));
            }
            response = md5(a1 + ":" + nonce + ":00000001:" + cnonce + ":" + qop + ":" + a2);
        } else {
            response = md5(a1 + ":" + nonce + ":" + a2);
        }
        StringBuilder line = new StringBuilder("Digest username=\"" + user + "\", realm=\"" + realm + "\", nonce=\""
                + nonce + "\", uri=\"" + path + "\", response=\"" + response + "\"");
        if ("auth".equals(qop)) {
            line.append(", qop=auth, nc=00000001, cnonce=\"").append(cnonce).append('"');
        }
        if (opaque != null) {
            line.append(", opaque=\"").append(opaque).append('"');
        }
        if (algorithm != null) {
            line.append(", algorithm=\"").append(algorithm).append('"');
        }
        return line.toString();
    }

    private static String md5(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : hash) {
                hex.append(String.format("%02x", b & 0xff));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
