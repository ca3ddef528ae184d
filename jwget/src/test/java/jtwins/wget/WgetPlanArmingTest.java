package jtwins.wget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jtwins.common.Budget;
import jtwins.common.KernelSynRetries;
import jtwins.common.Phase;
import jtwins.common.TimeoutPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What jwget arms is what explain prints: for each command line, the alarms around the lookup and
 * the connect, the select() bound before reads and writes, and the sleeps between tries, as the
 * twin's own classes take them from the plan, beside the plan's rows and wget's documented figures.
 */
class WgetPlanArmingTest {
    /** Budgets in ms, -1 for no timer; the waits before try 2, 3, ... in ms. */
    record Row(String line, long dnsMs, long connectMs, long readMs, List<Long> waitsMs) {
        @Override
        public String toString() {
            return line;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("-t 1 http://127.0.0.1/", -1, -1, 900_000, List.of()),
                new Row("-T 5 -t 1 http://127.0.0.1/", 5000, 5000, 5000, List.of()),
                new Row("--connect-timeout 2 --read-timeout 3 -t 1 http://127.0.0.1/", -1, 2000, 3000, List.of()),
                new Row("--connect-timeout 999 -t 1 http://127.0.0.1/", -1, 999_000, 900_000, List.of()),
                new Row("--dns-timeout 0.5 --read-timeout 0 -t 1 http://127.0.0.1/", 500, -1, -1, List.of()),
                new Row("-t 5 http://127.0.0.1/", -1, -1, 900_000, List.of(1000L, 2000L, 3000L, 4000L)),
                new Row("-t 6 --waitretry 3 http://127.0.0.1/", -1, -1, 900_000,
                        List.of(1000L, 2000L, 3000L, 3000L, 3000L)),
                new Row("-t 4 --waitretry 2.5 http://127.0.0.1/", -1, -1, 900_000, List.of(1000L, 2500L, 2500L)),
                new Row("-t 3 --waitretry 0 -w 2 http://127.0.0.1/", -1, -1, 900_000, List.of(2000L, 2000L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theTimersArmedAreThePlans(Row row) throws IOException {
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        WgetSettings settings = WgetMain.options("wget", row.line().split(" "), err).settings;
        TimeoutPlan plan = WgetMain.plan(row.line().split(" "));
        assertEquals(budget(row.dnsMs()), HostLookup.alarm(plan), "the lookup's alarm");
        assertEquals(budget(row.connectMs()), Connector.alarm(plan), "the connect's alarm");
        long kernelMs = KernelSynRetries.giveUpAfter(KernelSynRetries.current()).toMillis();
        assertEquals(row.connectMs() < 0 ? Budget.ofMillis(kernelMs) : Connector.alarm(plan), plan.budget(Phase.CONNECT),
                "the connect row: the alarm, or the kernel's give-up when there is none");
        try (SocketChannel channel = SocketChannel.open()) {
            IdleWire wire = new IdleWire(new Connector.Connected(channel, 3), plan, new Descriptors(0),
                    WgetLog.open(null, false, false, true, false));
            assertEquals(budget(row.readMs()), wire.readIdle(), "select() before a read");
            assertEquals(budget(row.readMs()), wire.writeIdle(), "select() before a write");
            assertEquals(plan.budget(Phase.IDLE_READ), wire.readIdle(), "the read bound vs the plan");
            assertEquals(plan.budget(Phase.TLS), wire.readIdle(), "the handshake's reads are the same bound");
        }
        List<Long> waits = new ArrayList<>();
        for (int count = 2; count <= row.waitsMs().size() + 1; count++) {
            waits.add(HttpLoop.waitNanos(plan, settings, count) / 1_000_000);
        }
        assertEquals(row.waitsMs(), waits, "sleep_between_retrievals() before each retry");
        if (!row.waitsMs().isEmpty()) {
            assertEquals(Budget.ofMillis(row.waitsMs().stream().mapToLong(Long::longValue).sum()),
                    plan.budget(Phase.RETRY_WAIT), "the waits explain sums");
        }
    }

    @Test
    void theWaitBetweenPagesIsThePlans() throws IOException {
        String[] line = "-r -w 1.5 -t 1 http://127.0.0.1/".split(" ");
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        WgetSettings settings = WgetMain.options("wget", line, err).settings;
        TimeoutPlan plan = WgetMain.plan(line);
        assertEquals(Budget.ofMillis(1500), plan.budget(Phase.PAGE_WAIT));
        assertEquals(1500, HttpLoop.waitNanos(plan, settings, 1) / 1_000_000, "before each page after the first");
        String[] random = "-r -w 2 --random-wait http://127.0.0.1/".split(" ");
        TimeoutPlan randomPlan = WgetMain.plan(random);
        WgetSettings randomSettings = WgetMain.options("wget", random, err).settings;
        assertEquals(Budget.ofMillis(3000), randomPlan.budget(Phase.PAGE_WAIT), "explain shows the longest");
        for (int i = 0; i < 50; i++) {
            long ms = HttpLoop.waitNanos(randomPlan, randomSettings, 1) / 1_000_000;
            assertTrue(ms >= 1000 && ms <= 3000, ms + " ms");
        }
        assertEquals(Budget.UNLIMITED, WgetMain.plan("-r http://127.0.0.1/".split(" ")).budget(Phase.PAGE_WAIT));
        assertEquals(0, HttpLoop.waitNanos(WgetMain.plan("-r http://127.0.0.1/".split(" ")), settings, 1));
    }

    private static Budget budget(long ms) {
        return ms < 0 ? Budget.UNLIMITED : Budget.ofMillis(ms);
    }
}
