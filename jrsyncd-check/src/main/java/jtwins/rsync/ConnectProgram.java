package jtwins.rsync;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import jtwins.common.Errno;

/**
 * RSYNC_CONNECT_PROG, as open_socket_out_wrapped() and sock_exec() run it: %H becomes the host in
 * single quotes (refused unless its characters stay data through a nested shell), %% a %; then
 * /bin/sh -c PROGRAM with stdin and stdout on one end of a loopback TCP pair (socketpair_tcp()) and
 * stderr left to rsync's, the daemon protocol on the other end. No --contimeout: rsync arms it only
 * in open_socket_out(). The JDK cannot hand a child a socket as its stdin, so the child end is made
 * by bash's /dev/tcp from the child itself, to a one-time listener on 127.0.0.1 that takes only the
 * connection that first says this run's random token.
 */
final class ConnectProgram {
    /**
     * The child: its stdin and stdout on the pair's end, the token, then the program once GO has come.
     * GO comes with the twin's first bytes (DaemonSocket's first write), so those wait unread in the
     * child's socket as rsync's greeting does while its child execs: a program that exits without
     * reading them resets the connection (104), as under rsync.
     */
    private static final String CHILD = "exec 0<>\"/dev/tcp/127.0.0.1/$1\" 1>&0 || exit 1\n"
            + "printf %s \"$2\"\n"
            + "IFS= read -r -n 1 -d '' go || exit 1\n"
            + "exec /bin/sh -c \"$3\"\n";

    /** The byte that lets the child exec the program; it goes before the twin's first bytes. */
    static final byte[] GO = {'g'};

    private ConnectProgram() {
    }

    /** The program with %H and %% replaced; null (said on err) when the host is unsafe for it. */
    static String expand(String program, String host, PrintStream err) {
        if (program.indexOf('%') < 0) {
            return program;
        }
        if (unsafe(host)) {
            err.println("unsafe host characters for RSYNC_CONNECT_PROG");
            return null;
        }
        String quoted = "'" + host.replace("'", "'\\''") + "'";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < program.length(); i++) {
            char c = program.charAt(i);
            if (c == '%' && i + 1 < program.length()) {
                char next = program.charAt(i + 1);
                if (next == '%') {
                    i++;
                } else if (next == 'H') {
                    s.append(quoted);
                    i++;
                    continue;
                }
            }
            s.append(c);
        }
        return s.toString();
    }

    /** shell_unsafe_connect_host(): empty, a leading -+~%, or anything but [A-Za-z0-9._:-%+~]. */
    static boolean unsafe(String host) {
        if (host.isEmpty() || "-+~%".indexOf(host.charAt(0)) >= 0) {
            return true;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean safe = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "._:-%+~".indexOf(c) >= 0;
            if (!safe) {
                return true;
            }
        }
        return false;
    }

    /** sock_exec(): the program started on its end of the pair; this end returned, blocking as rsync's. */
    static SocketChannel start(String program, int verbose, PrintStream out, PrintStream err)
            throws IOException, RsyncError {
        if (verbose >= 2) {
            out.println("Running socket program: \"" + program + "\"");
        }
        String bash = new File("/bin/bash").canExecute() ? "/bin/bash" : "/usr/bin/bash";
        byte[] token = new byte[16];
        new SecureRandom().nextBytes(token);
        String tokenText = HexFormat.of().formatHex(token);
        try (ServerSocketChannel listener = ServerSocketChannel.open();
             Selector selector = Selector.open()) {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
            listener.configureBlocking(false);
            listener.register(selector, SelectionKey.OP_ACCEPT);
            int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
            Process child;
            try {
                child = new ProcessBuilder(bash, "-c", CHILD, "rsync", Integer.toString(port), tokenText, program)
                        .inheritIO().start();
            } catch (IOException e) {
                return failed(err, Errno.of(e));
            }
            while (true) {
                selector.select(20);
                selector.selectedKeys().clear();
                SocketChannel end = listener.accept();
                if (end != null) {
                    if (saysToken(end, tokenText)) {
                        return end;
                    }
                    end.close();
                } else if (!child.isAlive()) {
                    return failed(err, Errno.ECONNREFUSED);
                }
            }
        }
    }

    /** Whether the connection says the token within 2 s; the program's own bytes come only after it. */
    private static boolean saysToken(SocketChannel end, String token) throws IOException {
        ByteBuffer said = ByteBuffer.allocate(token.length());
        long until = System.nanoTime() + 2_000_000_000L;
        try (Selector wait = Selector.open()) {
            end.configureBlocking(false);
            end.register(wait, SelectionKey.OP_READ);
            while (said.hasRemaining()) {
                long left = (until - System.nanoTime()) / 1_000_000;
                if (left <= 0 || end.read(said) < 0) {
                    return false;
                }
                if (said.hasRemaining()) {
                    wait.select(left);
                }
            }
        }
        end.configureBlocking(true);
        return new String(said.array(), StandardCharsets.ISO_8859_1).equals(token);
    }

    private static SocketChannel failed(PrintStream err, Errno errno) throws RsyncError {
        err.println("rsync: socketpair_tcp failed (" + errno.text() + ")");
        throw RsyncError.socketIo();
    }
}
