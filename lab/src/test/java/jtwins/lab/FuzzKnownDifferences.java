package jtwins.lab;

import java.util.Map;

/**
 * Fuzz cases where a twin is known to answer otherwise than its original, each with the reason; the
 * fuzz tests fail when a listed case starts to match, so the list says what is true.
 */
final class FuzzKnownDifferences {
    private static final String CURL_REUSE = "curl keeps the connection a redirect came on, finds it closed when it"
            + " reuses it, reconnects and after 5 tries gives up with 55; jcurl opens a new connection per redirect"
            + " and ends at --max-redirs with 47";
    private static final String MYSQL_GREETING = "a greeting whose fields a stray byte shifted: Connector/C's checks"
            + " end it at once ('Error in server handshake', 2012), jmysqlping reads on and waits for --connect-timeout";
    private static final Map<String, String> KNOWN = Map.of(
            "curl 29", CURL_REUSE,
            "curl 33", CURL_REUSE,
            "mysqladmin 18", MYSQL_GREETING);

    private FuzzKnownDifferences() {
    }

    static String reason(String tool, long seed) {
        return KNOWN.get(tool + " " + seed);
    }
}
