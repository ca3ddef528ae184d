package jtwins.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jtwins.common.Failure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptionFilesTest {
    @TempDir
    Path dir;

    private static List<String> texts(OptionFiles.Loaded loaded) {
        return loaded.args().stream().map(MyGetopt.Arg::text).toList();
    }

    @Test
    void theGroupsMysqladminReadsQuotesCommentsAndIncludes() throws IOException {
        Path extra = dir.resolve("inc.cnf");
        Files.writeString(extra, "[client]\nuser=bob\n");
        Path cnf = dir.resolve("my.cnf");
        Files.writeString(cnf, "# comment\n[mysqld]\nport=1\n[client]\nhost = \"q h\" # c\nport=9 ; x\n"
                + "[mysqladmin]\nsilent\n!include " + extra + "\n[mysql]\nuser=nobody\n");
        OptionFiles.Loaded loaded = OptionFiles.load("mysqladmin", List.of("--defaults-file=" + cnf, "-h", "x", "ping"));
        // the file's options first, from their file; then the command line's
        assertEquals(List.of("--host=q h", "--port=9 ; x", "--silent", "--user=bob", "-h", "x", "ping"), texts(loaded));
        assertEquals(cnf.toString(), loaded.args().get(0).file());
        assertTrue(loaded.args().get(4).fromCommandLine());
    }

    @Test
    void onlyFirstAreTheDefaultsOptionsAndPrintDefaultsAfterThem() {
        OptionFiles.Loaded loaded = OptionFiles.load("mysqladmin", List.of("--no-defaults", "--print-defaults", "--defaults-file=x"));
        assertTrue(loaded.printDefaults());
        assertEquals(List.of("--defaults-file=x"), texts(loaded));
    }

    @Test
    void aMissingRequiredFileEndsTheRun() {
        Failure f = assertThrows(Failure.class, () -> OptionFiles.load("mysqladmin", List.of("--defaults-extra-file=/nonexistent.cnf")));
        assertEquals(1, f.status());
        assertEquals("Could not open required defaults file: /nonexistent.cnf\nFatal error in defaults handling."
                + " Program aborted", f.render("mysqladmin"));
    }

    /** Measured with mysqladmin 10.11.19 --print-defaults on the same file. */
    @Test
    void aCommentStartsAtAnyHashOutsideQuotesAndOnlyMatchingQuotesComeOff() throws IOException {
        Path cnf = dir.resolve("my.cnf");
        Files.writeString(cnf, "[client]\nuser=ab#cd\npassword=\"x # y\"\nhost='a'b'\nport = \"p\nsocket=a\\qb\\s\n");
        assertEquals(List.of("--user=ab", "--password=x # y", "--host=a'b", "--port=\"p", "--socket=a\\qb "),
                texts(OptionFiles.load("mysqladmin", List.of("--defaults-file=" + cnf))));
    }

    @Test
    void brokenLinesAreFatalWithTheLineNumber() throws IOException {
        Path cnf = dir.resolve("my.cnf");
        Files.writeString(cnf, "# ok\nuser=x\n");
        assertEquals("error: Found option without preceding group in config file: " + cnf + " at line: 2\n"
                + "Fatal error in defaults handling. Program aborted", render(cnf));
        Files.writeString(cnf, "[client]\n\0ignored=1\n[client\n");
        assertEquals("error: Wrong group definition in config file: " + cnf + " at line 3\n"
                + "Fatal error in defaults handling. Program aborted", render(cnf));
        Files.writeString(cnf, "[client]\n!include  \n");
        assertEquals("error: Wrong '!include' directive in config file: " + cnf + " at line 2\n"
                + "Fatal error in defaults handling. Program aborted", render(cnf));
        Files.writeString(cnf, "[client]\n!includedir " + cnf + "\n");
        assertEquals("\007mysqladmin: Can't read dir of '" + cnf + "' (Errcode: 20 \"Not a directory\")\n"
                + "Fatal error in defaults handling. Program aborted", render(cnf));
    }

    private static String render(Path cnf) {
        return assertThrows(Failure.class, () -> OptionFiles.load("mysqladmin", List.of("--defaults-file=" + cnf)))
                .render("mysqladmin");
    }
}
