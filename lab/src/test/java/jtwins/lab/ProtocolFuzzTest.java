package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * rsync and jrsyncd-check against hostile daemon greetings, module lists and listings' file-list
 * frames, mysqladmin and
 * jmysqlping against hostile handshakes and OKs (ProtocolMutations, the seeds of HttpFuzzTest),
 * held to FuzzCheck's rules.
 */
class ProtocolFuzzTest {
    static Stream<Long> seeds() {
        return HttpFuzzTest.seeds();
    }

    @Test
    void originalsAreInstalled() {
        assertNotNull(SideBySide.original("rsync"), "apt-get install rsync");
        assertNotNull(SideBySide.original("mysqladmin"), "apt-get install mariadb-client");
    }

    @ParameterizedTest(name = "rsync {0}")
    @MethodSource("seeds")
    void rsync(long seed) throws Exception {
        ProtocolMutations.Case c = ProtocolMutations.rsync(seed);
        // the client's greeting and its "#list" line come between the daemon's greeting and the list
        FuzzCheck.compare("rsync", seed, c.toString(), ScriptedReplies.play(c.replies(), ScriptedReplies.lines(2)),
                port -> List.of("--contimeout=2", "--timeout=3", "rsync://127.0.0.1:" + port + "/"));
    }

    @ParameterizedTest(name = "rsync listing {0}")
    @MethodSource("seeds")
    void rsyncListing(long seed) throws Exception {
        ProtocolMutations.Case c = ProtocolMutations.rsyncListing(seed);
        // the client's greeting and module line, then its arguments, come before the daemon's next turns
        FuzzCheck.compare("rsync-listing", "rsync", seed, c.toString(), ScriptedReplies.play(c.replies(),
                List.of(ScriptedReplies.lines(2), ScriptedReplies.rsyncArguments())),
                port -> List.of("--contimeout=2", "--timeout=3", "rsync://127.0.0.1:" + port + "/pub/"));
    }

    @ParameterizedTest(name = "mysqladmin {0}")
    @MethodSource("seeds")
    void mysqladmin(long seed) throws Exception {
        ProtocolMutations.Case c = ProtocolMutations.mysql(seed);
        FuzzCheck.compare("mysqladmin", seed, c.toString(), ScriptedReplies.play(c.replies(), ScriptedReplies.mysqlPacket()),
                port -> List.of("--no-defaults", "-h", "127.0.0.1", "-P", Integer.toString(port), "--connect-timeout=2",
                        "-u", "fuzz", "--skip-ssl", "ping"));
    }
}
