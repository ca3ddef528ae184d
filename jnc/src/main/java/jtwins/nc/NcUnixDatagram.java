package jtwins.nc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ThreadLocalRandom;
import jtwins.common.Diagnostics;
import jtwins.common.Errno;
import jtwins.common.Failure;
import jtwins.common.TimeoutPlan;
import jtwins.common.nativecall.NativeCallFailed;
import jtwins.common.nativecall.UnixDatagramSocket;
import jtwins.common.nativecall.UnixSockaddr;
import jtwins.common.process.SelectableStdin;

/**
 * nc -U -u: unix datagram sockets. The client binds a socket of its own so that the peer can answer
 * (-s PATH, or recv.sock in a fresh /tmp/nc-XXXXXX that it removes at exit, whatever the outcome);
 * the listener learns its peer from the first datagram and connects to it, as with UDP.
 */
final class NcUnixDatagram {
    private static final String NAME_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final NcSettings settings;
    private final NcOptions options;
    private final TimeoutPlan plan;
    private final Diagnostics diagnostics;

    NcUnixDatagram(NcSettings settings, NcOptions options, TimeoutPlan plan, Diagnostics diagnostics) {
        this.settings = settings;
        this.options = options;
        this.plan = plan;
        this.diagnostics = diagnostics;
    }

    int client(String path) throws IOException {
        Path tempDir = options.sourceAddress == null ? makeTempDir() : null;
        String own = tempDir == null ? options.sourceAddress : tempDir.resolve("recv.sock").toString();
        try {
            UnixDatagramSocket socket;
            try {
                // unix_connect(): the peer's address is laid out first, then unix_bind() of our own
                UnixSockaddr peer = NcUnixAddress.of(path);
                socket = bind(own, true);
                try {
                    socket.connect(peer);
                } catch (NativeCallFailed e) {
                    socket.close();
                    throw e;
                }
            } catch (NativeCallFailed e) {
                // unix_connect() fails as a whole and main() says warn("%s", host)
                diagnostics.warnx(path + ": " + e.getMessage());
                return 1;
            }
            try (socket) {
                if (!options.zeroIo) {
                    SelectableStdin stdin = options.detach ? null : SelectableStdin.start();
                    new ReadWriteLoop(settings, options, plan, stdin).run(NativeNetEnd.start(socket, false));
                }
            }
            return 0;
        } finally {
            if (tempDir != null) {
                Files.deleteIfExists(tempDir.resolve("recv.sock"));
                Files.deleteIfExists(tempDir);
            }
        }
    }

    /** unix_bind(): the address, socket(), unlink() of a file name, bind(), then "Bound on" with -v. */
    private UnixDatagramSocket bind(String path, boolean closeOnExec) throws NativeCallFailed {
        UnixSockaddr address = NcUnixAddress.of(path);
        UnixDatagramSocket socket = UnixDatagramSocket.open(closeOnExec);
        address.unlinkFile();
        try {
            socket.bind(address);
        } catch (NativeCallFailed e) {
            socket.close();
            throw e;
        }
        if (options.verbose) {
            diagnostics.line("Bound on " + path);
        }
        return socket;
    }

    int listen(String path) throws IOException {
        UnixDatagramSocket socket;
        try {
            socket = bind(path, false);
        } catch (NativeCallFailed e) {
            // unix_bind() returns -1 and main() says err(1, NULL)
            throw Failure.errx(1, e.getMessage());
        }
        SelectableStdin stdin = options.detach ? null : SelectableStdin.start();
        try {
            // recvfrom(MSG_PEEK) names the first sender; connect() makes it the only peer
            socket.connect(socket.peekSender());
        } catch (NativeCallFailed e) {
            throw Failure.errx(1, "connect: " + e.getMessage());
        }
        if (options.verbose) {
            diagnostics.line("Connection received on " + path);
        }
        new ReadWriteLoop(settings, options, plan, stdin).run(NativeNetEnd.start(socket, false));
        try {
            // main() then unconnects the socket for the next peer with connect(s, NULL, 0): err(1, "connect")
            socket.disconnect();
        } catch (NativeCallFailed e) {
            throw Failure.errx(1, "connect: " + e.getMessage());
        } finally {
            socket.close();
        }
        return 0;
    }

    /** mkdtemp("/tmp/nc-XXXXXX"): always under /tmp, whatever TMPDIR says, as Debian's nc. */
    private static Path makeTempDir() throws IOException {
        // mkdir() with 0700 is what makes the name safe to take, so a fast generator will do
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100; attempt++) {
            StringBuilder name = new StringBuilder("nc-");
            for (int i = 0; i < 6; i++) {
                name.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
            }
            try {
                return Files.createDirectory(Path.of("/tmp", name.toString()),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // another name
            }
        }
        throw Failure.err(1, Errno.EEXIST, "mkdtemp");
    }
}
