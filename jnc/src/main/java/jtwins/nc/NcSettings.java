package jtwins.nc;

import jtwins.common.Failure;
import jtwins.common.options.Getopt;
import jtwins.common.options.Strtonum;
import jtwins.common.process.Readpassphrase;
import jtwins.common.resolver.AddressFamily;

/**
 * nc's settings as its getopt loop leaves them: each value checked the moment getopt returns its
 * option, with the original's message, so the first bad value on the line is the one reported.
 */
final class NcSettings {
    static final int TCP_MD5SIG_MAXKEYLEN = 80;

    AddressFamily family = AddressFamily.UNSPEC;
    boolean unixSocket;
    /** -w in milliseconds; -1 when not given (nc's "timeout = -1"). */
    int timeoutMillis = -1;
    /** -q in seconds; negative waits forever (the default). */
    int quitAfterSeconds = -1;
    boolean shutdownOnEof;
    int intervalSeconds;
    int recvLimit;
    int ttl = -1;
    int minTtl = -1;
    int recvBuffer;
    int sendBuffer;
    int tos = -1;
    String proxyProtocol = "5";
    /** -S: the TCP MD5 key, read from the terminal the moment getopt meets -S. */
    byte[] md5Key;

    void apply(Getopt.Found found) {
        String v = found.value();
        switch (found.letter()) {
            case '4' -> family = AddressFamily.INET;
            case '6' -> family = AddressFamily.INET6;
            case 'U' -> unixSocket = true;
            case 'X' -> {
                if (v.equalsIgnoreCase("connect")) {
                    proxyProtocol = "connect";
                } else if (v.equals("4") || v.equals("5")) {
                    proxyProtocol = v;
                } else {
                    throw Failure.errx(1, "unsupported proxy protocol");
                }
            }
            case 'i' -> intervalSeconds = (int) number(v, 0, 0xffffffffL, "interval %s: %s", v);
            case 'M' -> ttl = (int) number(v, 0, 255, "ttl is %s", null);
            case 'm' -> minTtl = (int) number(v, 0, 255, "minttl is %s", null);
            case 'N' -> shutdownOnEof = true;
            case 'q' -> {
                quitAfterSeconds = (int) number(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "quit timer %s: %s", v);
                // Debian's quit-timer patch: -q implies -N
                if (quitAfterSeconds >= 0) {
                    shutdownOnEof = true;
                }
            }
            case 'V' -> throw Failure.errx(1, "no alternate routing table support available");
            case 'W' -> recvLimit = (int) number(v, 1, Integer.MAX_VALUE, "receive limit %s: %s", v);
            case 'w' -> timeoutMillis = (int) number(v, 0, Integer.MAX_VALUE / 1000, "timeout %s: %s", v) * 1000;
            case 'I' -> recvBuffer = (int) number(v, 1, 65536L << 14, "TCP receive window %s: %s", v);
            case 'O' -> sendBuffer = (int) number(v, 1, 65536L << 14, "TCP send window %s: %s", v);
            case 'T' -> tos = TosValue.parse(v);
            case 'S' -> {
                md5Key = Readpassphrase.read("TCP MD5SIG password: ", TCP_MD5SIG_MAXKEYLEN);
                if (md5Key == null) {
                    throw Failure.errx(1, "Unable to read TCP MD5SIG password");
                }
            }
            default -> { }
        }
    }

    private static long number(String text, long min, long max, String format, String shown) {
        Strtonum.Result r = Strtonum.parse(text, min, max);
        if (!r.ok()) {
            throw Failure.errx(1, shown == null ? String.format(format, r.error()) : String.format(format, r.error(), shown));
        }
        return r.value();
    }
}
