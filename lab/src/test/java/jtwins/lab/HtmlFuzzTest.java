package jtwins.lab;

import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * wget -r and jwget -r over the same hostile page (HtmlMutations, seeds 1..N; -Djtwins.fuzz.count=N
 * for a long count): the same links followed in the same order (the files left, named by -nd's .1,
 * .2 ...), the same exit code, no stack trace, held to FuzzCheck's rules.
 */
class HtmlFuzzTest {
    static final int COUNT = Integer.getInteger("jtwins.fuzz.count", 40);

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, COUNT).boxed();
    }

    @ParameterizedTest(name = "wget -r {0}")
    @MethodSource("seeds")
    void wget(long seed) throws Exception {
        HtmlMutations.Case c = HtmlMutations.of(seed);
        FuzzCheck.compare("wget-html", "wget", seed, c.toString(), HtmlMutations.site(c.page()),
                port -> List.of("-r", "-l", "1", "-nd", "-t", "1", "-T", "2", "-e", "robots=off",
                        "http://127.0.0.1:" + port + "/"));
    }
}
