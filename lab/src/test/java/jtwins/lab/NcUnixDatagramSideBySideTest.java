package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nc -U -u beside jnc -U -u, each against the real nc on the other end: the client's own socket
 * (reported, then removed with its /tmp/nc-XXXXXX), what crosses, messages, exit codes and timing.
 */
class NcUnixDatagramSideBySideTest {
    private static final Pattern TEMP_SOCKET = Pattern.compile("/tmp/nc-[A-Za-z0-9]{6}/recv\\.sock");

    @TempDir
    Path dir;

    @Test
    void clientSendsToARealListenerAndCleansUp() throws Exception {
        String original = client(SideBySide.original("nc"), dir.resolve("o.sock"));
        String twin = client(SideBySide.twin("nc"), dir.resolve("t.sock"));
        assertEquals(original.replace("o.sock", "S"), twin.replace("t.sock", "S"));
    }

    @Test
    void listenerTakesItsPeerFromTheFirstDatagram() throws Exception {
        String original = listener(SideBySide.original("nc"), dir.resolve("lo.sock"));
        String twin = listener(SideBySide.twin("nc"), dir.resolve("lt.sock"));
        assertEquals(original.replace("lo.sock", "S"), twin.replace("lt.sock", "S"));
    }

    @Test
    void refusedAndMissingPathsAnswerAsNc() throws Exception {
        Path stale = dir.resolve("mine.sock");
        for (List<String> args : List.of(
                List.of("-U", "-u", "-w", "1", dir.resolve("nothing-here.sock").toString()),
                List.of("-v", "-lU", "-u", dir.resolve("no/such/dir.sock").toString()),
                List.of("-v", "-U", "-u", "-s", stale.toString(), "-w", "1", dir.resolve("nothing.sock").toString()))) {
            RunResult o = run(SideBySide.original("nc"), args, StdinSpec.text("x\n", 0));
            Files.deleteIfExists(stale);
            RunResult t = run(SideBySide.twin("nc"), args, StdinSpec.text("x\n", 0));
            assertEquals(describe(o, "nc"), describe(t, "jnc"), String.join(" ", args));
            // -s names a socket nc leaves behind, as the original does
            assertEquals(args.contains("-s"), Files.exists(stale));
            Files.deleteIfExists(stale);
        }
    }

    /** A real nc listener, then the client under test sending one line with -v -w 1. */
    private String client(Path program, Path socket) throws Exception {
        CompletableFuture<RunResult> server = CompletableFuture.supplyAsync(() -> run(SideBySide.original("nc"),
                List.of("-w", "1", "-lU", "-u", socket.toString()), StdinSpec.openFor(2000)));
        waitFor(socket);
        RunResult r = run(program, List.of("-v", "-U", "-u", "-w", "1", socket.toString()), StdinSpec.text("hello\n", 0));
        RunResult s = server.get();
        Matcher bound = TEMP_SOCKET.matcher(r.stderr());
        assertTrue(bound.find(), "client names its own socket: " + r.stderr());
        assertFalse(Files.exists(Path.of(bound.group()).getParent()), "temporary directory removed");
        assertTrue(r.elapsedMillis() >= 900 && r.elapsedMillis() < 1600, "-w 1 idle after stdin EOF: " + r.elapsedMillis());
        return describe(r, program.getFileName().toString()) + "server got: " + s.stdoutText();
    }

    /** The listener under test (-w 1 ends it a second after stdin), then a real nc client sending one line. */
    private String listener(Path program, Path socket) throws Exception {
        CompletableFuture<RunResult> server = CompletableFuture.supplyAsync(() -> run(program,
                List.of("-v", "-w", "1", "-lU", "-u", socket.toString()), StdinSpec.openFor(1500)));
        waitFor(socket);
        RunResult c = run(SideBySide.original("nc"), List.of("-U", "-u", "-w", "1", socket.toString()),
                StdinSpec.text("hi\n", 0));
        RunResult r = server.get();
        return describe(r, program.getFileName().toString()) + "client exit " + c.exitText();
    }

    private static void waitFor(Path socket) throws InterruptedException {
        for (int i = 0; i < 200 && !Files.exists(socket); i++) {
            Thread.sleep(10);
        }
        Thread.sleep(100);
    }

    private static RunResult run(Path program, List<String> args, StdinSpec stdin) {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(args);
        try {
            return ProcessRun.run(command, stdin, 6000);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(RunResult r, String program) {
        String stderr = TEMP_SOCKET.matcher(Normaliser.stderr(r.stderr(), program, "nc", "jnc"))
                .replaceAll("/tmp/nc-XXXXXX/recv.sock");
        return "exit " + r.exitText() + "\n" + stderr + r.stdoutText();
    }
}
