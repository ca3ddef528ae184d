package jtwins.wget;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jtwins.common.options.HelpDescriptions;
import jtwins.common.options.ToolManual;
import jtwins.common.options.ToolManual.Entry;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** jwget's man page and completion: WgetOptionTable's rows, described by wget's own --help. */
public final class WgetManual {
    private WgetManual() {
    }

    public static ToolManual manual() {
        HelpDescriptions help = new HelpDescriptions(WgetMain.resource("help.txt"));
        CommandSpec spec = ToolManual.command("jwget");
        Set<Character> letters = new HashSet<>();
        for (WgetOptionTable.Row row : WgetOptionTable.ROWS) {
            String name = "--" + row.longName();
            String negated = "--no-" + row.longName();
            boolean takesValue = switch (row.kind()) {
                case VALUE, APPEND_OUTPUT, EXECUTE, NO -> true;
                default -> false;
            };
            String label = !takesValue ? null : help.label(name) != null ? help.label(name) : "VALUE";
            String description = help.text(name);
            if (row.kind() == WgetOptionTable.Kind.NO) {
                description = "-nv, -nc, -nd, -nH, -np: the short forms of --no-verbose, --no-clobber, "
                        + "--no-directories, --no-host-directories and --no-parent.";
            } else if (description.isEmpty() && !help.text(negated).isEmpty()) {
                description = "The opposite of " + negated + ".";
            }
            boolean ownLetter = row.shortName() != 0 && row.kind() != WgetOptionTable.Kind.NO
                    && letters.add(row.shortName());
            spec.addOption(ownLetter
                    ? ToolManual.option(label, description, "-" + row.shortName(), name)
                    : ToolManual.option(label, description, name));
            if (row.kind() == WgetOptionTable.Kind.BOOLEAN && !help.text(negated).isEmpty()) {
                spec.addOption(ToolManual.option(null, help.text(negated), negated));
            }
        }
        spec.addPositional(PositionalParamSpec.builder().paramLabel("URL").arity("0..*").type(String.class)
                .description("http:// and https:// URLs").build());
        return new ToolManual(spec, List.of("wget(1)"), "GNU Wget 1.21.3 as Debian 12 ships it",
                "the non-interactive network downloader, as GNU Wget does, down to its timeouts",
                "jwget [OPTION]... [URL]...",
                List.of("jwget is the Java twin of GNU Wget 1.21.3 for http:// and https:// URLs: the same "
                        + "options, output, files left behind, exit codes and the same moment of giving up. "
                        + "-T/--timeout sets three timeouts at once: --dns-timeout (an alarm around the "
                        + "lookup, still capped by resolv.conf's timeout: and attempts:), --connect-timeout "
                        + "(select() on a non-blocking connect) and --read-timeout (an idle timer on each "
                        + "read, 900 s by default); -t/--tries and --waitretry repeat as wget does. With -r "
                        + "or -p each page and each robots.txt is a retrieval of its own under the same "
                        + "timers, and -w/--wait sleeps before each one after the first.",
                        "Called by another name (a link named wget, or jtwins wget), it says that name in its "
                        + "messages, as wget does with its argv[0]. The descriptions below are wget's own "
                        + "--help."),
                List.of(new Entry("WGETRC", "The user's startup file instead of ~/.wgetrc; exit 1 when it "
                                + "names no file."),
                        new Entry("SYSTEM_WGETRC", "The system-wide startup file instead of /etc/wgetrc."),
                        new Entry("http_proxy, https_proxy",
                                "The proxy for a URL's scheme, unless --no-proxy (lower case only, as wget)."),
                        new Entry("no_proxy", "Domains reached without the proxy, matched at a label boundary."),
                        new Entry("TZ", "The time zone of the dates wget prints."),
                        new Entry("POSIXLY_CORRECT", "Options after the first URL are taken as URLs."),
                        new Entry("RES_OPTIONS, LOCALDOMAIN", "Read by the resolver as glibc reads them.")),
                List.of(new Entry("/etc/wgetrc", "The system-wide startup file, read first."),
                        new Entry("~/.wgetrc", "The user's startup file, read next."),
                        new Entry("~/.wget-hsts", "The HSTS known hosts, read at the start and written back when "
                                + "they changed (--hsts-file names another, --no-hsts leaves it alone)."),
                        new Entry("/etc/hosts, /etc/resolv.conf",
                                "Read as glibc's getaddrinfo() reads them: timeout:, attempts:, rotate, ndots, search.")),
                List.of(new Entry("0", "No problems occurred."),
                        new Entry("1", "Generic error code."),
                        new Entry("2", "Parse error: options, .wgetrc, and the like."),
                        new Entry("3", "File I/O error."),
                        new Entry("4", "Network failure, timeouts included."),
                        new Entry("5", "SSL verification failure."),
                        new Entry("6", "Username/password authentication failure."),
                        new Entry("7", "Protocol errors."),
                        new Entry("8", "Server issued an error response.")));
    }
}
