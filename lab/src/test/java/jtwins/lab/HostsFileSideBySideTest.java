package jtwins.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A broken /etc/hosts, read by glibc (`getent ahosts`) and by the twins' resolver (`jtwins resolve`),
 * each with the file bind-mounted over /etc/hosts in a mount namespace of its own and a name server
 * that says NXDOMAIN to everything: the same exit status and the same addresses.
 */
class HostsFileSideBySideTest {
    private static final String BROKEN = "junk without an address\n"
            + "127.0.0.5 good.test\n"
            + "300.1.1.1 bad-octet.test\n"
            + "127.1 short-form.test\n"
            + "127.0.0.6\tok.test alias.test # a comment alias-in-comment.test\n"
            + "127.0.0.7 \u0000after-nul.test\n"
            + "127.0.0.8 dup.test\n127.0.0.9 DUP.test\n"
            + "::1 v6.test\n"
            + "127.0.0.10 trailing-blanks.test   \t\n"
            + "#127.0.0.11 commented.test\n"
            + "127.0.0.12 " + "x".repeat(300) + ".test long-line.test\n"
            + "\u00ff\u00fe 127.0.0.13 binary-first.test\n"
            + "127.0.0.14 no-newline-at-end.test";

    @TempDir
    Path dir;

    static Stream<Arguments> names() {
        return Stream.of("good.test", "bad-octet.test", "short-form.test", "alias.test", "alias-in-comment.test",
                "after-nul.test", "dup.test", "v6.test", "trailing-blanks.test", "commented.test", "long-line.test",
                "binary-first.test", "no-newline-at-end.test").map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void brokenHostsFileReadAsGlibcReadsIt(String name) throws Exception {
        InetAddress at = InetAddress.getByName("127.0.58.1");
        try (DnsFaultServer dns = DnsFaultServer.start(at, 53, DnsFaultServer.Mode.NXDOMAIN)) {
            Path resolvConf = dir.resolve("resolv.conf");
            Files.writeString(resolvConf, "nameserver " + at.getHostAddress() + "\noptions timeout:1 attempts:1\n");
            Path hosts = dir.resolve("hosts");
            Files.write(hosts, BROKEN.getBytes(StandardCharsets.ISO_8859_1));
            RunResult original = run(resolvConf, hosts, List.of("getent", "ahosts", name));
            RunResult twin = run(resolvConf, hosts, List.of(LabHome.launcher("jtwins").toString(), "resolve", name));
            assertEquals(original.exitText() + "\n" + original.stdoutText(), twin.exitText() + "\n" + twin.stdoutText(),
                    "twin stderr: " + twin.stderr());
        }
    }

    private static RunResult run(Path resolvConf, Path hosts, List<String> program) throws Exception {
        List<String> command = new ArrayList<>(List.of("unshare", "-m", "sh", "-c",
                "mount --bind \"$1\" /etc/resolv.conf && mount --bind \"$2\" /etc/hosts && shift 2 && exec \"$@\"", "sh",
                resolvConf.toString(), hosts.toString()));
        command.addAll(program);
        return ProcessRun.run(command, StdinSpec.EMPTY, 20_000);
    }
}
