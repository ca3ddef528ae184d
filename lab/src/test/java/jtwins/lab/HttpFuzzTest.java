package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * wget and jwget, curl and jcurl, against the same hostile HTTP responses (HttpMutations, seeds 1..N;
 * -Djtwins.fuzz.count=N, bench/fuzz for a long count). The twin must never print a Java stack trace,
 * never wait past the original by more than a second, and leave the original's exit code and files.
 */
class HttpFuzzTest {
    private static final int COUNT = Integer.getInteger("jtwins.fuzz.count", 40);

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, COUNT).boxed();
    }

    @Test
    void originalsAreInstalled() {
        assertNotNull(SideBySide.original("wget"), "apt-get install wget");
        assertNotNull(SideBySide.original("curl"), "apt-get install curl");
    }

    @ParameterizedTest(name = "wget {0}")
    @MethodSource("seeds")
    void wget(long seed) throws Exception {
        check("wget", seed, List.of("-t", "1", "-T", "2", "-O", "out"));
    }

    @ParameterizedTest(name = "curl {0}")
    @MethodSource("seeds")
    void curl(long seed) throws Exception {
        check("curl", seed, List.of("-sS", "-m", "4", "-L", "--compressed", "-o", "out"));
    }

    private static void check(String tool, long seed, List<String> options) throws Exception {
        HttpMutations.Case c = HttpMutations.of(seed);
        try (TcpFaultServer server = TcpFaultServer.start(TcpFaultServer.replyThenClose(c.response()))) {
            String url = "http://127.0.0.1:" + server.port() + "/f";
            RunResult original = ProcessRun.run(command(SideBySide.original(tool).toString(), options, url), StdinSpec.EMPTY, 20_000);
            RunResult twin = ProcessRun.run(command(SideBySide.twin(tool).toString(), options, url), StdinSpec.EMPTY, 20_000);
            String report = c + "\n  original: " + describe(original) + "\n  twin:     " + describe(twin);
            assertFalse(twin.stderr().contains("\tat ") || twin.stderr().contains("Exception"), "a Java stack trace: " + report);
            assertFalse(twin.hung(), "the twin hung: " + report);
            assertTrue(twin.elapsedMillis() <= original.elapsedMillis() + 1000, "the twin waited longer: " + report);
            boolean same = Objects.equals(original.exit(), twin.exit()) && original.filesLeft().equals(twin.filesLeft());
            String known = FuzzKnownDifferences.reason(tool, seed);
            if (known != null) {
                assertFalse(same, tool + " seed " + seed + " is listed as a known difference (" + known
                        + ") but now matches: take it off the list\n" + report);
            } else {
                assertTrue(same, report);
            }
        }
    }

    private static List<String> command(String program, List<String> options, String url) {
        List<String> cmd = new ArrayList<>();
        cmd.add(program);
        cmd.addAll(options);
        cmd.add(url);
        return cmd;
    }

    private static String describe(RunResult r) {
        return "exit " + r.exitText() + ", " + r.elapsedMillis() + " ms, files " + r.filesLeft() + ", stderr "
                + r.stderr().strip().replace("\n", "\n            ");
    }
}
