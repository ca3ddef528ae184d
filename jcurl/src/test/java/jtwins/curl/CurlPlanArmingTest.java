package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jtwins.common.Phase;
import jtwins.common.TimeoutPlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What jcurl arms is what explain prints: for each command line, the clocks TransferClock, the speed
 * check and the retry loop take from the plan, beside the plan's own rows and the figures curl's
 * documentation gives for that line.
 */
class CurlPlanArmingTest {
    /** connect and max-time in ms (-1: none), the speed check's period in ms (0: none), the waits in s. */
    record Row(String line, long connectMs, long maxMs, long speedMs, List<Long> waitsSeconds) {
        @Override
        public String toString() {
            return line;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("http://127.0.0.1/", 300_000, -1, 0, List.of()),
                new Row("--connect-timeout 2 http://127.0.0.1/", 2000, -1, 0, List.of()),
                new Row("--connect-timeout 0.25 http://127.0.0.1/", 250, -1, 0, List.of()),
                new Row("--connect-timeout 5 -m 2 http://127.0.0.1/", 2000, 2000, 0, List.of()),
                new Row("--connect-timeout 1 -m 4 http://127.0.0.1/", 1000, 4000, 0, List.of()),
                new Row("-m 0.5 http://127.0.0.1/", 500, 500, 0, List.of()),
                new Row("-y 3 http://127.0.0.1/", 300_000, -1, 3000, List.of()),
                new Row("-Y 100 http://127.0.0.1/", 300_000, -1, 30_000, List.of()),
                new Row("--retry 4 http://127.0.0.1/", 300_000, -1, 0, List.of(1L, 2L, 4L, 8L)),
                new Row("--retry 3 --retry-delay 5 http://127.0.0.1/", 300_000, -1, 0, List.of(5L, 5L, 5L)),
                new Row("--retry 12 -m 1 http://127.0.0.1/", 1000, 1000, 0,
                        List.of(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 600L, 600L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theClocksArmedAreThePlans(Row row) {
        TimeoutPlan plan = CurlMain.plan(row.line().split(" "));
        long anchor = System.nanoTime();
        try (TransferClock clock = new TransferClock(anchor, plan)) {
            long connectNanos = clock.connectDeadline() - anchor;
            assertEquals(row.connectMs() * 1_000_000, connectNanos, "connect clock armed");
            assertEquals(plan.budget(Phase.CONNECT).duration().toNanos(), connectNanos, "connect clock vs the plan");
            assertEquals(plan.budget(Phase.RESOLVE), plan.budget(Phase.CONNECT), "one clock over lookup and connect");
            long maxNanos = clock.maxDeadline() == TransferClock.NEVER ? -1 : clock.maxDeadline() - anchor;
            assertEquals(row.maxMs() < 0 ? -1 : row.maxMs() * 1_000_000, maxNanos, "-m armed");
            assertEquals(plan.budget(Phase.TOTAL).isUnlimited() ? -1 : plan.budget(Phase.TOTAL).duration().toNanos(),
                    maxNanos, "-m vs the plan");
        }
        assertEquals(row.speedMs(), TransferPulse.speedTimeMs(plan), "speed check armed");
        List<Long> waits = new ArrayList<>();
        for (long k = 1; k <= row.waitsSeconds().size(); k++) {
            waits.add(plan.waits().nanos(k) / 1_000_000_000L);
        }
        assertEquals(row.waitsSeconds(), waits, "the retry loop's waits");
        long total = row.waitsSeconds().stream().mapToLong(Long::longValue).sum();
        assertEquals(row.waitsSeconds().isEmpty() ? null : total + " s",
                plan.row(Phase.RETRY_WAIT) == null ? null : plan.budget(Phase.RETRY_WAIT).toString(),
                "the waits explain sums");
    }
}
