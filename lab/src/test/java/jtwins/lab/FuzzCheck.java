package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * One fuzz case, original and twin against the same hostile server: the twin must print no Java
 * stack trace, wait no more than a second past the original, and leave the original's exit code
 * and files, unless FuzzKnownDifferences lists the case (which must then still differ).
 */
final class FuzzCheck {
    private FuzzCheck() {
    }

    /** arguments: the command line after the program's name, for the server's port. */
    static void compare(String tool, long seed, String what, TcpFaultServer.Behaviour server,
            IntFunction<List<String>> arguments) throws Exception {
        compare(tool, tool, seed, what, server, arguments);
    }

    /** As above, with the name the suite is known by in FuzzKnownDifferences (one tool, several suites). */
    static void compare(String suite, String tool, long seed, String what, TcpFaultServer.Behaviour server,
            IntFunction<List<String>> arguments) throws Exception {
        try (TcpFaultServer s = TcpFaultServer.start(server)) {
            List<String> args = arguments.apply(s.port());
            RunResult original = ProcessRun.run(command(SideBySide.original(tool).toString(), args), StdinSpec.EMPTY, 20_000);
            RunResult twin = ProcessRun.run(command(SideBySide.twin(tool).toString(), args), StdinSpec.EMPTY, 20_000);
            String report = tool + " " + what + "\n  original: " + describe(original) + "\n  twin:     " + describe(twin);
            assertFalse(twin.stderr().contains("\tat ") || twin.stderr().contains("Exception"), "a Java stack trace: " + report);
            assertFalse(twin.hung(), "the twin hung: " + report);
            boolean timely = twin.elapsedMillis() <= original.elapsedMillis() + 1000;
            boolean same = Objects.equals(original.exit(), twin.exit()) && original.filesLeft().equals(twin.filesLeft());
            String known = FuzzKnownDifferences.reason(suite, seed);
            if (known != null) {
                assertFalse(same && timely, tool + " seed " + seed + " is listed as a known difference (" + known
                        + ") but now matches: take it off the list\n" + report);
            } else {
                assertTrue(timely, "the twin waited longer: " + report);
                assertTrue(same, report);
            }
        }
    }

    private static List<String> command(String program, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(program);
        cmd.addAll(args);
        return cmd;
    }

    private static String describe(RunResult r) {
        return "exit " + r.exitText() + ", " + r.elapsedMillis() + " ms, files " + r.filesLeft() + ", stderr "
                + r.stderr().strip().replace("\n", "\n            ");
    }
}
