package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each original and its twin where the trouble is local: a full disk, a pipe closed after 10 bytes,
 * a signal mid-transfer, a partial file to resume, broken option files. The same exit status,
 * messages and files left (each with its size), and never a Java stack trace.
 */
class HazardSideBySideTest {
    static Stream<Scenario> scenarios() {
        return HazardScenarios.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void twinLeavesWhatTheOriginalLeaves(Scenario scenario) throws Exception {
        Comparison c = SideBySide.run(scenario);
        assertTrue(c.originalInstalled(), scenario.tool() + " is not installed");
        assertFalse(c.twin().stderr().contains("\tat java."), "a Java stack trace:\n" + c.twin().stderr());
        assertTrue(c.matches(), c.report());
    }
}
