package jtwins.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import jtwins.common.Budget;
import jtwins.common.KernelSynRetries;
import jtwins.common.Phase;
import jtwins.common.TimeoutPlan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What jmysqlping arms is what explain prints: for each command line, the lookup's EAI_AGAIN bound,
 * the first address's poll(), the bound on the handshake's reads and --wait's sleeps, as the twin's
 * classes take them from the plan, beside Connector/C's and mysqladmin's documented figures.
 */
class AdminPlanArmingTest {
    /** Seconds; -1 for no timer. */
    record Row(String line, long lookupSeconds, long connectSeconds, long readSeconds) {
        @Override
        public String toString() {
            return line;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("--no-defaults ping", 43200, 43200, 43200),
                new Row("--no-defaults --connect-timeout=3 ping", 3, 3, 3),
                new Row("--no-defaults --connect-timeout=999 ping", 999, 999, 999),
                new Row("--no-defaults --connect-timeout=0 ping", 30, -1, -1),
                new Row("--no-defaults --connect-timeout=2 --wait=3 ping", 2, 2, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theTimersArmedAreThePlans(Row row) {
        String[] args = row.line().split(" ");
        TimeoutPlan plan = MysqladminMain.plan(args);
        assertEquals(row.lookupSeconds(), ServerConnect.lookupBoundSeconds(plan), "EAI_AGAIN retried this long");
        assertEquals(budget(row.connectSeconds()), ServerConnect.firstConnect(plan), "the first address's poll()");
        long kernel = KernelSynRetries.giveUpAfter(KernelSynRetries.current()).toSeconds();
        assertEquals(row.connectSeconds() < 0 ? Budget.ofSeconds(kernel) : ServerConnect.firstConnect(plan),
                plan.budget(Phase.CONNECT), "the connect row: the poll()'s bound, or the kernel's when it has none");
        assertEquals(budget(row.readSeconds()), SqlConnect.handshakeReadBound(plan), "each read of the handshake");
        assertEquals(List.of(5L, 5L, 5L), List.of(SqlConnect.waitNanos(plan, 1) / 1_000_000_000L,
                SqlConnect.waitNanos(plan, 2) / 1_000_000_000L, SqlConnect.waitNanos(plan, 3) / 1_000_000_000L),
                "sleep(5) between --wait's tries");
    }

    private static Budget budget(long seconds) {
        return seconds < 0 ? Budget.UNLIMITED : Budget.ofSeconds(seconds);
    }
}
