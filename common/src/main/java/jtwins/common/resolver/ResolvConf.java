package jtwins.common.resolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jtwins.common.options.Strtol;
import jtwins.common.process.SmallFile;

/**
 * resolv.conf as glibc's res_init() reads it: up to 3 nameservers, the last search or domain line,
 * and the options glibc caps (ndots 15, timeout 30, attempts 5); RES_OPTIONS then amends the options
 * and LOCALDOMAIN replaces the search list. With no nameserver line glibc asks 127.0.0.1.
 */
public final class ResolvConf {
    public final List<String> nameservers = new ArrayList<>();
    public final List<String> search = new ArrayList<>();
    public int ndots = 1;
    public int timeoutSeconds = 5;
    public int attempts = 2;
    public boolean rotate;
    /** single-request: A, then AAAA once A is answered, instead of both at once. */
    public boolean singleRequest;
    /** single-request-reopen: as single-request, on a new socket for the second query. */
    public boolean singleRequestReopen;
    /** use-vc: TCP for every query. */
    public boolean useVc;
    /** no-aaaa (glibc 2.36): no AAAA query is sent. */
    public boolean noAaaa;
    /** edns0: an OPT record announcing a 1200-byte UDP payload. */
    public boolean edns0;

    private ResolvConf() {
    }

    public static ResolvConf system() {
        return read(Path.of(System.getProperty("jtwins.resolv.conf", "/etc/resolv.conf")), System.getenv("RES_OPTIONS"),
                System.getenv("LOCALDOMAIN"));
    }

    public static ResolvConf read(Path path, String resOptions, String localDomain) {
        ResolvConf conf = new ResolvConf();
        List<String> lines;
        try {
            // bytes as they are: a stray non-UTF-8 byte must not lose the whole file
            lines = SmallFile.lines(path, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            lines = List.of();
        }
        for (String raw : lines) {
            // a C string: the line ends at a NUL byte
            int nul = raw.indexOf('\0');
            String line = nul < 0 ? raw : raw.substring(0, nul);
            String[] f = WhitespaceFields.split(line);
            if (f.length == 0 || f[0].startsWith("#") || f[0].startsWith(";")) {
                continue;
            }
            switch (f[0]) {
                case "nameserver" -> {
                    // only an address counts (inet_aton() or inet_pton()), and only three of them (MAXNS)
                    if (f.length > 1 && conf.nameservers.size() < 3 && NumericAddress.parse(f[1]) != null) {
                        conf.nameservers.add(f[1]);
                    }
                }
                case "domain" -> {
                    conf.search.clear();
                    if (f.length > 1) {
                        conf.search.add(f[1]);
                    }
                }
                case "search" -> {
                    conf.search.clear();
                    for (int i = 1; i < f.length; i++) {
                        conf.search.add(f[i]);
                    }
                }
                case "options" -> {
                    for (int i = 1; i < f.length; i++) {
                        conf.option(f[i]);
                    }
                }
                default -> { }
            }
        }
        if (localDomain != null) {
            conf.search.clear();
            for (String d : WhitespaceFields.split(localDomain)) {
                if (!d.isEmpty()) {
                    conf.search.add(d);
                }
            }
        }
        if (resOptions != null) {
            for (String o : WhitespaceFields.split(resOptions)) {
                conf.option(o);
            }
        }
        if (conf.nameservers.isEmpty()) {
            conf.nameservers.add("127.0.0.1");
        }
        return conf;
    }

    private void option(String o) {
        // res_setoptions(): atoi() of whatever follows, capped above only; ndots lands in a 4-bit field,
        // and attempts of 0 or less make no try at all
        if (o.startsWith("ndots:")) {
            ndots = Math.min(15, Strtol.atoi(o.substring(6))) & 0xf;
        } else if (o.startsWith("timeout:")) {
            timeoutSeconds = Math.min(30, Strtol.atoi(o.substring(8)));
        } else if (o.startsWith("attempts:")) {
            attempts = Math.min(5, Strtol.atoi(o.substring(9)));
        } else if (o.equals("rotate")) {
            rotate = true;
        } else if (o.equals("single-request")) {
            singleRequest = true;
        } else if (o.equals("single-request-reopen")) {
            singleRequestReopen = true;
        } else if (o.equals("use-vc")) {
            useVc = true;
        } else if (o.equals("no-aaaa")) {
            noAaaa = true;
        } else if (o.equals("edns0")) {
            edns0 = true;
        }
    }
}
