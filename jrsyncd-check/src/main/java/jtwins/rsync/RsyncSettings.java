package jtwins.rsync;

import java.util.ArrayList;
import java.util.List;
import jtwins.common.resolver.AddressFamily;

/** What the command line set, with rsync's defaults. */
final class RsyncSettings {
    int verbose;
    boolean quiet;
    boolean noMotd;
    int port = DaemonSource.RSYNC_PORT;
    AddressFamily family = AddressFamily.UNSPEC;
    /** --contimeout: 0 is none; below 0 gives up at the first failed connect, as rsync's own -1 flag does. */
    int contimeout;
    /** --timeout: the I/O idle timeout in seconds, 0 for none. */
    int timeout;
    String passwordFile;
    boolean listOnly;
    boolean help;
    boolean version;
    final List<String> args = new ArrayList<>();

    /** output_motd: the MOTD and module list are shown unless -q or --no-motd. */
    boolean outputMotd() {
        return !quiet && !noMotd;
    }
}
