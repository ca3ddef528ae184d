package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * curl and jcurl over unix sockets: --unix-socket (a path; the JDK's unix channels) and
 * --abstract-unix-socket (a name with no file; jnr in the twin), to a python3 server, since the JDK
 * cannot bind an abstract name: an answer, no listener, and -m against a silent server.
 */
class CurlUnixSocketSideBySideTest {
    private static final long JNR_START_TOLERANCE_MILLIS = 600;

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("path-echo", "{path}", "echo", List.of("-sS", "--unix-socket", "{path}", "http://lab.test/p")),
                Arguments.of("path-missing", "{path}", "echo",
                        List.of("-sSv", "--unix-socket", "{path}.none", "http://lab.test/")),
                Arguments.of("abstract-echo", "@{name}", "echo",
                        List.of("-sS", "--abstract-unix-socket", "{name}", "http://lab.test/p")),
                Arguments.of("abstract-missing", "@{name}", "echo",
                        List.of("-sSv", "--abstract-unix-socket", "{name}-none", "http://lab.test/")),
                Arguments.of("abstract-stall-m1", "@{name}", "stall",
                        List.of("-sS", "-m", "1", "--abstract-unix-socket", "{name}", "http://lab.test/")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void curlAndJcurlAlike(String id, String address, String mode, List<String> args) throws Exception {
        Path script = dir.resolve("unix-http.py");
        try (var in = getClass().getResourceAsStream("/unix-http.py")) {
            Files.copy(in, script);
        }
        String path = dir.resolve("http.sock").toString();
        String name = "jtwins-lab-" + ProcessHandle.current().pid() + "-" + id;
        Process server = new ProcessBuilder("python3", script.toString(),
                address.replace("{path}", path).replace("{name}", name), mode).redirectErrorStream(true).start();
        try {
            BufferedReader ready = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("ready", ready.readLine(), "the python3 server started");
            List<String> expanded = new ArrayList<>();
            for (String a : args) {
                expanded.add(a.replace("{path}", path).replace("{name}", name));
            }
            RunResult original = ProcessRun.run(concat(SideBySide.original("curl").toString(), expanded), StdinSpec.EMPTY, 9000);
            RunResult twin = ProcessRun.run(concat(SideBySide.twin("curl").toString(), expanded), StdinSpec.EMPTY, 9000);
            String both = "\ncurl:  " + original.exitText() + " " + original.elapsedMillis() + " ms " + original.stderr()
                    + "\njcurl: " + twin.exitText() + " " + twin.elapsedMillis() + " ms " + twin.stderr();
            assertEquals(original.exitText(), twin.exitText(), "exit" + both);
            assertEquals(original.stdoutText(), twin.stdoutText(), "stdout" + both);
            assertEquals(Normaliser.stderr(original.stderr(), "curl"), Normaliser.stderr(twin.stderr(), "curl"), "stderr" + both);
            // jnr's first use is start-up, not a timer (measured: +150-200 ms, jcurl 320 ms against curl's
            // 14 ms on an answering abstract socket); rows that a timer ends keep the 300 ms of every row
            long tolerance = Comparison.tolerance(original.elapsedMillis(),
                    address.startsWith("@") && !mode.equals("stall") ? JNR_START_TOLERANCE_MILLIS
                            : SideBySide.DEFAULT_TOLERANCE_MILLIS);
            assertTrue(Math.abs(original.elapsedMillis() - twin.elapsedMillis()) <= tolerance, "gave up" + both);
        } finally {
            server.destroyForcibly();
            server.waitFor();
        }
    }

    private static List<String> concat(String program, List<String> args) {
        List<String> all = new ArrayList<>(List.of(program));
        all.addAll(args);
        return all;
    }
}
