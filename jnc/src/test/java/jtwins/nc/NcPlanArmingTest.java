package jtwins.nc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import jtwins.common.Budget;
import jtwins.common.KernelSynRetries;
import jtwins.common.Phase;
import jtwins.common.TimeoutPlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What jnc arms is what explain prints: for each command line, the connect's select(), the idle
 * poll(), -q's alarm and the UDP probe, as NcClient and ReadWriteLoop take them from the plan,
 * beside the plan's rows and nc.1's figures.
 */
class NcPlanArmingTest {
    /** Milliseconds, -1 for no timer; probe seconds, -1 for none. */
    record Row(String line, long connectMs, long idleMs, long quitMs, long probeSeconds) {
        @Override
        public String toString() {
            return line;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("127.0.0.1 9", -1, -1, -1, -1),
                new Row("-w 2 127.0.0.1 9", 2000, 2000, -1, -1),
                new Row("-w 200 127.0.0.1 9", 200_000, 200_000, -1, -1),
                new Row("-w 0 127.0.0.1 9", -1, 0, -1, -1),
                new Row("-q 3 127.0.0.1 9", -1, -1, 3000, -1),
                new Row("-N -q 0 -w 1 127.0.0.1 9", 1000, 1000, 0, -1),
                new Row("-l 127.0.0.1 7000", -1, -1, -1, -1),
                new Row("-uv 127.0.0.1 9", -1, -1, -1, 3),
                new Row("-uv -w 5 127.0.0.1 9", -1, 5000, -1, 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theTimersArmedAreThePlans(Row row) {
        String[] args = row.line().split(" ");
        NcMain.Parsed parsed = NcMain.parse("nc", args);
        TimeoutPlan plan = NcMain.plan(args);
        assertEquals(budget(row.connectMs()), NcClient.connectTimer(plan), "connect_with_timeout()'s select()");
        if (!row.line().contains("-l") && !row.line().contains("-u")) {
            long kernel = KernelSynRetries.giveUpAfter(KernelSynRetries.current()).toMillis();
            assertEquals(row.connectMs() <= 0 ? Budget.ofMillis(kernel) : NcClient.connectTimer(plan),
                    plan.budget(Phase.CONNECT), "the connect row: -w, or the kernel's give-up without it");
        }
        ReadWriteLoop loop = new ReadWriteLoop(parsed.settings(), parsed.options(), plan, null);
        assertEquals(budget(row.idleMs()), loop.idleTimer(), "readwrite()'s poll() timeout");
        assertEquals(budget(row.quitMs()), loop.quitTimer(), "-q's alarm");
        assertEquals(row.probeSeconds(), plan.row(Phase.UDP_PROBE) == null ? -1 : NcClient.udpProbeSeconds(plan),
                "udptest()'s writes, one a second");
    }

    private static Budget budget(long ms) {
        return ms < 0 ? Budget.UNLIMITED : Budget.ofMillis(ms);
    }
}
