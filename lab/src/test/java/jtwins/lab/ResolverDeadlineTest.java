package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import jtwins.common.Deadline;
import jtwins.common.resolver.AddressFamily;
import jtwins.common.resolver.GaiError;
import jtwins.common.resolver.ResolveException;
import jtwins.common.resolver.Resolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A caller's deadline on top of the resolver's schedule (wget --dns-timeout, curl's connect timeout):
 * the lookup ends at the earlier of the two, to the millisecond, and says which one ended it.
 */
class ResolverDeadlineTest {
    @TempDir
    Path dir;

    @Test
    void theEarlierOfCallerAndResolvConfEndsTheLookup() throws Exception {
        try (DnsFaultServer swallow = DnsFaultServer.start(InetAddress.getByName("127.0.97.1"), 53,
                DnsFaultServer.Mode.SWALLOW)) {
            Path conf = dir.resolve("resolv.conf");
            Files.writeString(conf, "nameserver 127.0.97.1\noptions timeout:1 attempts:2\n");
            System.setProperty("jtwins.resolv.conf", conf.toString());
            try {
                // the caller's 700 ms ends it, inside the first 1 s try
                long start = System.nanoTime();
                ResolveException byCaller = assertThrows(ResolveException.class, () -> Resolver.system()
                        .lookup("lost.lab.test", AddressFamily.UNSPEC, false, Deadline.afterMillis(700)));
                long elapsed = (System.nanoTime() - start) / 1_000_000;
                assertEquals(GaiError.EAI_AGAIN, byCaller.error());
                assertTrue(byCaller.endedByCallerDeadline());
                assertTrue(elapsed >= 700 && elapsed < 800, "ended after " + elapsed + " ms");

                // resolv.conf's 2 x 1 s ends it before the caller's 5 s
                start = System.nanoTime();
                ResolveException bySchedule = assertThrows(ResolveException.class, () -> Resolver.system()
                        .lookup("lost.lab.test", AddressFamily.UNSPEC, false, Deadline.afterMillis(5000)));
                elapsed = (System.nanoTime() - start) / 1_000_000;
                assertEquals(GaiError.EAI_AGAIN, bySchedule.error());
                assertFalse(bySchedule.endedByCallerDeadline());
                assertTrue(elapsed >= 2000 && elapsed < 2100, "ended after " + elapsed + " ms");
            } finally {
                System.clearProperty("jtwins.resolv.conf");
            }
        }
    }
}
