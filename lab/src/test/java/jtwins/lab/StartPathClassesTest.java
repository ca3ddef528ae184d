package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a twin's commonest runs (a help text, a refused connect on loopback) must not load, each a
 * start-up cost measured once and kept out since: a lambda or method reference of a twin's own (its
 * call site links the JDK's method-handle machinery, 3-4 ms of a Java 17 start, and a help text links
 * none at all), printf's Formatter and the regex engine (each compiled at every start). The one lambda
 * a connect may link is the JDK's own selector provider's.
 */
class StartPathClassesTest {
    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("jnc", "jtwins.nc.NcMain", List.of("-h")),
                Arguments.of("jnc", "jtwins.nc.NcMain", List.of("127.0.0.1", "1")),
                Arguments.of("jcurl", "jtwins.curl.CurlMain", List.of("-h")),
                Arguments.of("jcurl", "jtwins.curl.CurlMain", List.of("--version")),
                Arguments.of("jcurl", "jtwins.curl.CurlMain", List.of("-sS", "http://127.0.0.1:1/")),
                Arguments.of("jwget", "jtwins.wget.WgetMain", List.of("--help")),
                Arguments.of("jwget", "jtwins.wget.WgetMain", List.of("-t", "1", "http://127.0.0.1:1/")),
                Arguments.of("jmysqlping", "jtwins.mysql.MysqladminMain", List.of("--help")),
                Arguments.of("jmysqlping", "jtwins.mysql.MysqladminMain", List.of("-h", "127.0.0.1", "-P", "1", "ping")),
                Arguments.of("jrsyncd-check", "jtwins.rsync.RsyncMain", List.of("--help")),
                Arguments.of("jrsyncd-check", "jtwins.rsync.RsyncMain", List.of("rsync://127.0.0.1:1/")));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("runs")
    void loadsNoLambdaOfItsOwnNorFormatterNorRegex(String tool, String main, List<String> args) throws Exception {
        Path log = Files.createTempFile("jtwins-classes", ".txt");
        try {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xlog:class+load:file=" + log, "-cp",
                    LabHome.get().resolve("dist").resolve(tool + ".jar").toString(), main));
            command.addAll(args);
            RunResult run = ProcessRun.run(command, StdinSpec.EMPTY, 20000);
            assertTrue(!run.hung(), tool + " " + args + " hung");
            List<String> loaded = new ArrayList<>();
            for (String line : Files.readAllLines(log)) {
                int at = line.indexOf("] ");
                int end = line.indexOf(" source: ");
                if (at >= 0 && end > at) {
                    loaded.add(line.substring(at + 2, end));
                }
            }
            assertTrue(loaded.contains(main), "the log names the classes loaded: " + loaded.size());
            boolean connects = args.stream().anyMatch(a -> a.contains("127.0.0.1"));
            List<String> unwanted = new ArrayList<>();
            for (String name : loaded) {
                boolean ownLambda = name.startsWith("jtwins.") && name.contains("$$Lambda");
                boolean anyLinkage = !connects && name.startsWith("java.lang.invoke.LambdaForm$MH");
                if (ownLambda || anyLinkage || name.equals("java.util.Formatter") || name.equals("java.util.regex.Pattern")) {
                    unwanted.add(name);
                }
            }
            assertEquals(List.of(), unwanted, tool + " " + args);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
