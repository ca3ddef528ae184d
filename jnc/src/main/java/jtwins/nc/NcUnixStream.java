package jtwins.nc;

import java.io.IOException;
import jtwins.common.Diagnostics;
import jtwins.common.Failure;
import jtwins.common.TimeoutPlan;
import jtwins.common.nativecall.NativeCallFailed;
import jtwins.common.nativecall.UnixSockaddr;
import jtwins.common.nativecall.UnixStreamSocket;
import jtwins.common.process.SelectableStdin;

/**
 * nc -U: unix stream sockets, made through jnr as nc makes them, so that an abstract name (@NAME) and
 * a name of 107 bytes (sun_path's 108 with its NUL, one more than the JDK takes) work as in nc.
 */
final class NcUnixStream {
    private static final int BACKLOG = 5;

    private final NcSettings settings;
    private final NcOptions options;
    private final TimeoutPlan plan;
    private final Diagnostics diagnostics;

    NcUnixStream(NcSettings settings, NcOptions options, TimeoutPlan plan, Diagnostics diagnostics) {
        this.settings = settings;
        this.options = options;
        this.plan = plan;
        this.diagnostics = diagnostics;
    }

    /** unix_connect(): the address, socket(SOCK_CLOEXEC), connect(); main() says warn("%s", host) on failure. */
    int client(String path) throws IOException {
        UnixStreamSocket socket;
        try {
            socket = UnixStreamSocket.connectTo(NcUnixAddress.of(path));
        } catch (NativeCallFailed e) {
            diagnostics.warnx(path + ": " + e.getMessage());
            return 1;
        }
        try (socket) {
            if (!options.zeroIo) {
                SelectableStdin stdin = options.detach ? null : SelectableStdin.start();
                new ReadWriteLoop(settings, options, plan, stdin).run(NativeNetEnd.start(socket, true));
            }
        }
        return 0;
    }

    /** unix_listen(), then accept() and readwrite(), again with -k; main() says err(1, NULL) if the listen fails. */
    int listen(String path, SelectableStdin stdin) throws IOException {
        UnixStreamSocket server;
        try {
            server = bindAndListen(path);
        } catch (NativeCallFailed e) {
            throw Failure.errx(1, e.getMessage());
        }
        try (server) {
            do {
                UnixStreamSocket connection;
                try {
                    connection = server.accept();
                } catch (NativeCallFailed e) {
                    throw Failure.errx(1, "accept: " + e.getMessage());
                }
                if (options.verbose) {
                    diagnostics.line("Connection received on " + path);
                }
                try (NativeNetEnd end = NativeNetEnd.start(connection, true)) {
                    new ReadWriteLoop(settings, options, plan, stdin).run(end);
                }
            } while (options.keep);
        }
        return 0;
    }

    /** unix_bind() (socket() with no flags, unlink() unless abstract, bind()) and listen(5). */
    private UnixStreamSocket bindAndListen(String path) throws NativeCallFailed {
        UnixSockaddr address = NcUnixAddress.of(path);
        UnixStreamSocket server = UnixStreamSocket.open(false);
        try {
            address.unlinkFile();
            server.bind(address);
            if (options.verbose) {
                diagnostics.line("Bound on " + path);
            }
            server.listen(BACKLOG);
        } catch (NativeCallFailed e) {
            server.close();
            throw e;
        }
        if (options.verbose) {
            diagnostics.line("Listening on " + path);
        }
        return server;
    }
}
