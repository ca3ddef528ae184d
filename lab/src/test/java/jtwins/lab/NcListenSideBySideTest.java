package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** nc -l and jnc -l, each sent the same line by a client, report and print the same. */
class NcListenSideBySideTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-lvn", "-lv", "-l"})
    void listenerReportsAndCopiesLikeNc(String flags) throws Exception {
        String original = listen(SideBySide.original("nc"), flags, 7701);
        String twin = listen(SideBySide.twin("nc"), flags, 7702);
        assertEquals(original.replace("7701", "PORT"), twin.replace("7702", "PORT"));
    }

    /** Runs the listener, connects once its socket is up, sends a line, and returns stderr + stdout. */
    private static String listen(Path program, String flags, int port) throws Exception {
        List<String> command = new ArrayList<>(List.of(program.toString(), flags, Integer.toString(port)));
        CompletableFuture<RunResult> run = CompletableFuture.supplyAsync(() -> {
            try {
                return ProcessRun.run(command, StdinSpec.openFor(1500), 5000);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Socket client = null;
        for (int i = 0; i < 100 && client == null; i++) {
            try {
                client = new Socket(InetAddress.getLoopbackAddress(), port);
            } catch (java.io.IOException notYet) {
                Thread.sleep(20);
            }
        }
        try (Socket c = client) {
            OutputStream out = c.getOutputStream();
            out.write("hi\n".getBytes(StandardCharsets.UTF_8));
            c.shutdownOutput();
            c.getInputStream().readAllBytes();
        }
        RunResult r = run.get();
        String stderr = Normaliser.stderr(r.stderr(), program.toString(), "nc", "jnc");
        return "exit " + r.exitText() + "\n" + stderr + r.stdoutText();
    }
}
