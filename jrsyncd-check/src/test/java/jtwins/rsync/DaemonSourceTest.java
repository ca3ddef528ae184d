package jtwins.rsync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DaemonSourceTest {
    @Test
    void rsyncUrlsCarryUserHostPortAndPath() {
        assertEquals(new DaemonSource("alice", "h.example", 8873, "pub/sub/"),
                DaemonSource.parse("rsync://alice@h.example:8873/pub/sub/", 873));
        assertEquals(new DaemonSource(null, "h", 873, ""), DaemonSource.parse("rsync://h", 873));
        assertEquals(new DaemonSource(null, "::1", 874, "m"), DaemonSource.parse("rsync://[::1]:874/m", 873));
        assertEquals(new DaemonSource(null, "h", 99, "m/"), DaemonSource.parse("rsync://h/m/", 99));
    }

    @Test
    void doubleColonUsesThePortOption() {
        assertEquals(new DaemonSource("bob", "h", 1234, "pub/"), DaemonSource.parse("bob@h::pub/", 1234));
        assertEquals("pub", DaemonSource.parse("h::pub/x/y", 873).module());
        assertEquals("", DaemonSource.parse("h::", 873).module());
    }

    @Test
    void portsWrapAsRsyncsDoAtSixteenBits() {
        assertEquals(99999 & 0xffff, DaemonSource.parse("rsync://h:99999/", 873).port());
    }

    @Test
    void localAndRemoteShellPathsAreNotDaemonSources() {
        assertNull(DaemonSource.parse("/tmp/x", 873));
        assertNull(DaemonSource.parse("host:path", 873));
        assertNull(DaemonSource.parse("./a::b", 873));
    }
}
