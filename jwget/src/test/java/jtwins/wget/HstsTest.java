package jtwins.wget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hsts.c's database: what it reads, which URLs it turns into https://, the order it writes entries in. */
class HstsTest {
    @TempDir
    Path dir;


    @Test
    void entriesAreWrittenInWgetsHashOrder() throws Exception {
        // measured: Debian's wget rewrote a file of these 15 entries in exactly this order
        String[] hosts = {"a.lab.test", "b.lab.test", "www.example.lab", "zeta.lab", "mid.lab.test", "q.lab",
            "x.y.lab.test", "long-name-host.lab.test", "localhost", "h1.lab", "h2.lab", "h3.lab", "h4.lab", "h5.lab"};
        StringBuilder file = new StringBuilder();
        for (String h : hosts) {
            file.append(h).append("\t0\t1\t2000000000\t2000000000\n");
        }
        file.append("localhost\t7999\t0\t2000000000\t2000000000\n");
        Path known = dir.resolve("known");
        Files.writeString(known, file);
        Hsts store = Hsts.open(known.toString(), QuietLog.open());
        assertEquals("https://localhost:7999/", store.match(WgetUrl.parse("http://localhost:7999/")).url());
        store.save(known.toString());
        List<String> order = new ArrayList<>();
        for (String line : Files.readAllLines(known, StandardCharsets.ISO_8859_1)) {
            if (!line.startsWith("#")) {
                order.add(line.substring(0, line.indexOf('\t', line.indexOf('\t') + 1)));
            }
        }
        assertEquals(List.of("www.example.lab\t0", "q.lab\t0", "h2.lab\t0", "h4.lab\t0", "localhost\t0",
                "x.y.lab.test\t0", "long-name-host.lab.test\t0", "h1.lab\t0", "zeta.lab\t0", "a.lab.test\t0", "h3.lab\t0",
                "h5.lab\t0", "b.lab.test\t0", "mid.lab.test\t0", "localhost\t7999"), order);
    }

    @Test
    void subdomainsOnlyWhenIncludedAndAddressesNever() throws Exception {
        Path known = dir.resolve("known");
        Files.writeString(known, "# c\n  lab.test\t0\t1\t2000000000\t2000000000\nnosub.test\t0\t0\t2000000000\t9\n"
                + "127.0.0.1\t0\t1\t2000000000\t9\nshort 1 2\n");
        Hsts store = Hsts.open(known.toString(), QuietLog.open());
        assertEquals("https://www.lab.test/a", store.match(WgetUrl.parse("http://www.lab.test/a")).url());
        assertNull(store.match(WgetUrl.parse("http://lab.test:8080/")), "another port is another key");
        assertNull(store.match(WgetUrl.parse("http://www.nosub.test/")));
        assertEquals("https://nosub.test/", store.match(WgetUrl.parse("http://nosub.test/")).url());
        assertNull(store.match(WgetUrl.parse("http://127.0.0.1/")), "an address is never a known host");
    }

    @Test
    void aWorldWritableDatabaseIsRefused() throws Exception {
        Path known = dir.resolve("known");
        Files.writeString(known, "lab.test\t0\t1\t2000000000\t2000000000\n");
        Files.setPosixFilePermissions(known, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
        assertNull(Hsts.open(known.toString(), QuietLog.open()));
    }
}
