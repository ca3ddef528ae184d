package jtwins.curl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * curl_sasl.c for SMTP's AUTH, with the mechanisms this twin speaks, in the order Curl_sasl_start()
 * prefers them among those the server offers: CRAM-MD5, PLAIN, LOGIN; no initial response (curl
 * sends one only with --sasl-ir). Each challenge is a 334; 235 logs in, anything else is 67 ("Login
 * denied").
 */
final class SaslLogin {
    enum Mechanism { CRAM_MD5, PLAIN, LOGIN }

    private SaslLogin() {
    }

    /** The mechanism to use among those offered (names in any case), null for none this twin has. */
    static Mechanism pick(List<String> offered) {
        List<String> names = offered.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        if (names.contains("CRAM-MD5")) {
            return Mechanism.CRAM_MD5;
        }
        if (names.contains("PLAIN")) {
            return Mechanism.PLAIN;
        }
        return names.contains("LOGIN") ? Mechanism.LOGIN : null;
    }

    static void run(Mechanism mech, String user, String password, PingPong pp) throws IOException, TransferFailed {
        pp.send("AUTH " + (mech == Mechanism.CRAM_MD5 ? "CRAM-MD5" : mech.name()));
        PingPong.Response r = pp.response();
        switch (mech) {
            case PLAIN -> {
                if (r.code() == 334) {
                    r = answer(pp, "\0" + user + "\0" + password);
                }
            }
            case LOGIN -> {
                if (r.code() == 334) {
                    r = answer(pp, user);
                }
                if (r.code() == 334) {
                    r = answer(pp, password);
                }
            }
            case CRAM_MD5 -> {
                if (r.code() == 334) {
                    String challenge = r.last().length() > 4 ? r.last().substring(4).trim() : "";
                    byte[] decoded = Base64.getMimeDecoder().decode(challenge);
                    r = answer(pp, user + " " + hmacMd5Hex(password, decoded));
                }
            }
        }
        if (r.code() != 235) {
            // Curl_sasl_continue(): a refusal is CURLE_LOGIN_DENIED without a failf of its own
            throw new TransferFailed(CurlCode.LOGIN_DENIED, null);
        }
    }

    private static PingPong.Response answer(PingPong pp, String text) throws IOException, TransferFailed {
        pp.send(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.ISO_8859_1)));
        return pp.response();
    }

    /** RFC 2195: the HMAC-MD5 of the challenge keyed with the password, in lower-case hex. */
    private static String hmacMd5Hex(String password, byte[] challenge) {
        try {
            Mac mac = Mac.getInstance("HmacMD5");
            byte[] key = password.getBytes(StandardCharsets.ISO_8859_1);
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacMD5"));
            StringBuilder hex = new StringBuilder();
            for (byte b : mac.doFinal(challenge)) {
                hex.append(String.format("%02x", b & 0xff));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("the JDK has HmacMD5", e);
        }
    }
}
