package jtwins.lab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A command run with its own resolv.conf: a mount namespace of its own (unshare -m) with the file
 * bind-mounted over /etc/resolv.conf, so each run of a DNS test sees its case's bounds and nothing
 * else does. Inside the lab's network namespace the DNS servers it names listen on loopback.
 */
final class ResolvConfMount {
    private ResolvConfMount() {
    }

    /** @param envAndProgram optional NAME=value words for env(1), then the program and its arguments */
    static List<String> command(Path resolvConf, List<String> envAndProgram) {
        List<String> command = new ArrayList<>(List.of("unshare", "-m", "sh", "-c",
                "mount --bind \"$1\" /etc/resolv.conf && shift && exec env \"$@\"", "sh", resolvConf.toString()));
        command.addAll(envAndProgram);
        return command;
    }
}
