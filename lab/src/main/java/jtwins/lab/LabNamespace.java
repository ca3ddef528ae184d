package jtwins.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the running jtwins command inside a private network namespace of its own (bin/lab-netns), so
 * its fault servers, black holes and DNS servers exist only there and no packet leaves loopback.
 */
public final class LabNamespace {
    private LabNamespace() {
    }

    public static boolean inside() {
        return System.getenv("JTWINS_LAB_NETNS") != null;
    }

    /** Runs this JVM's main class again inside the lab namespace, and returns its exit status. */
    public static int reenter(String mainClass, String[] args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(LabHome.launcher("lab-netns").toString());
        command.add("--");
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Djtwins.home=" + LabHome.get());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).inheritIO().start();
        return p.waitFor();
    }
}
