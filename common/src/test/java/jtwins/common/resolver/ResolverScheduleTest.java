package jtwins.common.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolverScheduleTest {
    @TempDir
    Path dir;

    private ResolvConf conf(String text) throws Exception {
        Path file = dir.resolve("resolv.conf");
        Files.writeString(file, text);
        return ResolvConf.read(file, null, null);
    }

    @Test
    void sourceNotesFigures() throws Exception {
        // res_send.c with timeout:5: 1 server 5 s; 2 servers 5, 5; 3 servers 5, 3, 6; x attempts:2
        assertEquals(10, ResolverSchedule.of(conf("nameserver 127.0.0.1\n"), "a.test").worstCaseSeconds());
        assertEquals(20, ResolverSchedule.of(conf("nameserver 127.0.0.1\nnameserver 127.0.0.2\n"), "a.test")
                .worstCaseSeconds());
        ResolverSchedule three = ResolverSchedule.of(
                conf("nameserver 127.0.0.1\nnameserver 127.0.0.2\nnameserver 127.0.0.3\n"), "a.test");
        assertEquals(List.of(5L, 3L, 6L), three.trySeconds());
        assertEquals(28, three.worstCaseSeconds());
    }

    @Test
    void searchListMultipliesAndTriesAreAtLeastOneSecond() throws Exception {
        ResolverSchedule s = ResolverSchedule.of(
                conf("nameserver 127.0.0.1\nnameserver 127.0.0.2\nsearch a.test b.test\noptions timeout:1 attempts:1\n"),
                "host");
        assertEquals(List.of("host.a.test.", "host.b.test.", "host."), s.names());
        // (1 << 1) / 2 = 1 for the second server
        assertEquals(List.of(1L, 1L), s.trySeconds());
        assertEquals(6, s.worstCaseSeconds());
        assertEquals("3 names x 1 attempt x (1 s + 1 s) = 6 s", s.formula());
    }
}
