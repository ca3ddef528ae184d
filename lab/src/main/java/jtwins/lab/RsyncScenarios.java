package jtwins.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * rsync's rows: the seed article's (the matrix), then what the tests hold jrsyncd-check to, against
 * the real rsync daemon the lab starts and against the rsync fault servers. "{port}" is the far end's
 * port; the daemon's password files live in its directory, named after its port (RsyncDaemon).
 */
final class RsyncScenarios {
    private static final long HANG = 14000;
    private static final String FILES = "/tmp/jtwins-rsyncd-{port}/";

    private RsyncScenarios() {
    }

    private static Scenario rsync(String id, String title, Fault fault, String... args) {
        return rsync(id, title, fault, StdinSpec.EMPTY, args);
    }

    private static Scenario rsync(String id, String title, Fault fault, StdinSpec stdin, String... args) {
        return new Scenario(id, "rsync", title, List.of(args), fault, stdin, HANG);
    }

    private static Scenario rsync(String id, String title, Fault fault, Surroundings around, String... args) {
        return new Scenario(id, "rsync", title, List.of(args), fault, StdinSpec.EMPTY, HANG, around);
    }

    private static Surroundings env(String... nameThenValue) {
        return Surroundings.NONE.withEnv(nameThenValue);
    }

    /**
     * RSYNC_CONNECT_PROG (nc to the daemon's port, the URL's port unused, as rsync ignores it) and
     * RSYNC_PROXY (a CONNECT proxy in front of the daemon, or one that refuses), -vv's lines with them.
     */
    static List<Scenario> environment() {
        String nc = "nc %H {port}";
        return List.of(
                rsync("rsync-connect-prog", "RSYNC_CONNECT_PROG runs nc to the daemon: a module's listing", Fault.RSYNCD,
                        env("RSYNC_CONNECT_PROG", nc), "rsync://127.0.0.1/pub/"),
                rsync("rsync-connect-prog-vv", "RSYNC_CONNECT_PROG with -vv: the program and the daemon args said",
                        Fault.RSYNCD, env("RSYNC_CONNECT_PROG", nc), "-vv", "rsync://127.0.0.1/"),
                rsync("rsync-connect-prog-percent", "%H quoted for the shell, %% a %, %x kept", Fault.RSYNCD,
                        env("RSYNC_CONNECT_PROG", "echo %H %% %x >&2; exec " + nc), "rsync://127.0.0.1/"),
                rsync("rsync-connect-prog-unsafe", "a host a nested shell could misread: refused, code 10", Fault.RSYNCD,
                        env("RSYNC_CONNECT_PROG", nc), "rsync://-x/"),
                // 'false' races rsync's greeting: exiting before it is written gives EOF (code 5), after, a reset
                rsync("rsync-connect-prog-exits", "a program that exits with the greeting unread: reset, code 12",
                        Fault.RSYNCD, env("RSYNC_CONNECT_PROG", "sleep 0.2"), "rsync://127.0.0.1/"),
                rsync("rsync-connect-prog-reads-exits", "a program that reads the greeting and exits: code 5",
                        Fault.RSYNCD, env("RSYNC_CONNECT_PROG", "read -r line"), "rsync://127.0.0.1/"),
                rsync("rsync-connect-prog-over-proxy", "RSYNC_CONNECT_PROG wins over RSYNC_PROXY", Fault.RSYNCD,
                        env("RSYNC_CONNECT_PROG", nc, "RSYNC_PROXY", "127.0.0.1:1"), "rsync://127.0.0.1/"),
                // a module's listing at -vv ends with -v's rate over whole seconds: the module list instead
                rsync("rsync-vv", "-vv: opening the connection and the daemon args said", Fault.RSYNCD,
                        "-vv", "--timeout=5", "rsync://127.0.0.1:{port}/"),
                rsync("rsync-proxy", "RSYNC_PROXY: CONNECT, then the daemon's listing", Fault.HTTP_CONNECT_RSYNCD,
                        env("RSYNC_PROXY", "127.0.0.1:{port}"), "rsync://127.0.0.1/pub/"),
                rsync("rsync-proxy-auth-vvv", "RSYNC_PROXY with USER:PASS@ and -vvv's connection lines",
                        Fault.HTTP_CONNECT_RSYNCD, env("RSYNC_PROXY", "us:pw@127.0.0.1:{port}"), "-vvv", "rsync://127.0.0.1/"),
                rsync("rsync-proxy-forbidden", "the proxy answers 403: 'bad response from proxy', code 10",
                        Fault.HTTP_CONNECT_FORBIDDEN, env("RSYNC_PROXY", "127.0.0.1:{port}"), "rsync://127.0.0.1/"),
                rsync("rsync-proxy-no-reply", "the proxy closes unanswered: rsync's stale EINPROGRESS",
                        Fault.HTTP_NO_REPLY, env("RSYNC_PROXY", "127.0.0.1:{port}"), "rsync://127.0.0.1/"),
                rsync("rsync-proxy-refused", "the proxy's port refuses", Fault.REFUSED,
                        env("RSYNC_PROXY", "127.0.0.1:{port}"), "rsync://127.0.0.1/"),
                rsync("rsync-proxy-no-port", "RSYNC_PROXY without :PORT", Fault.REFUSED,
                        env("RSYNC_PROXY", "127.0.0.1"), "rsync://127.0.0.1:{port}/"),
                rsync("rsync-proxy-user-no-pass", "RSYNC_PROXY with USER@ alone", Fault.REFUSED,
                        env("RSYNC_PROXY", "us@127.0.0.1:{port}"), "rsync://127.0.0.1:{port}/"),
                rsync("rsync-proxy-port-name", "RSYNC_PROXY's port not a number nor a service", Fault.REFUSED,
                        env("RSYNC_PROXY", "127.0.0.1:abc"), "rsync://127.0.0.1:{port}/"),
                rsync("rsync-proxy-empty", "RSYNC_PROXY empty: no proxy", Fault.RSYNCD,
                        env("RSYNC_PROXY", ""), "rsync://127.0.0.1:{port}/"));
    }

