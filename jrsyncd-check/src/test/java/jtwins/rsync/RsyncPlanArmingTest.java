package jtwins.rsync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import jtwins.common.Budget;
import jtwins.common.KernelSynRetries;
import jtwins.common.Phase;
import jtwins.common.TimeoutPlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What jrsyncd-check arms is what explain prints: for each command line, --contimeout's alarm and
 * the length of every wait on the socket, as DaemonConnect and DaemonSocket take them from the plan,
 * beside the plan's rows and rsync's figures (select_timeout: (t+1)/2 s, at most 60).
 */
class RsyncPlanArmingTest {
    /** Seconds; -1 for no alarm. */
    record Row(String line, long alarmSeconds, long waitSeconds) {
        @Override
        public String toString() {
            return line;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("rsync://127.0.0.1/", -1, 60),
                new Row("--contimeout=3 rsync://127.0.0.1/", 3, 60),
                new Row("--contimeout=999 --timeout=5 rsync://127.0.0.1/", 999, 3),
                new Row("--timeout=1 rsync://127.0.0.1/", -1, 1),
                new Row("--timeout=600 rsync://127.0.0.1/", -1, 60));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theTimersArmedAreThePlans(Row row) {
        String[] args = row.line().split(" ");
        TimeoutPlan plan = RsyncMain.plan(args);
        assertEquals(row.alarmSeconds() < 0 ? Budget.UNLIMITED : Budget.ofSeconds(row.alarmSeconds()),
                DaemonConnect.alarm(plan), "alarm(contimeout) around each connect()");
        long kernel = KernelSynRetries.giveUpAfter(KernelSynRetries.current()).toSeconds();
        assertEquals(row.alarmSeconds() < 0 ? Budget.ofSeconds(kernel) : DaemonConnect.alarm(plan),
                plan.budget(Phase.CONNECT), "the connect row: the alarm, or the kernel's give-up without one");
        assertEquals(row.waitSeconds() * 1_000_000_000L, DaemonSocket.selectWaitNanos(plan), "each wait on the socket");
    }
}
