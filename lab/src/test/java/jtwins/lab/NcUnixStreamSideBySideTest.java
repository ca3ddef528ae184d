package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * nc -U beside jnc -U where the JDK's unix channels cannot go (Debian's checks 01 to 03): abstract
 * names (@NAME), a file name of 107 bytes, the names one byte too long, the empty one; then the UDP
 * listener's -k (datagrams from anyone, answering none) and -W (the first datagram counts).
 */
class NcUnixStreamSideBySideTest {
    /** 107 bytes: sun_path's 108 with the NUL; a leading '-' or "@#" makes 108. */
    private static final String NAME_107 = "n".repeat(107);

    @TempDir
    Path dir;

    /** Run in a fresh working directory each, so the relative names are the same for both. */
    @ParameterizedTest(name = "nc {0}")
    @ValueSource(strings = {"-lU -- -{107}", "-U -- -{107}", "-lU @#{107}", "-U @#{107}", "-uU -- -{107}",
            "-luU -- -{107}", "-U {empty}", "-lU {empty}", "-U @jtwins-nobody-listens", "-U nothing.sock",
            "-vU -- {107}", "-uU -w 1 @jtwins-nobody-listens"})
    void namesTheKernelCannotTakeAnswerAsNc(String args) throws Exception {
        List<String> argv = new ArrayList<>();
        for (String a : args.split(" ")) {
            argv.add(a.replace("{107}", NAME_107).replace("{empty}", ""));
        }
        assertEquals(describe(run(SideBySide.original("nc"), argv, StdinSpec.EMPTY, "nc"), "nc"),
                describe(run(SideBySide.twin("nc"), argv, StdinSpec.EMPTY, "jnc"), "jnc"), args);
    }

    @ParameterizedTest(name = "nc -lU {0}")
    @ValueSource(strings = {"@jtwins/abstract", "@", "{dir}/{pad}"})
    void listenerOnANameTheJdkCannotBindTalksAsNc(String name) throws Exception {
        String original = exchange(SideBySide.original("nc"), name, "nc");
        String twin = exchange(SideBySide.twin("nc"), name, "jnc");
        assertEquals(original, twin, name);
    }

    @ParameterizedTest(name = "nc -U {0}")
    @ValueSource(strings = {"@jtwins/abstract.client", "{dir}/{pad}"})
    void clientToANameTheJdkCannotReachTalksAsNc(String name) throws Exception {
        String original = clientOf(SideBySide.original("nc"), name, "nc");
        String twin = clientOf(SideBySide.twin("nc"), name, "jnc");
        assertEquals(original, twin, name);
    }

    /** -u -k: datagrams from three senders all reach stdout; a reply has no one to go to. */
    @Test
    void udpKeepListenerTakesDatagramsFromAnyone() throws Exception {
        assertEquals(udpListener(SideBySide.original("nc"), List.of("-k"), 3, "nc"),
                udpListener(SideBySide.twin("nc"), List.of("-k"), 3, "jnc"));
    }

    /** -W 2: the first datagram, which the listener takes to learn its peer, is the first of the two. */
    @Test
    void udpRecvLimitCountsTheFirstDatagram() throws Exception {
        assertEquals(udpListener(SideBySide.original("nc"), List.of("-W", "2"), 3, "nc"),
                udpListener(SideBySide.twin("nc"), List.of("-W", "2"), 3, "jnc"));
    }

    /** A datagram larger than the first one nc reads (2 KiB) arrives whole, as nc's MSG_PEEK leaves it. */
    @Test
    void udpListenersFirstDatagramArrivesWholeWhateverItsSize() throws Exception {
        assertEquals(udpListener(SideBySide.original("nc"), List.of(), 1, "nc", 5000),
                udpListener(SideBySide.twin("nc"), List.of(), 1, "jnc", 5000));
    }

    private String resolve(String name) {
        String prefix = dir + "/";
        return name.replace("{dir}/{pad}", prefix + "p".repeat(107 - prefix.length()));
    }

    /** The listener under test on NAME (-v), a real nc client sending one line, the listener answering one. */
    private String exchange(Path program, String name, String shownAs) throws Exception {
        String address = resolve(name);
        CompletableFuture<RunResult> server = CompletableFuture.supplyAsync(() -> run(program,
                List.of("-v", "-lU", address), StdinSpec.text("from listener\n", 1500), shownAs));
        RunResult client = awaitClient(List.of("-U", "-w", "1", address), "from client\n");
        RunResult s = server.get();
        return describe(s, shownAs).replace(address, "NAME") + "client got: " + client.stdoutText();
    }

    /** A real nc listener on NAME, the client under test sending one line and reading the answer. */
    private String clientOf(Path program, String name, String shownAs) throws Exception {
        String address = resolve(name);
        CompletableFuture<RunResult> server = CompletableFuture.supplyAsync(() -> run(SideBySide.original("nc"),
                List.of("-lU", address), StdinSpec.text("from listener\n", 1500), "nc"));
        RunResult client = null;
        for (int i = 0; i < 100 && (client == null || client.exit() != 0); i++) {
            Thread.sleep(30);
            client = run(program, List.of("-v", "-U", "-w", "1", address), StdinSpec.text("from client\n", 0), shownAs);
        }
        RunResult s = server.get();
        Files.deleteIfExists(Path.of(address));
        return describe(client, shownAs).replace(address, "NAME") + "listener got: " + s.stdoutText();
    }

    /** Retries the real nc client until the listener is up (nc -U fails at once while nothing listens). */
    private RunResult awaitClient(List<String> args, String line) throws InterruptedException {
        RunResult client = null;
        for (int i = 0; i < 100 && (client == null || client.exit() != 0); i++) {
            Thread.sleep(30);
            client = run(SideBySide.original("nc"), args, StdinSpec.text(line, 0), "nc");
        }
        return client;
    }

    private String udpListener(Path program, List<String> flags, int datagrams, String shownAs) throws Exception {
        return udpListener(program, flags, datagrams, shownAs, 12);
    }

    /** The UDP listener under test (-w 1), sent numbered datagrams of the given size from one socket each. */
    private String udpListener(Path program, List<String> flags, int datagrams, String shownAs, int size)
            throws Exception {
        int port = shownAs.equals("nc") ? 7735 : 7736;
        List<String> args = new ArrayList<>(List.of("-lu", "-w", "1"));
        args.addAll(flags);
        args.addAll(List.of("127.0.0.1", Integer.toString(port)));
        CompletableFuture<RunResult> server = CompletableFuture.supplyAsync(() -> run(program, args,
                StdinSpec.text("reply\n", 1200), shownAs));
        Thread.sleep(700);
        for (int i = 0; i < datagrams; i++) {
            try (DatagramSocket s = new DatagramSocket()) {
                byte[] body = ("datagram " + i + " " + "x".repeat(Math.max(0, size - 12)) + "\n")
                        .getBytes(StandardCharsets.US_ASCII);
                s.send(new DatagramPacket(body, body.length, InetAddress.getLoopbackAddress(), port));
            }
            Thread.sleep(100);
        }
        return describe(server.get(), shownAs);
    }

    private static RunResult run(Path program, List<String> args, StdinSpec stdin, String shownAs) {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(args);
        try {
            return ProcessRun.run(command, stdin, 8000);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(shownAs + ": " + e.getMessage(), e);
        }
    }

    private static String describe(RunResult r, String shownAs) {
        return "exit " + r.exitText() + "\n" + Normaliser.stderr(r.stderr(), shownAs, "nc", "jnc") + r.stdoutText();
    }
}