    static List<Scenario> matrix() {
        return List.of(
                rsync("rsync-stall-t4", "--timeout=4, daemon never greets: a wait every 2 s, gives up at 6 s",
                        Fault.SILENT, "--timeout=4", "rsync://127.0.0.1:{port}/"),
                rsync("rsync-blackhole-ct2", "--contimeout=2, black hole: alarm() ends connect(), code 35",
                        Fault.BLACK_HOLE, "--contimeout=2", "rsync://127.0.0.1:{port}/"),
                rsync("rsync-blackhole-kernel", "--timeout=2 but no --contimeout, black hole: the kernel's SYN retries",
                        Fault.BLACK_HOLE, "--timeout=2", "rsync://127.0.0.1:{port}/"),
                rsync("rsync-refused", "refused: code 10", Fault.REFUSED, "rsync://127.0.0.1:{port}/"));
    }

    static List<Scenario> all() {
        List<Scenario> all = new ArrayList<>(matrix());
        all.addAll(List.of(
                rsync("rsync-modules", "the module list, with the MOTD", Fault.RSYNCD, "rsync://127.0.0.1:{port}/"),
                rsync("rsync-modules-colons", "host:: with --port", Fault.RSYNCD, "--port={port}", "127.0.0.1::"),
                rsync("rsync-modules-no-slash", "rsync://host:port without a path", Fault.RSYNCD, "rsync://127.0.0.1:{port}"),
                rsync("rsync-modules-no-motd", "--no-motd hides the module list too", Fault.RSYNCD,
                        "--no-motd", "rsync://127.0.0.1:{port}/"),
                rsync("rsync-module-listing", "a module's top level: sizes, times, the list's order", Fault.RSYNCD,
                        "rsync://127.0.0.1:{port}/pub/"),
                rsync("rsync-module-no-slash", "a module named without its slash", Fault.RSYNCD,
                        "rsync://127.0.0.1:{port}/pub"),
                rsync("rsync-module-subdir", "a directory inside a module", Fault.RSYNCD,
                        "--port", "{port}", "127.0.0.1::pub/sub/"),
                rsync("rsync-module-dir-entry", "a directory named without its slash: the entry itself", Fault.RSYNCD,
                        "rsync://127.0.0.1:{port}/pub/sub"),
                rsync("rsync-module-file", "one file", Fault.RSYNCD, "rsync://127.0.0.1:{port}/pub/readme.txt"),
                rsync("rsync-module-empty", "an empty module: '.' alone", Fault.RSYNCD, "rsync://127.0.0.1:{port}/empty/"),
                // -v on a listing ends with a rate over whole seconds of time(), which a run that crosses a
                // second boundary doubles or triples, in rsync as in the twin: not comparable row by row
                rsync("rsync-modules-verbose", "-v on the module list: nothing more", Fault.RSYNCD,
                        "-v", "rsync://127.0.0.1:{port}/"),
                rsync("rsync-module-quiet", "-q: no MOTD", Fault.RSYNCD, "-q", "rsync://127.0.0.1:{port}/pub/"),
                rsync("rsync-module-timeout", "--timeout=5 and --contimeout=3 on a daemon that answers", Fault.RSYNCD,
                        "--timeout=5", "--contimeout=3", "rsync://127.0.0.1:{port}/pub/"),
                rsync("rsync-module-list-only", "--list-only said", Fault.RSYNCD, "--list-only",
                        "rsync://127.0.0.1:{port}/pub/"),
                rsync("rsync-unknown-module", "@ERROR: Unknown module, code 5", Fault.RSYNCD,
                        "rsync://127.0.0.1:{port}/missing/"),
                rsync("rsync-auth-ok", "auth: the password file", Fault.RSYNCD,
                        "--password-file=" + FILES + "alice.pw", "rsync://alice@127.0.0.1:{port}/priv/"),
                rsync("rsync-auth-wrong", "auth failed: a wrong password", Fault.RSYNCD,
                        "--password-file=" + FILES + "wrong.pw", "rsync://alice@127.0.0.1:{port}/priv/"),
                rsync("rsync-auth-open-file", "a password file others can read: code 1", Fault.RSYNCD,
                        "--password-file=" + FILES + "open.pw", "rsync://alice@127.0.0.1:{port}/priv/"),
                rsync("rsync-auth-missing-file", "a password file that is not there", Fault.RSYNCD,
                        "--password-file=" + FILES + "none.pw", "alice@127.0.0.1::priv/", "--port={port}"),
                rsync("rsync-auth-prompt", "no password given: the prompt on stderr, the password from stdin",
                        Fault.RSYNCD, StdinSpec.text("wonder\n", 0), "rsync://alice@127.0.0.1:{port}/priv/"),
                rsync("rsync-auth-prompt-empty", "no password, stdin empty: auth failed", Fault.RSYNCD,
                        "rsync://alice@127.0.0.1:{port}/priv/"),
                rsync("rsync-blackhole-ct1", "--contimeout=1, black hole", Fault.BLACK_HOLE,
                        "--contimeout=1", "rsync://127.0.0.1:{port}/pub/"),
                rsync("rsync-blackhole-ct1-timeout1", "--contimeout=1 --timeout=1: the connect has only the first",
                        Fault.BLACK_HOLE, "--timeout=1", "--contimeout=1", "rsync://127.0.0.1:{port}/"),
                rsync("rsync-refused-localhost", "refused on both of localhost's addresses: two lines", Fault.REFUSED,
                        "rsync://localhost:{port}/"),
                rsync("rsync-refused-ipv4", "-4 localhost: one address", Fault.REFUSED, "-4", "rsync://localhost:{port}/"),
                rsync("rsync-refused-ct-minus1", "--contimeout=-1: code 35 at the first failed connect", Fault.REFUSED,
                        "--contimeout=-1", "rsync://127.0.0.1:{port}/"),
                rsync("rsync-silent-t1", "--timeout=1: 1 s waits, gives up at 2 s", Fault.SILENT,
                        "--timeout=1", "rsync://127.0.0.1:{port}/"),
                rsync("rsync-silent-t2", "--timeout=2: 1 s waits, gives up at 3 s", Fault.SILENT,
                        "--timeout=2", "rsync://127.0.0.1:{port}/pub/"),
                rsync("rsync-silent-t3", "--timeout=3: 2 s waits, gives up at 6 s 'after 4 seconds'", Fault.SILENT,
                        "--timeout=3", "rsync://127.0.0.1:{port}/"),
                rsync("rsync-silent-t5", "--timeout=5: 3 s waits, gives up at 9 s 'after 6 seconds'", Fault.SILENT,
                        "--timeout=5", "rsync://127.0.0.1:{port}/"),
                rsync("rsync-greet-stall-t2", "a greeting, then silence, --timeout=2", Fault.RSYNC_GREET_STALL,
                        "--timeout=2", "rsync://127.0.0.1:{port}/"),
                rsync("rsync-ok-stall-t2", "@RSYNCD: OK, then silence in the binary protocol, --timeout=2",
                        Fault.RSYNC_OK_STALL, "--timeout=2", "rsync://127.0.0.1:{port}/pub/"),
                rsync("rsync-ok-close", "@RSYNCD: OK, then the end of the stream: code 12", Fault.RSYNC_OK_CLOSE,
                        "rsync://127.0.0.1:{port}/pub/"),
                rsync("rsync-ok-reset", "@RSYNCD: OK, then a reset: safe_read()'s words, code 12", Fault.RSYNC_OK_RESET,
                        "rsync://127.0.0.1:{port}/pub/"),
                rsync("rsync-mux-reset", "a reset once the input is multiplexed: 'read error', code 10",
                        Fault.RSYNC_MUX_RESET, "rsync://127.0.0.1:{port}/pub/"),
                rsync("rsync-no-greeting", "the daemon closes without greeting", Fault.RSYNC_READ_THEN_CLOSE,
                        "rsync://127.0.0.1:{port}/"),
                rsync("rsync-close-200ms", "the server closes 200 ms after accepting, our greeting unread",
                        Fault.CLOSE_AFTER_200MS, "rsync://127.0.0.1:{port}/"),
                rsync("rsync-not-rsync", "not an rsync daemon: 'server sent ... rather than greeting'",
                        Fault.HELLO_THEN_STALL, "rsync://127.0.0.1:{port}/"),
                rsync("rsync-unresolvable", "a name no server answers for", Fault.REFUSED, "rsync://nohost.lab.test:{port}/"),
                rsync("rsync-unknown-option", "an option rsync does not have", Fault.REFUSED,
                        "--conntimeout=1", "rsync://127.0.0.1:{port}/"),
                rsync("rsync-bad-number", "--timeout=x", Fault.REFUSED, "--timeout=x", "rsync://127.0.0.1:{port}/"),
                rsync("rsync-bad-number-separate", "--timeout 3x", Fault.REFUSED, "--timeout", "3x",
                        "rsync://127.0.0.1:{port}/"),
                rsync("rsync-no-args", "no arguments: the help on stderr, code 1", Fault.REFUSED),
                rsync("rsync-help", "--help", Fault.REFUSED, "--help"),
                rsync("rsync-version", "--version", Fault.REFUSED, "--version")));
        all.addAll(environment());
        return all;
    }
}
