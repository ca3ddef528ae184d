package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An original and its twin looking a name up through lab DNS servers, each run with the case's
 * resolv.conf mounted over /etc/resolv.conf in a mount namespace of its own, then compared: exit,
 * stdout, normalised stderr, and the moment of giving up within 300 ms.
 */
final class DnsSideBySide {
    private static final long TOLERANCE_MILLIS = 300;
    private static final Map<String, List<InetAddress>> TABLE = Map.of(
            "www.lab.test", List.of(address("127.0.0.1")));

    /** A case: its resolv.conf ({nsN} for the Nth server), the servers' modes, the tool's arguments. */
    record Case(String id, String conf, List<DnsFaultServer.Mode> servers, List<String> args) {
        @Override
        public String toString() {
            return id;
        }
    }

    private DnsSideBySide() {
    }

    static void compare(String tool, Case k, Path dir) throws Exception {
        List<DnsFaultServer> servers = new ArrayList<>();
        try (Fault.Running web = Fault.HTTP_OK.start()) {
            String conf = k.conf();
            for (int i = 0; i < k.servers().size(); i++) {
                InetAddress at = address("127.0." + (60 + i) + "." + (1 + Math.abs(k.id().hashCode() % 200)));
                servers.add(DnsFaultServer.start(at, 53, k.servers().get(i), TABLE));
                conf = conf.replace("{ns" + (i + 1) + "}", at.getHostAddress());
            }
            Path resolvConf = dir.resolve("resolv.conf");
            Files.writeString(resolvConf, conf + "\n");
            List<String> args = new ArrayList<>();
            for (String a : k.args()) {
                args.add(a.replace("{port}", Integer.toString(web.port())));
            }
            RunResult original = run(resolvConf, SideBySide.original(tool), args);
            RunResult twin = run(resolvConf, SideBySide.twin(tool), args);
            String both = "\n" + tool + ":  " + original.exitText() + " " + original.elapsedMillis() + " ms "
                    + original.stderr() + "\nj" + tool + ": " + twin.exitText() + " " + twin.elapsedMillis() + " ms "
                    + twin.stderr();
            String[] names = {SideBySide.original(tool).toString(), tool, SideBySide.twin(tool).toString(), "j" + tool};
            assertEquals(original.exitText(), twin.exitText(), "exit" + both);
            assertEquals(original.stdoutText(), twin.stdoutText(), "stdout" + both);
            assertEquals(Normaliser.stderr(original.stderr(), names), Normaliser.stderr(twin.stderr(), names),
                    "stderr" + both);
            // an original that gave up at once ran no timer: the twin's lateness is start-up (Comparison)
            long tolerance = Comparison.tolerance(original.elapsedMillis(), TOLERANCE_MILLIS);
            assertTrue(Math.abs(original.elapsedMillis() - twin.elapsedMillis()) <= tolerance, "gave up" + both);
        } finally {
            servers.forEach(DnsFaultServer::close);
        }
    }

    private static RunResult run(Path resolvConf, Path program, List<String> args) throws Exception {
        List<String> programAndArgs = new ArrayList<>(List.of(program.toString()));
        programAndArgs.addAll(args);
        return ProcessRun.run(ResolvConfMount.command(resolvConf, programAndArgs), StdinSpec.EMPTY, 30000);
    }

    static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
