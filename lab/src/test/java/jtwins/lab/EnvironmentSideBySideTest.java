package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each original and its twin under the same environment variables and option files (EnvironmentScenarios). */
class EnvironmentSideBySideTest {
    /** Rows against the real daemon and server complete their work: start-up shows, as in their own suites. */
    private static final long COMPLETED_WORK_TOLERANCE_MILLIS = 600;

    static Stream<Scenario> scenarios() {
        return EnvironmentScenarios.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void twinMatchesOriginal(Scenario scenario) throws Exception {
        boolean completes = scenario.fault() == Fault.RSYNCD || scenario.fault() == Fault.MARIADB;
        Comparison c = SideBySide.run(scenario, completes ? COMPLETED_WORK_TOLERANCE_MILLIS : SideBySide.DEFAULT_TOLERANCE_MILLIS);
        assertTrue(c.originalInstalled(), scenario.tool() + " is not installed");
        assertTrue(c.matches(), c.report());
    }
}
