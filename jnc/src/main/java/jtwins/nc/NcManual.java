package jtwins.nc;

import java.util.List;
import jtwins.common.options.ToolManual;
import jtwins.common.options.ToolManual.Entry;
import picocli.CommandLine.Model.CommandSpec;

/** jnc's man page and completion: NcOptions' annotated rows, which carry nc -h's descriptions. */
public final class NcManual {
    private NcManual() {
    }

    public static ToolManual manual() {
        CommandSpec spec = CommandSpec.forAnnotatedObject(new NcOptions()).name("jnc");
        spec.interpolateVariables(false);
        return new ToolManual(spec, List.of("nc(1)"), "netcat-openbsd 1.219-1 as Debian 12 ships it",
                "arbitrary TCP and UDP connections and listens, as OpenBSD nc does, down to its timeouts",
                "jnc [-46bCDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl] [-m minttl] [-O length] "
                        + "[-P proxy_username] [-p source_port] [-q seconds] [-s sourceaddr] [-T keyword] "
                        + "[-V rtable] [-W recvlimit] [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]] "
                        + "[destination] [port]",
                List.of("jnc is the Java twin of Debian's nc (netcat-openbsd 1.219-1): the same options, "
                        + "output, exit codes and the same moment of giving up. -w is both a connect timeout "
                        + "(poll() on a non-blocking connect, each address in turn) and an idle timeout on the "
                        + "connection once open; -q waits after EOF on stdin; -i delays lines and ports. TCP, "
                        + "UDP, unix sockets (-U), listen mode (-l, -k), scanning (-z), proxies (-x, -X) and "
                        + "fd passing (-F) behave as nc's.",
                        "Called by another name (a link named nc, or jtwins nc), it says that name in its "
                        + "messages, as nc does with its argv[0]."),
                List.of(new Entry("RES_OPTIONS, LOCALDOMAIN", "Read by the resolver as glibc reads them.")),
                List.of(new Entry("/etc/hosts, /etc/resolv.conf",
                        "Read as glibc's getaddrinfo() reads them: timeout:, attempts:, rotate, ndots, search."),
                        new Entry("/etc/services", "Port names, as nc looks them up.")),
                List.of(new Entry("0", "A connection succeeded (with -z, at least one of the ports was open)."),
                        new Entry("1", "An error: a usage error, a refused or timed-out connect, a failed lookup.")));
    }
}
