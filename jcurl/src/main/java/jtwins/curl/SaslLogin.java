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
 * curl_sasl.c for SMTP's and POP3's AUTH, with the mechanisms this twin speaks, in the order
 * Curl_sasl_start() prefers them among those the server offers: CRAM-MD5, PLAIN, LOGIN; no initial
 * response (curl sends one only with --sasl-ir). A refusal is 67 ("Login denied").
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

    /** What the server said to a SASL line: a challenge (with its text), success, or refusal. */
    record Answer(boolean challenge, boolean ok, String text) {
    }

    /** The protocol's way of sending a SASL line and reading the answer to it (SMTP's 334/235, POP3's "+ "/"+OK"). */
    interface Exchange {
        Answer send(String line) throws IOException, TransferFailed;
    }

    /** The exchange, started with the protocol's command (SMTP's and POP3's AUTH, IMAP's AUTHENTICATE). */
    static void run(String command, Mechanism mech, String user, String password, Exchange ex)
            throws IOException, TransferFailed {
        Answer r = ex.send(command + " " + (mech == Mechanism.CRAM_MD5 ? "CRAM-MD5" : mech.name()));
        switch (mech) {
            case PLAIN -> {
                if (r.challenge()) {
                    r = answer(ex, "\0" + user + "\0" + password);
                }
            }
            case LOGIN -> {
                if (r.challenge()) {
                    r = answer(ex, user);
                }
                if (r.challenge()) {
                    r = answer(ex, password);
                }
            }
            case CRAM_MD5 -> {
                if (r.challenge()) {
                    byte[] decoded = Base64.getMimeDecoder().decode(r.text().trim());
                    r = answer(ex, user + " " + hmacMd5Hex(password, decoded));
                }
            }
        }
        if (!r.ok()) {
            // Curl_sasl_continue(): a refusal is CURLE_LOGIN_DENIED without a failf of its own
            throw TransferFailed.withoutFailf(CurlCode.LOGIN_DENIED);
        }
    }

    private static Answer answer(Exchange ex, String text) throws IOException, TransferFailed {
        return ex.send(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.ISO_8859_1)));
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
