package jtwins.wget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jtwins.common.options.GetoptLong;
import org.junit.jupiter.api.Test;

/** getopt_long over wget's table: prefixes, "no-" booleans, clusters, permutation, glibc's words. */
class WgetOptionTableTest {
    private static GetoptLong.Parsed parse(String... args) {
        return WgetOptionTable.getopt().parse("wget", args);
    }

    private static String name(GetoptLong.Item item) {
        WgetOptionTable.Row row = WgetOptionTable.ROWS.get(item.id() / 2);
        return (item.id() % 2 == 1 ? "no-" : "") + row.longName();
    }

    @Test
    void everyRowHasACommandOrIsSpecial() {
        for (WgetOptionTable.Row row : WgetOptionTable.ROWS) {
            if (row.kind() == WgetOptionTable.Kind.VALUE || row.kind() == WgetOptionTable.Kind.BOOLEAN) {
                assertNotNull(WgetCommands.canonical(row.command()), row.longName());
            }
        }
    }

    private static String wget(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wget"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @Test
    void theInstalledWgetKnowsEveryRowAndListsNoOtherName() throws Exception {
        List<String> unknown = new ArrayList<>();
        for (WgetOptionTable.Row row : WgetOptionTable.ROWS) {
            if (row.kind() == WgetOptionTable.Kind.FUNCALL) {
                continue;
            }
            // with the exact name no prefix can be ambiguous; --version ends the run before any URL
            if (wget("--" + row.longName() + "=1", "--version").contains("unrecognized option")) {
                unknown.add(row.longName());
            }
        }
        assertEquals(List.of(), unknown, "names the installed wget does not know");
        Matcher m = Pattern.compile("--([a-z][a-z0-9-]+)").matcher(wget("--help"));
        List<String> missing = new ArrayList<>();
        while (m.find()) {
            String name = m.group(1);
            String plain = name.startsWith("no-") ? name.substring(3) : name;
            boolean known = WgetOptionTable.ROWS.stream().anyMatch(r -> r.longName().equals(name) || r.longName().equals(plain));
            if (!known) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, "names wget --help lists that the table lacks");
    }

    @Test
    void theHelpTextIsWgetsOwn() throws Exception {
        try (InputStream in = WgetMain.class.getResourceAsStream("help.txt")) {
            String ours = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("%s", "wget");
            assertEquals(wget("--help"), ours);
        }
    }

    @Test
    void prefixesAndValues() {
        GetoptLong.Parsed p = parse("--tri=1", "URL", "-T5", "--no-verb", "-nv", "--read-timeout", "3");
        assertEquals(List.of("tries", "timeout", "no-verbose", "no", "read-timeout"),
                p.items().stream().map(WgetOptionTableTest::name).toList());
        assertEquals("1", p.items().get(0).value());
        assertEquals("5", p.items().get(1).value());
        assertEquals("v", p.items().get(3).value());
        assertEquals("3", p.items().get(4).value());
        assertEquals(List.of("URL"), p.operands());
    }

    @Test
    void errorsInGlibcWords() {
        assertEquals("wget: unrecognized option '--read-timout=3'", parse("--read-timout=3").items().get(0).error());
        assertEquals("wget: option '--no-quiet' doesn't allow an argument", parse("--no-quiet=1").items().get(0).error());
        assertEquals("wget: invalid option -- 'Z'", parse("-Z").items().get(0).error());
        assertEquals("wget: option requires an argument -- 'O'", parse("-O").items().get(0).error());
        String ambiguous = parse("--re").items().get(0).error();
        assertTrue(ambiguous.startsWith("wget: option '--re' is ambiguous; possibilities: '--rejected-log' '--read-timeout'"),
                ambiguous);
    }
}
