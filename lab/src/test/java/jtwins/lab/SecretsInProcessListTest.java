package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What ps shows of a password on the command line while the tool waits (on a black hole): curl blanks
 * a -u value that is a word of its own (not one joined to -u), mysqladmin turns a -p value into "x",
 * wget hides nothing. The twin's arguments, the last ones of its java command, must read as the
 * original's do, byte for byte; each case also says whether the secret is to be seen.
 */
class SecretsInProcessListTest {
    private static final String BLACK_HOLE_PORT = "7961";

    static Stream<List<String>> commandLines() {
        return Stream.of(
                List.of("hidden", "curl", "-s", "-u", "user:sekret", "--connect-timeout", "3", "http://127.0.0.1:" + BLACK_HOLE_PORT + "/"),
                List.of("hidden", "curl", "-s", "--user", "user:sekret", "--connect-timeout", "3", "http://127.0.0.1:" + BLACK_HOLE_PORT + "/"),
                List.of("shown", "curl", "-s", "-uuser:sekret", "--connect-timeout", "3", "http://127.0.0.1:" + BLACK_HOLE_PORT + "/"),
                List.of("hidden", "mysqladmin", "--no-defaults", "-psekret", "--connect-timeout=3", "-h127.0.0.1", "-P" + BLACK_HOLE_PORT, "ping"),
                List.of("hidden", "mysqladmin", "--no-defaults", "--password=sekret", "--connect-timeout=3", "-h127.0.0.1",
                        "-P" + BLACK_HOLE_PORT, "ping"),
                List.of("hidden", "mysqladmin", "--no-defaults", "-p1", "--connect-timeout=3", "-h127.0.0.1", "-P" + BLACK_HOLE_PORT, "ping"),
                List.of("shown", "wget", "-q", "--password=sekret", "--user=u", "-T", "3", "-t", "1", "http://127.0.0.1:" + BLACK_HOLE_PORT + "/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandLines")
    void theTwinsArgumentsReadAsTheOriginalsWhileItWaits(List<String> line) throws Exception {
        String tool = line.get(1);
        Path original = SideBySide.original(tool);
        assertNotNull(original, tool + " is not installed");
        List<String> args = line.subList(2, line.size());
        List<String> seenOriginal = argumentsWhileWaiting(original, args);
        List<String> seenTwin = argumentsWhileWaiting(SideBySide.twin(tool), args);
        assertEquals(seenOriginal, seenTwin);
        boolean shown = seenTwin.stream().anyMatch(a -> a.contains("sekret") || a.equals("-p1"));
        assertEquals(line.get(0).equals("shown"), shown, seenTwin.toString());
    }

    /** The program's own arguments as /proc/PID/cmdline shows them 1.2 s after the start, NULs as "\0". */
    private static List<String> argumentsWhileWaiting(Path program, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            p.waitFor(1200, TimeUnit.MILLISECONDS);
            byte[] cmdline = Files.readAllBytes(Path.of("/proc/" + p.pid() + "/cmdline"));
            // the words the kernel shows, split at the NULs the process started with: args.size() of them at the end
            List<String> words = new ArrayList<>(Arrays.asList(new String(cmdline, "ISO-8859-1").split("\0", -1)));
            words.remove(words.size() - 1);
            return stitchedLast(words, args);
        } finally {
            p.destroyForcibly();
            p.waitFor();
        }
    }

    /**
     * The last arguments, each re-joined where the process put a NUL of its own inside it (mysqladmin's
     * "x\0xxxxx"): the lengths of the words it was given tell where each one ends.
     */
    private static List<String> stitchedLast(List<String> words, List<String> args) {
        String joined = String.join("\0", words);
        List<String> out = new ArrayList<>();
        int end = joined.length();
        for (int i = args.size() - 1; i >= 0; i--) {
            int start = end - args.get(i).length();
            out.add(0, joined.substring(start, end).replace("\0", "\\0"));
            end = start - 1;
        }
        return out;
    }
}
