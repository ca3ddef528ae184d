package jtwins.curl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.security.auth.x500.X500Principal;

/**
 * Certificate fields as curl's -v shows them through OpenSSL: a name by X509_NAME_print_ex() with
 * XN_FLAG_SEP_SPLUS_SPC (the certificate's own order, "; " between parts, " + " inside one, OpenSSL's
 * short names, values unescaped), a time by ASN1_TIME_print(), a TLS 1.2 suite by OpenSSL's name.
 */
final class OpenSslText {
    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(
            Map.entry("1.2.840.113549.1.9.1", "emailAddress"),
            Map.entry("2.5.4.5", "serialNumber"),
            Map.entry("2.5.4.4", "SN"),
            Map.entry("2.5.4.42", "GN"),
            Map.entry("2.5.4.9", "street"),
            Map.entry("2.5.4.12", "title"),
            Map.entry("2.5.4.13", "description"),
            Map.entry("2.5.4.15", "businessCategory"),
            Map.entry("2.5.4.17", "postalCode"),
            Map.entry("2.5.4.97", "organizationIdentifier"),
            Map.entry("1.3.6.1.4.1.311.60.2.1.1", "jurisdictionL"),
            Map.entry("1.3.6.1.4.1.311.60.2.1.2", "jurisdictionST"),
            Map.entry("1.3.6.1.4.1.311.60.2.1.3", "jurisdictionC"));

    private OpenSslText() {
    }

    static String name(X500Principal principal) {
        // RFC 2253 lists the parts most specific first, escaped: split, reverse, unescape
        String text = principal.getName(X500Principal.RFC2253, SHORT_NAMES);
        List<String> parts = new ArrayList<>();
        for (String rdn : split(text, ',')) {
            List<String> values = new ArrayList<>();
            for (String ava : split(rdn, '+')) {
                values.add(unescape(ava));
            }
            parts.add(String.join(" + ", values));
        }
        Collections.reverse(parts);
        return String.join("; ", parts);
    }

    static String time(java.util.Date when) {
        return Asn1Time.FORMAT.format(when.toInstant());
    }

    /** Made on first use: java.time's formatter costs a cold JVM tens of milliseconds, and only -v needs it. */
    private static final class Asn1Time {
        static final DateTimeFormatter FORMAT =
                DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    }

    /**
     * A JDK suite name (IANA's) as OpenSSL names it: TLS 1.3's are the same; TLS 1.2's lose "TLS_",
     * "WITH_" and a lone RSA key exchange, and their cipher reads "AES128-GCM-SHA256", "AES128-SHA".
     */
    static String suite(String iana) {
        int with = iana.indexOf("_WITH_");
        if (!iana.startsWith("TLS_") || with < 0) {
            return iana;
        }
        String exchange = iana.substring(4, with).replace('_', '-');
        String cipher = iana.substring(with + 6)
                .replaceFirst("^AES_(\\d+)_CBC_", "AES$1-")
                .replaceFirst("^AES_(\\d+)_", "AES$1-")
                .replaceFirst("^CHACHA20_POLY1305_SHA256$", "CHACHA20-POLY1305")
                .replace('_', '-');
        return exchange.equals("RSA") ? cipher : exchange + "-" + cipher;
    }

    private static List<String> split(String text, char separator) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == separator) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    /** RFC 2253's escapes undone: "\," and "\+" and the like, and "\c3\a9" as the UTF-8 bytes they are. */
    private static String unescape(String ava) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < ava.length(); i++) {
            char c = ava.charAt(i);
            if (c == '\\' && i + 1 < ava.length()) {
                char next = ava.charAt(i + 1);
                if (i + 2 < ava.length() && Character.digit(next, 16) >= 0 && Character.digit(ava.charAt(i + 2), 16) >= 0) {
                    bytes.write(Integer.parseInt(ava.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    bytes.writeBytes(String.valueOf(next).getBytes(StandardCharsets.UTF_8));
                    i++;
                }
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
