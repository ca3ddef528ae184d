package jtwins.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of the side-by-side table: a tool's command line ({port} stands for the fault's port),
 * the far end, what stdin holds, how long to wait before calling it a hang, and what surrounds the
 * run (files, environment, a pipe, a signal, a full disk).
 */
public record Scenario(String id, String tool, String title, List<String> args, Fault fault, StdinSpec stdin,
                       long hangAfterMillis, Surroundings around) {
    public Scenario(String id, String tool, String title, List<String> args, Fault fault, StdinSpec stdin,
                    long hangAfterMillis) {
        this(id, tool, title, args, fault, stdin, hangAfterMillis, Surroundings.NONE);
    }

    public List<String> argsFor(int port) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            out.add(a.replace("{port}", Integer.toString(port)));
        }
        return out;
    }

    public String commandLine(int port) {
        return tool + " " + String.join(" ", argsFor(port));
    }
}
