package jtwins.curl;

/**
 * curl 7.88.1's long-option table (tool_getparam.c's aliases[]): every name the real parser knows,
 * hidden ones included, since abbreviations are matched against all of them ("--max" is ambiguous
 * because max-filesize, max-redirs and max-time all start so). Read from the installed curl:
 * `curl --help all`, the binary's hidden names, and each option probed for its kind ("--no-X" for
 * the boolean ones, a "-x" value for the file-name ones). A boolean the help shows as --no-X (on by
 * default) is the row X, as in aliases[]. CurlOptionTableTest holds it to the installed curl's help.
 */
final class CurlOptionTable {
    /** How an option takes its value, as the aliases[] desc field says. */
    enum Kind { NONE, BOOL, STRING, FILE }

    /** One row: the long name, the single letter ('\0' for none), the kind, the help's argument text. */
    record Row(String name, char letter, Kind kind, String argHelp) {
        boolean takesValue() {
            return kind == Kind.STRING || kind == Kind.FILE;
        }
    }

    private static final String[] ROWS = {
        "abstract-unix-socket||FILE|<path>",
        "alt-svc||STRING|<file name>",
        "anyauth||BOOL|",
        "append|a|BOOL|",
        "aws-sigv4||STRING|<provider1[:provider2[:region[:service]]]>",
        "basic||BOOL|",
        "cacert||FILE|<file>",
        "capath||FILE|<dir>",
        "cert|E|FILE|<certificate[:password]>",
        "cert-status||BOOL|",
        "cert-type||STRING|<type>",
        "ciphers||STRING|<list of ciphers>",
        "compressed||BOOL|",
        "compressed-ssh||BOOL|",
        "config|K|FILE|<file>",
        "connect-timeout||STRING|<fractional seconds>",
        "connect-to||STRING|<HOST1:PORT1:HOST2:PORT2>",
        "continue-at|C|STRING|<offset>",
        "cookie|b|STRING|<data",
        "cookie-jar|c|STRING|<filename>",
        "create-dirs||BOOL|",
        "create-file-mode||STRING|<mode>",
        "crlf||BOOL|",
        "crlfile||FILE|<file>",
        "curves||STRING|<algorithm list>",
        "data|d|STRING|<data>",
        "data-ascii||STRING|<data>",
        "data-binary||STRING|<data>",
        "data-raw||STRING|<data>",
        "data-urlencode||STRING|<data>",
        "delegation||STRING|<LEVEL>",
        "digest||BOOL|",
        "disable|q|BOOL|",
        "disable-eprt||BOOL|",
        "disable-epsv||BOOL|",
        "disallow-username-in-url||BOOL|",
        "dns-interface||STRING|<interface>",
        "dns-ipv4-addr||STRING|<address>",
        "dns-ipv6-addr||STRING|<address>",
        "dns-servers||STRING|<addresses>",
        "doh-cert-status||BOOL|",
        "doh-insecure||BOOL|",
        "doh-url||STRING|<URL>",
        "dump-header|D|FILE|<filename>",
        "egd-file||STRING|<file>",
        "engine||STRING|<name>",
        "eprt||BOOL|",
        "epsv||BOOL|",
        "etag-compare||FILE|<file>",
        "etag-save||FILE|<file>",
        "expect100-timeout||STRING|<seconds>",
        "fail|f|BOOL|",
        "fail-early||BOOL|",
        "fail-with-body||BOOL|",
        "false-start||BOOL|",
        "form|F|STRING|<name=content>",
        "form-escape||BOOL|",
        "form-string||STRING|<name=string>",
        "ftp-account||STRING|<data>",
        "ftp-alternative-to-user||STRING|<command>",
        "ftp-create-dirs||BOOL|",
        "ftp-method||STRING|<method>",
        "ftp-pasv||BOOL|",
        "ftp-port|P|STRING|<address>",
        "ftp-pret||BOOL|",
        "ftp-skip-pasv-ip||BOOL|",
        "ftp-ssl||BOOL|",
        "ftp-ssl-ccc||BOOL|",
        "ftp-ssl-ccc-mode||STRING|<active/passive>",
        "ftp-ssl-control||BOOL|",
        "ftp-ssl-reqd||BOOL|",
        "get|G|BOOL|",
        "globoff|g|BOOL|",
        "happy-eyeballs-timeout-ms||STRING|<milliseconds>",
        "haproxy-protocol||BOOL|",
        "head|I|BOOL|",
        "header|H|STRING|<header/@file>",
        "help|h|BOOL|<category>",
        "hostpubmd5||STRING|<md5>",
        "hostpubsha256||STRING|<sha256>",
        "hsts||STRING|<file name>",
        "http0.9||BOOL|",
        "http1.0|0|NONE|",
        "http1.1||NONE|",
        "http2||NONE|",
        "http2-prior-knowledge||NONE|",
        "http3||NONE|",
        "http3-only||NONE|",
        "ignore-content-length||BOOL|",
        "include|i|BOOL|",
        "insecure|k|BOOL|",
        "interface||STRING|<name>",
        "ipv4|4|NONE|",
        "ipv6|6|NONE|",
        "json||STRING|<data>",
        "junk-session-cookies|j|BOOL|",
        "keepalive-time||STRING|<seconds>",
        "key||FILE|<key>",
        "key-type||STRING|<type>",
        "krb||STRING|<level>",
        "krb4||STRING|<level>",
        "libcurl||STRING|<file>",
        "limit-rate||STRING|<speed>",
        "list-only|l|BOOL|",
        "local-port||STRING|<num/range>",
        "location|L|BOOL|",
        "location-trusted||BOOL|",
        "login-options||STRING|<options>",
        "mail-auth||STRING|<address>",
        "mail-from||STRING|<address>",
        "mail-rcpt||STRING|<address>",
        "mail-rcpt-allowfails||BOOL|",
        "manual|M|BOOL|",
        "max-filesize||STRING|<bytes>",
        "max-redirs||STRING|<num>",
        "max-time|m|STRING|<fractional seconds>",
        "metalink||BOOL|",
        "negotiate||BOOL|",
        "netrc|n|BOOL|",
        "netrc-file||FILE|<filename>",
        "netrc-optional||BOOL|",
        "next|:|NONE|",
        "alpn||BOOL|",
        "buffer|N|BOOL|",
        "clobber||BOOL|",
        "keepalive||BOOL|",
        "npn||BOOL|",
        "progress-meter||BOOL|",
        "sessionid||BOOL|",
        "noproxy||STRING|<no-proxy-list>",
        "ntlm||BOOL|",
        "ntlm-wb||BOOL|",
        "oauth2-bearer||STRING|<token>",
        "output|o|FILE|<file>",
        "output-dir||STRING|<dir>",
        "parallel|Z|BOOL|",
        "parallel-immediate||BOOL|",
        "parallel-max||STRING|<num>",
        "pass||STRING|<phrase>",
        "path-as-is||BOOL|",
        "pinnedpubkey||STRING|<hashes>",
        "post301||BOOL|",
        "post302||BOOL|",
        "post303||BOOL|",
        "preproxy||STRING|<[protocol://]host[:port]>",
        "progress-bar|#|BOOL|",
        "proto||STRING|<protocols>",
        "proto-default||STRING|<protocol>",
        "proto-redir||STRING|<protocols>",
        "proxy|x|STRING|<[protocol://]host[:port]>",
        "proxy-anyauth||BOOL|",
        "proxy-basic||BOOL|",
        "proxy-cacert||FILE|<file>",
        "proxy-capath||FILE|<dir>",
        "proxy-cert||FILE|<cert[:passwd]>",
        "proxy-cert-type||STRING|<type>",
        "proxy-ciphers||STRING|<list>",
        "proxy-crlfile||FILE|<file>",
        "proxy-digest||BOOL|",
        "proxy-header||STRING|<header/@file>",
        "proxy-insecure||BOOL|",
        "proxy-key||FILE|<key>",
        "proxy-key-type||STRING|<type>",
        "proxy-negotiate||BOOL|",
        "proxy-ntlm||BOOL|",
        "proxy-pass||STRING|<phrase>",
        "proxy-pinnedpubkey||STRING|<hashes>",
        "proxy-service-name||STRING|<name>",
        "proxy-ssl-allow-beast||BOOL|",
        "proxy-ssl-auto-client-cert||BOOL|",
        "proxy-tls13-ciphers||STRING|<ciphersuite list>",
        "proxy-tlsauthtype||STRING|<type>",
        "proxy-tlspassword||STRING|<string>",
        "proxy-tlsuser||STRING|<name>",
        "proxy-tlsv1||NONE|",
        "proxy-user|U|STRING|<user:password>",
        "proxy1.0||STRING|<host[:port]>",
        "proxytunnel|p|BOOL|",
        "pubkey||STRING|<key>",
        "quote|Q|STRING|<command>",
        "random-file||FILE|<file>",
        "range|r|STRING|<range>",
        "rate||STRING|<max request rate>",
        "raw||BOOL|",
        "referer|e|STRING|<URL>",
        "remote-header-name|J|BOOL|",
        "remote-name|O|BOOL|",
        "remote-name-all||BOOL|",
        "remote-time|R|BOOL|",
        "remove-on-error||BOOL|",
        "request|X|STRING|<method>",
        "request-target||STRING|<path>",
        "resolve||STRING|<[+]host:port:addr[,addr]...>",
        "retry||STRING|<num>",
        "retry-all-errors||BOOL|",
        "retry-connrefused||BOOL|",
        "retry-delay||STRING|<seconds>",
        "retry-max-time||STRING|<seconds>",
        "sasl-authzid||STRING|<identity>",
        "sasl-ir||BOOL|",
        "service-name||STRING|<name>",
        "show-error|S|BOOL|",
        "silent|s|BOOL|",
        "socks4||STRING|<host[:port]>",
        "socks4a||STRING|<host[:port]>",
        "socks5||STRING|<host[:port]>",
        "socks5-basic||BOOL|",
        "socks5-gssapi||BOOL|",
        "socks5-gssapi-nec||BOOL|",
        "socks5-gssapi-service||STRING|<name>",
        "socks5-hostname||STRING|<host[:port]>",
        "speed-limit|Y|STRING|<speed>",
        "speed-time|y|STRING|<seconds>",
        "ssl||BOOL|",
        "ssl-allow-beast||BOOL|",
        "ssl-auto-client-cert||BOOL|",
        "ssl-no-revoke||BOOL|",
        "ssl-reqd||BOOL|",
        "ssl-revoke-best-effort||BOOL|",
        "sslv2|2|NONE|",
        "sslv3|3|NONE|",
        "stderr||FILE|<file>",
        "styled-output||BOOL|",
        "suppress-connect-headers||BOOL|",
        "tcp-fastopen||BOOL|",
        "tcp-nodelay||BOOL|",
        "telnet-option|t|STRING|<opt=val>",
        "test-event||BOOL|",
        "tftp-blksize||STRING|<value>",
        "tftp-no-options||BOOL|",
        "time-cond|z|STRING|<time>",
        "tls-max||STRING|<VERSION>",
        "tls13-ciphers||STRING|<ciphersuite list>",
        "tlsauthtype||STRING|<type>",
        "tlspassword||STRING|<string>",
        "tlsuser||STRING|<name>",
        "tlsv1|1|NONE|",
        "tlsv1.0||NONE|",
        "tlsv1.1||NONE|",
        "tlsv1.2||NONE|",
        "tlsv1.3||NONE|",
        "tr-encoding||BOOL|",
        "trace||FILE|<file>",
        "trace-ascii||FILE|<file>",
        "trace-time||BOOL|",
        "unix-socket||FILE|<path>",
        "upload-file|T|FILE|<file>",
        "url||STRING|<url>",
        "url-query||STRING|<data>",
        "use-ascii|B|BOOL|",
        "user|u|STRING|<user:password>",
        "user-agent|A|STRING|<name>",
        "verbose|v|BOOL|",
        "version|V|BOOL|",
        "write-out|w|STRING|<format>",
        "xattr||BOOL|",
    };

