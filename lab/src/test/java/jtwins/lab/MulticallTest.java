package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The twins by their originals' names: `jtwins wget ...` answers as `wget ...` called by that bare
 * name does, and bin/aliases/wget as /usr/bin/wget does (each path read as PROG), byte for byte,
 * on a command line each original refuses with its name in the message.
 */
class MulticallTest {
    static Stream<List<String>> commandLines() {
        return Stream.of(List.of("wget", "--no-such-option"), List.of("curl", "--no-such-option"),
                List.of("nc", "-Z"), List.of("mysqladmin", "--no-defaults", "--no-such-option"),
                List.of("rsync", "--no-such-option"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandLines")
    void jtwinsNameAnswersAsTheOriginalByItsName(List<String> line) throws Exception {
        assertNotNull(SideBySide.original(line.get(0)), line.get(0) + " is not installed");
        RunResult original = ProcessRun.run(line, StdinSpec.EMPTY, 8000);
        List<String> multicall = new ArrayList<>(List.of(LabHome.launcher("jtwins").toString()));
        multicall.addAll(line);
        RunResult twin = ProcessRun.run(multicall, StdinSpec.EMPTY, 8000);
        assertEquals(original.exitText() + "\n" + original.stdoutText() + original.stderr(),
                twin.exitText() + "\n" + twin.stdoutText() + twin.stderr());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandLines")
    void aliasAnswersAsTheOriginalByItsPath(List<String> line) throws Exception {
        Path originalPath = SideBySide.original(line.get(0));
        Path alias = LabHome.get().resolve("bin/aliases").resolve(line.get(0));
        assertNotNull(originalPath, line.get(0) + " is not installed");
        assertEquals(SideBySide.twin(line.get(0)).toRealPath(), alias.toRealPath(), "bin/aliases/" + line.get(0));
        RunResult original = ProcessRun.run(with(originalPath, line), StdinSpec.EMPTY, 8000);
        RunResult twin = ProcessRun.run(with(alias, line), StdinSpec.EMPTY, 8000);
        assertEquals(original.exitText() + "\n" + (original.stdoutText() + original.stderr()).replace(originalPath.toString(), "PROG"),
                twin.exitText() + "\n" + (twin.stdoutText() + twin.stderr()).replace(alias.toString(), "PROG"));
        assertEquals(true, Files.isSymbolicLink(alias));
    }

    private static List<String> with(Path program, List<String> line) {
        List<String> c = new ArrayList<>(List.of(program.toString()));
        c.addAll(line.subList(1, line.size()));
        return c;
    }
}
