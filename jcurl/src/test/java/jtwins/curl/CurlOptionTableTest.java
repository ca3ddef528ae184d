package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The option table against the installed curl's own list, its help text and --version against curl's. */
class CurlOptionTableTest {
    private static String curl(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("curl"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    @Test
    void everyNameCurlListsIsInTheTableWithItsLetterAndArgument() throws Exception {
        String help = curl("--help", "all");
        TreeSet<String> listed = new TreeSet<>();
        for (String line : help.split("\n")) {
            int dashes = line.indexOf("--");
            if (!line.startsWith(" ") || dashes < 0) {
                continue;
            }
            String rest = line.substring(dashes + 2);
            String name = rest.substring(0, rest.indexOf(' ') < 0 ? rest.length() : rest.indexOf(' '));
            listed.add(name);
            CurlOptionTable.Row row = CurlOptionTable.byName(name);
            if (row == null && name.startsWith("no-")) {
                // a boolean on by default: the help shows its --no- form, aliases[] holds the name
                row = CurlOptionTable.byName(name.substring(3));
                assertNotNull(row, "curl lists --" + name);
                assertEquals(CurlOptionTable.Kind.BOOL, row.kind(), "--" + name + " is a boolean's negation");
            }
            assertNotNull(row, "curl lists --" + name);
            char letter = line.trim().startsWith("-") && !line.trim().startsWith("--") ? line.trim().charAt(1) : '\0';
            assertEquals(letter, row.letter(), "letter of --" + name);
            boolean takesValue = rest.length() > name.length() + 1
                    && (rest.charAt(name.length() + 1) == '<' || rest.charAt(name.length() + 1) == '[');
            assertEquals(takesValue, row.takesValue() || name.equals("help"), "value of --" + name);
        }
        assertTrue(listed.size() >= 240, "curl lists " + listed.size() + " options");
        assertEquals(listed.size() + 6, CurlOptionTable.all().length, "the table is curl's list plus its 6 hidden names");
        for (CurlOptionTable.Row row : CurlOptionTable.all()) {
            if (listed.contains(row.name()) || listed.contains("no-" + row.name())) {
                continue;
            }
            // a hidden name is one the installed curl takes all the same
            String said = row.takesValue() ? curl("--" + row.name(), "x", "--version") : curl("--" + row.name(), "--version");
            assertTrue(said.contains("curl 7.88.1 (") && !said.contains("is unknown"), "--" + row.name() + ": " + said);
        }
    }

    @Test
    void helpTextIsCurls() throws Exception {
        assertEquals(curl("--help"), HelpText.of(null));
        assertEquals(curl("--help", "all"), HelpText.of("all"));
        assertEquals(curl("--help", "connection"), HelpText.of("connection"));
    }

    @Test
    void versionClaimsOnlyWhatCurlsBuildHasAndNamesItsHttp2EngineAsCurlsTestsReadIt() throws Exception {
        String[] curls = curl("--version").split("\n");
        String[] twins = HelpText.version().split("\n");
        assertEquals(curls[0].substring(0, curls[0].indexOf(" libcurl/")), twins[0].substring(0, twins[0].indexOf(" libcurl/")));
        for (int line = 2; line <= 3; line++) {
            List<String> claimed = List.of(curls[line].split(" "));
            for (String word : twins[line].split(" ")) {
                assertTrue(claimed.contains(word), word + " is on curl's line too: " + curls[line]);
            }
        }
        assertTrue(twins[3].contains(" HTTP2 ") && twins[0].matches(".* nghttp2-twin/1\\.52\\.0( .*)?"), twins[0]);
        assertTrue(curls[0].contains(" nghttp2/1.52.0"), "the build the twin mirrors: " + curls[0]);
    }
}
