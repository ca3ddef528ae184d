package jtwins.common.resolver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostsFileTest {
    @Test
    void namesAliasesCommentsAndFamilies(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hosts");
        Files.writeString(file, "# comment\n127.0.0.1 localhost\n::1 localhost ip6-localhost # v6\n"
                + "127.0.1.1\tBox.Example box\n");
        HostsFile hosts = HostsFile.read(file);
        assertEquals(List.of("127.0.0.1", "0:0:0:0:0:0:0:1"),
                hosts.lookup("localhost", AddressFamily.UNSPEC).stream().map(a -> a.getHostAddress()).toList());
        assertEquals(1, hosts.lookup("LOCALHOST", AddressFamily.INET6).size());
        // glibc answers an IPv4 query for an IPv6-only loopback name with 127.0.0.1
        assertEquals(List.of("127.0.0.1"),
                hosts.lookup("ip6-localhost", AddressFamily.INET).stream().map(a -> a.getHostAddress()).toList());
        assertEquals("127.0.1.1", hosts.lookup("box", AddressFamily.INET).get(0).getHostAddress());
        // names keep the file's case, as `getent hosts` and getaddrinfo's ai_canonname show them (measured)
        assertEquals("Box.Example", hosts.nameOf(hosts.lookup("box", AddressFamily.INET).get(0)));
        assertEquals("Box.Example", hosts.canonicalName("BOX"));
        assertNull(hosts.nameOf(NumericAddress.parse("127.9.9.9")));
        assertEquals(0, hosts.lookup("comment", AddressFamily.UNSPEC).size());
    }
}
