package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/** The lab's servers do what they say, measured from a real client. */
class FaultServerTest {
    @Test
    void blackHoleDropsSyns() throws Exception {
        try (Socket s = new Socket()) {
            long start = System.nanoTime();
            assertThrows(SocketTimeoutException.class,
                    () -> s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Fault.BLACK_HOLE_FIRST + 99), 500));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertTrue(ms >= 450 && ms < 1500, "gave up after " + ms + " ms");
        }
    }

    @Test
    void silentServerSendsNothingAndHelloSendsHello() throws Exception {
        try (TcpFaultServer silent = TcpFaultServer.start(TcpFaultServer.silent());
             TcpFaultServer hello = TcpFaultServer.start(TcpFaultServer.sendThenClose("hi\n".getBytes(StandardCharsets.UTF_8)));
             Socket a = new Socket(InetAddress.getLoopbackAddress(), silent.port());
             Socket b = new Socket(InetAddress.getLoopbackAddress(), hello.port())) {
            a.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, () -> a.getInputStream().read());
            assertEquals("hi\n", new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void resetServerResets() throws Exception {
        try (TcpFaultServer reset = TcpFaultServer.start(TcpFaultServer.acceptThenReset(50));
             Socket s = new Socket(InetAddress.getLoopbackAddress(), reset.port())) {
            Thread.sleep(150);
            assertThrows(IOException.class, () -> s.getInputStream().read());
        }
    }

    @Test
    void dnsServerAnswersFromItsTableAndLogsEachQuery() throws Exception {
        InetAddress lo = InetAddress.getByName("127.0.0.53");
        try (DnsFaultServer dns = DnsFaultServer.table(lo, 5353,
                Map.of("lab.example", List.of(InetAddress.getByName("127.0.0.7"))), 0)) {
            SimpleResolver resolver = new SimpleResolver(lo);
            resolver.setPort(5353);
            Lookup lookup = new Lookup("lab.example.", Type.A);
            lookup.setResolver(resolver);
            lookup.setCache(null);
            lookup.run();
            assertEquals(Lookup.SUCCESSFUL, lookup.getResult());
            Lookup missing = new Lookup("nothing.example.", Type.A);
            missing.setResolver(resolver);
            missing.setCache(null);
            missing.run();
            assertEquals(Lookup.HOST_NOT_FOUND, missing.getResult());
            assertEquals(List.of("lab.example", "nothing.example"), dns.log().stream().map(DnsFaultServer.Query::name).toList());
        }
    }
}
