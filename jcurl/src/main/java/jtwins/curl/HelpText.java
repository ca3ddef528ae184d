package jtwins.curl;

import java.io.IOException;
import java.util.Locale;
import jtwins.common.BundledText;

/**
 * curl 7.88.1's --help texts, captured from the installed curl into help.txt (one "@@ category"
 * section each), and --version in curl's shape, naming what this twin speaks.
 */
final class HelpText {
    private HelpText() {
    }

    static String of(String category) throws IOException {
        String all = BundledText.read(HelpText.class, "help.txt");
        String wanted = category == null ? "(none)" : category.toLowerCase(Locale.ROOT);
        String section = section(all, wanted);
        return section != null ? section : section(all, "nosuch");
    }

    private static String section(String all, String name) {
        String marker = "@@ " + name + "\n";
        int start = all.indexOf(marker);
        if (start < 0) {
            return null;
        }
        start += marker.length();
        int end = all.indexOf("\n@@ ", start - 1);
        return end < 0 ? all.substring(start) : all.substring(start, end + 1);
    }

    /**
     * The first line's components are what a script reads to learn a build's engines: curl's own
     * runtests.pl takes "nghttp2" there to mean HTTP/2 with the h2c upgrade (hyper has none), so the
     * twin's HTTP/2, which mirrors Debian's nghttp2 1.52.0 build and does the upgrade, is named as
     * that library's twin; so is the SSH part, which mirrors libssh2 1.10.0 (runtests.pl's "libssh2"
     * feature, for --hostpubsha256).
     */
    static String version() {
        return "curl 7.88.1 (x86_64-pc-linux-gnu) libcurl/7.88.1 jtwins-jcurl (Java " + Runtime.version().feature()
                + ") libssh2-twin/1.10.0 nghttp2-twin/1.52.0\nRelease-Date: 2023-02-20\n"
                + "Protocols: " + String.join(" ", ProtocolSet.BUILT_IN) + "\n"
                + "Features: alt-svc AsynchDNS brotli GSS-API HSTS HTTP2 HTTPS-proxy IDN IPv6 Largefile libz NTLM PSL SPNEGO SSL UnixSockets zstd\n";
    }
}