    /**
     * getparameter()'s search of a long name: the row that the word (its first length characters)
     * names or abbreviates, and how many rows it abbreviates (an exact name counts as one).
     */
    record LongMatch(Row row, int hits) {
    }

    private CurlOptionTable() {
    }

    /**
     * Rows are read from their text one at a time, when asked for: all 260 made into records at
     * start-up cost jcurl 2.5 ms of interpreted work on Java 17 (-Xlog:class+load, main thread).
     */
    static Row row(int index) {
        String row = ROWS[index];
        int a = row.indexOf('|');
        int b = row.indexOf('|', a + 1);
        int c = row.indexOf('|', b + 1);
        return new Row(row.substring(0, a), b == a + 1 ? '\0' : row.charAt(a + 1), kind(row.substring(b + 1, c)),
                row.substring(c + 1));
    }

    /** Every row, in the table's order (the manual's, the tests'). */
    static Row[] all() {
        Row[] rows = new Row[ROWS.length];
        for (int i = 0; i < ROWS.length; i++) {
            rows[i] = row(i);
        }
        return rows;
    }

    private static Kind kind(String name) {
        return switch (name) {
            case "NONE" -> Kind.NONE;
            case "BOOL" -> Kind.BOOL;
            case "STRING" -> Kind.STRING;
            case "FILE" -> Kind.FILE;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The row of a single-letter option, or null. */
    static Row byLetter(char letter) {
        for (int i = 0; i < ROWS.length; i++) {
            String row = ROWS[i];
            int a = row.indexOf('|');
            if (row.charAt(a + 1) == letter && row.charAt(a + 2) == '|') {
                return row(i);
            }
        }
        return null;
    }

    /** curl_strnequal(name, word, length) for each name, in the table's order; the first exact one ends it. */
    static LongMatch byLongName(String word, int length) {
        int hit = -1;
        int hits = 0;
        for (int i = 0; i < ROWS.length; i++) {
            String row = ROWS[i];
            int nameLength = row.indexOf('|');
            if (abbreviates(row, nameLength, word, length)) {
                hits++;
                hit = i;
                if (nameLength == word.length() && row.regionMatches(true, 0, word, 0, nameLength)) {
                    hits = 1;
                    break;
                }
            }
        }
        return new LongMatch(hit < 0 ? null : row(hit), hits);
    }

    /** Equal, case aside, up to length characters or to both strings' end. */
    private static boolean abbreviates(String row, int nameLength, String word, int length) {
        for (int i = 0; i < length; i++) {
            char a = i < nameLength ? row.charAt(i) : '\0';
            char b = i < word.length() ? word.charAt(i) : '\0';
            if (Character.toLowerCase(a) != Character.toLowerCase(b)) {
                return false;
            }
            if (a == '\0') {
                return true;
            }
        }
        return true;
    }

    /** The row of an exact long name, or null. */
    static Row byName(String name) {
        for (int i = 0; i < ROWS.length; i++) {
            if (ROWS[i].startsWith(name) && ROWS[i].charAt(name.length()) == '|') {
                return row(i);
            }
        }
        return null;
    }
}
