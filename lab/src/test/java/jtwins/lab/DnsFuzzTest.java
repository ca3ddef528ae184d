package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The resolver against a DNS server whose answers are mutated (DnsMutationServer): `getent ahosts`
 * (glibc) beside `jtwins resolve`, one seed each. The same exit status and addresses, no Java stack
 * trace, and no wait of more than a second past getent. Seeds 1-40 in the test command
 * (-Djtwins.fuzz.count=N for more).
 */
class DnsFuzzTest {
    private static final String NAME = "fuzz.lab.test";

    @TempDir
    Path dir;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, Long.getLong("jtwins.fuzz.count", 40));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void resolverAnswersAsGlibcDoes(long seed) throws Exception {
        InetAddress at = InetAddress.getByName("127.0.59." + (1 + seed % 250));
        try (DnsMutationServer server = DnsMutationServer.start(at, seed)) {
            Path resolvConf = dir.resolve("resolv.conf");
            Files.writeString(resolvConf, "nameserver " + at.getHostAddress() + "\noptions timeout:1 attempts:1\n");
            RunResult original = ProcessRun.run(ResolvConfMount.command(resolvConf, List.of("getent", "ahosts", NAME)),
                    StdinSpec.EMPTY, 20_000);
            RunResult twin = ProcessRun.run(ResolvConfMount.command(resolvConf,
                    List.of(LabHome.launcher("jtwins").toString(), "resolve", NAME)), StdinSpec.EMPTY, 20_000);
            String report = "seed " + seed + ", A " + DnsMutationServer.mutationsFor(seed, 1) + ", AAAA "
                    + DnsMutationServer.mutationsFor(seed, 28) + "\n  getent: exit " + original.exitText() + ", "
                    + original.elapsedMillis() + " ms\n" + original.stdoutText() + "  twin:   exit " + twin.exitText() + ", "
                    + twin.elapsedMillis() + " ms, stderr " + twin.stderr().strip() + "\n" + twin.stdoutText();
            assertFalse(twin.stderr().contains("\tat ") || twin.stderr().contains("Exception"), "a Java stack trace: " + report);
            String known = FuzzKnownDifferences.reason("resolve", seed);
            boolean same = original.exitText().equals(twin.exitText()) && original.stdoutText().equals(twin.stdoutText());
            boolean timely = twin.elapsedMillis() <= original.elapsedMillis() + 1000;
            if (known != null) {
                assertFalse(same && timely, "seed " + seed + " is listed as a known difference (" + known
                        + ") but now matches: take it off the list\n" + report);
            } else {
                assertTrue(timely, "the twin waited longer: " + report);
                assertEquals(original.exitText() + "\n" + original.stdoutText(), twin.exitText() + "\n" + twin.stdoutText(), report);
            }
        }
    }
}
