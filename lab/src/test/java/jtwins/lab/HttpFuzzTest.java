package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * wget and jwget, curl and jcurl, against the same hostile HTTP responses (HttpMutations, seeds 1..N;
 * -Djtwins.fuzz.count=N for a long count), held to FuzzCheck's rules.
 */
class HttpFuzzTest {
    static final int COUNT = Integer.getInteger("jtwins.fuzz.count", 40);

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
        FuzzCheck.compare(tool, seed, c.toString(), TcpFaultServer.replyThenClose(c.response()), port -> {
            List<String> args = new ArrayList<>(options);
            args.add("http://127.0.0.1:" + port + "/f");
            return args;
        });
    }
}
