package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * explain predicts every matrix row (the side-by-side tests then hold both runs to it, within 300 ms:
 * Comparison.predictionHolds), and the mechanism reader names what strace recorded for the originals.
 */
class ExplainPredictionTest {
    static Stream<Scenario> matrixRows() {
        return ScenarioCatalogue.matrix().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrixRows")
    void everyMatrixRowHasAPrediction(Scenario row) {
        assertNotNull(Prediction.millis(row, 7901), row.id() + " has no prediction");
    }

    @Test
    void predictionsForTheSeedArticlesRows() {
        // the lab namespace: tcp_syn_retries=1 (3 s), resolv.conf timeout:1 attempts:1 (1 s)
        assertEquals(3000, predicted("nc-blackhole-kernel"));
        assertEquals(2000, predicted("nc-blackhole-w2"));
        assertEquals(500, predicted("curl-lostdns-ct05"));
        assertEquals(1000, predicted("wget-lostdns-dt3"));
        assertEquals(3000, predicted("wget-blackhole-T1-t2"));
        assertEquals(6000, predicted("rsync-stall-t4"));
        assertEquals(2000, predicted("rsync-blackhole-ct2"));
        assertEquals(0, predicted("mysql-refused"));
    }

    private static long predicted(String id) {
        Scenario row = ScenarioCatalogue.matrix().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        return Prediction.millis(row, 7901);
    }

    @Test
    void mechanismsAsStraceRecordedThem() {
        // lines from ../shared/reference/strace-mechanisms.md
        assertEquals("alarm() interrupts connect()", StraceMechanism.classify(List.of(
                "alarm(2)                = 0",
                "connect(3, {sa_family=AF_INET, sin_port=htons(9001)}, 16) = ? ERESTARTSYS (To be restarted if SA_RESTART is set)")));
        assertEquals("select() times out", StraceMechanism.classify(List.of(
                "connect(3, {sa_family=AF_INET, sin_port=htons(9003)}, 16) = 0",
                "pselect6(4, [3], NULL, [3], {tv_sec=1, tv_nsec=0}, NULL) = 0 (Timeout)")));
        assertEquals("poll() times out", StraceMechanism.classify(List.of(
                "1234  poll([{fd=3, events=POLLOUT}], 1, 2000) = 0 (Timeout)")));
        assertEquals("the kernel's SYN retries fail connect()", StraceMechanism.classify(List.of(
                "connect(3, {sa_family=AF_INET}, 16) = -1 ETIMEDOUT (Connection timed out)")));
        assertEquals("the kernel's SYN retries fail connect()", StraceMechanism.classify(List.of(
                "poll([{fd=3, events=POLLOUT}], 1, 100)  = 0 (Timeout)",
                "getsockopt(3, SOL_SOCKET, SO_ERROR, [ETIMEDOUT], [4]) = 0")));
        assertEquals("connect() refused", StraceMechanism.classify(List.of(
                "connect(3, {sa_family=AF_INET}, 16) = -1 ECONNREFUSED (Connection refused)")));
    }
}
