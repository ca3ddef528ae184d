package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Debian's netcat checks read in strace, nc beside jnc: the address a listener binds, the calls a
 * client makes on its own socket (its options, its shutdowns), and the listener's accept() and
 * recvfrom() printed whole, with no other thread of the program ending while they wait (a thread's
 * exit under strace -f cuts the waiting call's line in two, which the checks cannot read).
 */
class NcSyscallSideBySideTest {
    private static final Pattern FIRST_BIND = Pattern.compile("^bind\\(\\d+,\\s*(\\{sa_family=AF_(INET6?|UNIX),[^}]*\\})");
    private static final Pattern CLIENT_CONNECT = Pattern.compile("^connect\\(\\d+, \\{sa_family=AF_INET6?,");
    /** What a program asks of its socket; getsockname() and SO_ERROR reads are the JDK's own bookkeeping. */
    private static final Pattern ASKED = Pattern.compile("^(socket|setsockopt|bind|listen|connect|shutdown)\\(");
    /**
     * What the JDK does to every socket of a kind, which no peer can tell from nc's: IPV6_V6ONLY set to
     * 0 (the kernel's own default here), IP_MULTICAST_ALL cleared on a UDP socket, and a UDP socket's
     * bind to the wildcard and port 0 before its connect (which would pick the same port unbound).
     */
    private static final Pattern JDK_DEFAULTS = Pattern.compile("^setsockopt\\(\\d+, SOL_IPV6, IPV6_V6ONLY, \\[0\\]"
            + "|^setsockopt\\(\\d+, SOL_IP, IP_MULTICAST_ALL, \\[0\\]"
            + "|^bind\\(\\d+, \\{sa_family=AF_INET6?, sin6?_port=htons\\(0\\), (sin_addr=inet_addr\\(\"0\\.0\\.0\\.0\"\\)|.*\"::\")");

    @TempDir
    Path dir;

    /** "{dir}" is this test's folder; a name of 107 bytes fits sun_path with its NUL, one byte more than the JDK takes. */
    @ParameterizedTest(name = "nc -l {0}")
    @ValueSource(strings = {"7731", "-4 7731", "-6 7731", "127.0.0.1 7731", "::1 7731", "-s 127.0.0.1 -p 7731",
            "-u 127.0.0.1 7731", "-6u ::1 7731", "-U {dir}/l.sock", "-U @jtwins/abstract.listener", "-U @",
            "-U {name107}", "-uU {dir}/d.sock", "-uU @jtwins/abstract.datagram"})
    void listenerBindsTheAddressNcBinds(String args) throws Exception {
        assertEquals(boundBy(SideBySide.original("nc"), args), boundBy(SideBySide.twin("nc"), args), args);
    }

    private String boundBy(Path program, String args) throws Exception {
        List<String> argv = new ArrayList<>(List.of("-l"));
        for (String a : args.split(" ")) {
            argv.add(a.replace("{dir}", dir.toString()).replace("{name107}", "n".repeat(107)));
        }
        try (NetCallTrace trace = NetCallTrace.start(program, argv, dir, StdinSpec.openFor(3000))) {
            NetCallTrace.Call bind = trace.await(FIRST_BIND, 5000);
            assertNotNull(bind, program + " bound nothing");
            var m = FIRST_BIND.matcher(bind.text());
            assertTrue(m.find());
            return m.group(1);
        }
    }

    /** -D, -I, -O, -M, -m, -T, -b, -N: each set, in nc's order, on the socket that connects, and nothing else asked of it. */
    @ParameterizedTest(name = "nc {0}")
    @ValueSource(strings = {"-N -D", "-N -I 4321 -O 5432", "-N -M 77 -m 9", "-N -T 40", "-N -T lowdelay",
            "-N -I 300 -T 8 -M 5", "-6 -N -M 77 -m 9", "-6 -N -T 40", "-u -N -w 1", "-u -b -N -w 1", "-u -q 0 -w 1",
            "-N -s 127.0.0.1"})
    void clientAsksOfItsSocketWhatNcAsks(String args) throws Exception {
        boolean inet6 = args.startsWith("-6");
        // a port of the kernel's choosing for each case: a fixed one can still be held by the case before
        try (ServerSocket peer = new ServerSocket(0, 50, InetAddress.getByName(inet6 ? "::1" : "127.0.0.1"))) {
            Thread acceptor = acceptAndDiscard(peer);
            String original = askedBy(SideBySide.original("nc"), args, inet6, peer.getLocalPort());
            String twin = askedBy(SideBySide.twin("nc"), args, inet6, peer.getLocalPort());
            assertEquals(original, twin, args);
            acceptor.interrupt();
        }
    }

    private String askedBy(Path program, String args, boolean inet6, int port) throws Exception {
        List<String> argv = new ArrayList<>(List.of(args.split(" ")));
        argv.add(inet6 ? "::1" : "127.0.0.1");
        argv.add(Integer.toString(port));
        try (NetCallTrace trace = NetCallTrace.start(program, argv, dir, StdinSpec.EMPTY)) {
            assertTrue(trace.awaitExit(6000), program + " " + args + " did not end");
            return trace.onSocketOf(CLIENT_CONNECT).stream().map(NetCallTrace.Call::text)
                    .filter(t -> ASKED.matcher(t).find() && !JDK_DEFAULTS.matcher(t).find())
                    .map(NcSyscallSideBySideTest::asked)
                    .collect(Collectors.joining("\n"));
        }
    }

    /**
     * A call with its descriptor taken out; of socket() only the family, since the JDK opens every
     * socket blocking with protocol 0 where nc asks SOCK_NONBLOCK and IPPROTO_TCP: a difference no
     * peer sees, the connect that follows being non-blocking in both.
     */
    private static String asked(String call) {
        if (call.startsWith("socket(")) {
            return call.replaceFirst("^socket\\((AF_[A-Z0-9]+), (SOCK_[A-Z]+).*", "socket($1, $2)");
        }
        return call.replaceFirst("^([a-z]+)\\(\\d+", "$1(FD");
    }

    @Test
    void tcpListenersAcceptIsOneLineAndNoThreadEndsWhileItWaits() throws Exception {
        for (Path program : List.of(SideBySide.original("nc"), SideBySide.twin("nc"))) {
            // stdin reaches its end while accept() waits: the twin's stdin pump must not end with it
            try (NetCallTrace trace = NetCallTrace.start(program, List.of("-l", "127.0.0.1", "7733"), dir,
                    StdinSpec.openFor(700))) {
                assertNotNull(trace.await(FIRST_BIND, 5000), program + " bound nothing");
                Thread.sleep(1400);
                try (Socket s = new Socket(InetAddress.getLoopbackAddress(), 7733)) {
                    s.shutdownOutput();
                    s.getInputStream().readAllBytes();
                }
                assertTrue(trace.awaitExit(5000), program + " did not end after its one connection");
                assertWholeAndUninterrupted(trace.calls(), "accept", program);
            }
        }
    }

    @Test
    void udpListenersRecvfromIsOneLineAndNoThreadEndsWhileItWaits() throws Exception {
        for (Path program : List.of(SideBySide.original("nc"), SideBySide.twin("nc"))) {
            try (NetCallTrace trace = NetCallTrace.start(program, List.of("-lu", "-w", "1", "127.0.0.1", "7734"), dir,
                    StdinSpec.openFor(700))) {
                assertNotNull(trace.await(FIRST_BIND, 5000), program + " bound nothing");
                Thread.sleep(1400);
                try (DatagramSocket s = new DatagramSocket()) {
                    byte[] hi = "hi\n".getBytes();
                    s.send(new DatagramPacket(hi, hi.length, InetAddress.getLoopbackAddress(), 7734));
                }
                assertTrue(trace.awaitExit(5000), program + " did not end after -w 1");
                assertWholeAndUninterrupted(trace.calls(), "recvfrom", program);
            }
        }
    }

    /** The first waiting call is printed whole, and no other thread of the program exits between the bind and it. */
    private static void assertWholeAndUninterrupted(List<NetCallTrace.Call> calls, String waiting, Path program) {
        int bind = -1;
        int wait = -1;
        for (int i = 0; i < calls.size(); i++) {
            String name = calls.get(i).name();
            if (bind < 0 && FIRST_BIND.matcher(calls.get(i).text()).find()) {
                bind = i;
            } else if (bind >= 0 && wait < 0 && name.startsWith(waiting)) {
                wait = i;
            }
        }
        assertTrue(bind >= 0 && wait > bind, program + ": no " + waiting + " after the bind");
        NetCallTrace.Call call = calls.get(wait);
        assertTrue(!call.text().contains("<unfinished ...>"), program + ": " + call.text());
        for (int i = bind; i < wait; i++) {
            assertTrue(!calls.get(i).isExit(), program + ": thread " + calls.get(i).tid() + " exited while " + waiting
                    + " waited");
        }
    }

    private static Thread acceptAndDiscard(ServerSocket server) {
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    s.getInputStream().readAllBytes();
                } catch (IOException e) {
                    return;
                }
            }
        }, "discard");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
