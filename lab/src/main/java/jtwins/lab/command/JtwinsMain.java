package jtwins.lab.command;

import java.util.Arrays;
import jtwins.common.process.JdkStartProperties;
import jtwins.lab.LabNamespace;

/** The jtwins command: matrix, explain, trace, resolve. */
public final class JtwinsMain {
    private static final String USAGE = "usage: jtwins matrix [--only TOOL] [--markdown | --json] | jtwins explain [--json]"
            + " [--resolve] [--] TOOL ARGS... | jtwins trace [--to FILE] [--json] [--] TOOL ARGS... | jtwins resolve [--trace]"
            + " NAME | jtwins wget|curl|nc|mysqladmin|rsync ARGS...";

    private JtwinsMain() {
    }

    public static void main(String[] args) throws Exception {
        JdkStartProperties.install();
        System.exit(run(args));
    }

    static int run(String[] args) throws Exception {
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "matrix":
                // the matrix needs its own namespace: black holes, fault servers, short SYN retries
                if (!LabNamespace.inside()) {
                    return LabNamespace.reenter(JtwinsMain.class.getName(), args);
                }
                return MatrixCommand.run(System.out, rest);
            case "explain":
                return ExplainCommand.run(System.out, rest);
            case "resolve":
                return ResolveCommand.run(System.out, System.err, rest);
            case "trace":
                return TraceCommand.run(System.err, rest);
            case "--version":
                System.out.println("jtwins " + version());
                return 0;
            case "help", "--help", "-h":
                System.out.println(USAGE);
                return 0;
            default:
                System.err.println(USAGE);
                return 2;
        }
    }

    /** The build's version, from the jar's manifest (Implementation-Version). */
    static String version() {
        String v = JtwinsMain.class.getPackage().getImplementationVersion();
        return v == null ? "(unpackaged)" : v;
    }
}
