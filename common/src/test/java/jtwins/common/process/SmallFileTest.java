package jtwins.common.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SmallFile reads what java.nio.file.Files reads, line for line, and fails where Files fails. */
class SmallFileTest {
    @TempDir
    Path dir;

    @Test
    void linesAreFilesLines() throws IOException {
        List<String> contents = List.of("", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb", "\n\n", "a\r\r\nb", "x\0y\n", "\r");
        for (String content : contents) {
            Path file = dir.resolve("f");
            Files.write(file, content.getBytes(StandardCharsets.ISO_8859_1));
            assertEquals(Files.readAllLines(file, StandardCharsets.ISO_8859_1),
                    SmallFile.lines(file, StandardCharsets.ISO_8859_1),
                    "lines of " + content.replace("\r", "\\r").replace("\n", "\\n"));
            assertArrayEquals(Files.readAllBytes(file), SmallFile.bytes(file));
        }
    }

    @Test
    void failsWhereFilesFails() throws IOException {
        Path file = dir.resolve("bad-utf8");
        Files.write(file, new byte[] {'o', 'k', '\n', (byte) 0xff, '\n'});
        assertThrows(IOException.class, () -> Files.readAllLines(file));
        assertThrows(IOException.class, () -> SmallFile.lines(file, StandardCharsets.UTF_8));
        assertEquals(List.of("ok", "\u00ff"), SmallFile.lines(file, StandardCharsets.ISO_8859_1));
        assertThrows(IOException.class, () -> SmallFile.bytes(dir.resolve("none")));
        assertThrows(IOException.class, () -> SmallFile.bytes(dir));
    }

    /** /proc files say their length is 0: read to their end all the same. */
    @Test
    void readsProcFiles() throws IOException {
        String stat = SmallFile.text(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
        assertTrue(stat.startsWith(ProcessHandle.current().pid() + " ("), stat);
        assertEquals(Files.readString(Path.of("/proc/self/cmdline"), StandardCharsets.ISO_8859_1),
                new String(SmallFile.bytes(Path.of("/proc/self/cmdline")), StandardCharsets.ISO_8859_1));
    }
}
