package jtwins.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** my_getopt's rules as measured on mysqladmin 10.11 (MysqlSideBySideTest holds the messages to it). */
class MyGetoptTest {
    private final List<String> seen = new ArrayList<>();

    private MyGetopt parse(List<String> rest, String... args) {
        MyGetopt getopt = new MyGetopt("mysqladmin");
        List<MyGetopt.Arg> list = new ArrayList<>();
        for (String a : args) {
            list.add(new MyGetopt.Arg(a, ""));
        }
        rest.addAll(getopt.parse(list, (row, value, disabled, origin) -> seen.add(row.name() + "=" + value)));
        return getopt;
    }

    @Test
    void longOptionsByUniquePrefixWithDashesOrUnderscores() {
        List<String> rest = new ArrayList<>();
        MyGetopt g = parse(rest, "--conn=2", "--connect_timeout", "3", "--ssl-verify-server-cert", "ping");
        assertEquals(0, g.error());
        assertEquals(List.of("connect_timeout=2", "connect_timeout=3", "ssl-verify-server-cert=null"), seen);
        assertEquals(List.of("ping"), rest);
    }

    @Test
    void theLastBadOptionsStatusWinsAndParsingGoesOn() {
        List<String> rest = new ArrayList<>();
        assertEquals(2, parse(rest, "--bogus=1", "--foo", "-h", "x", "ping").error());
        assertEquals(List.of("host=x"), seen);
        assertEquals(7, parse(new ArrayList<>(), "--foo", "--bogus=1").error());
        assertEquals(3, parse(new ArrayList<>(), "--co=1").error());
        assertEquals(4, parse(new ArrayList<>(), "--silent=1").error());
        assertEquals(5, parse(new ArrayList<>(), "--host").error());
        assertEquals(9, parse(new ArrayList<>(), "--connect-timeout=x").error());
        assertEquals(13, parse(new ArrayList<>(), "--port=-1").error());
    }

    @Test
    void shortOptionsClusterAndOptionalArgumentsMustBeAttached() {
        List<String> rest = new ArrayList<>();
        parse(rest, "-ss", "-ping", "-w", "status", "-uroot", "-P", "3307");
        assertEquals(List.of("silent=null", "silent=null", "password=ing", "wait=null", "user=root", "port=3307"), seen);
        assertEquals(List.of("status"), rest);
    }

    @Test
    void numbersTakeOneSuffixAndAreBounded() {
        parse(new ArrayList<>(), "--connect-timeout=2k", "--count=ping", "--connect-timeout=99999", "-i", "-5");
        assertEquals(List.of("connect_timeout=2048", "count=0", "connect_timeout=43200", "sleep=0"), seen);
    }

    @Test
    void skipAndLooseAndTheEndOfOptions() {
        List<String> rest = new ArrayList<>();
        assertEquals(0, parse(rest, "--skip-ssl", "--loose-nothing=1", "--", "-h").error());
        assertEquals(List.of("ssl=0"), seen);
        assertEquals(List.of("-h"), rest);
    }
}
