package jtwins.lab;

import java.util.Arrays;
import jtwins.common.JdkSelectorProvider;

/** The jtwins command: matrix, explain, resolve. */
public final class JtwinsMain {
    private JtwinsMain() {
    }

    public static void main(String[] args) throws Exception {
        JdkSelectorProvider.install();
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
            default:
                System.err.println("usage: jtwins matrix [--only TOOL] [--markdown | --json] | jtwins explain [--json] [--resolve] [--] TOOL"
                        + " ARGS... | jtwins resolve [--trace] NAME");
                return "help".equals(command) ? 0 : 2;
        }
    }
}
