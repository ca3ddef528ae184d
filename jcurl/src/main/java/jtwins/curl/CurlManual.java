package jtwins.curl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import jtwins.common.options.HelpDescriptions;
import jtwins.common.options.ToolManual;
import jtwins.common.options.ToolManual.Entry;
import picocli.CommandLine.Model.CommandSpec;

/** jcurl's man page and completion: CurlOptionTable's rows, described by curl's own `--help all`. */
public final class CurlManual {
    private CurlManual() {
    }

    public static ToolManual manual() {
        HelpDescriptions help;
        try {
            help = new HelpDescriptions(HelpText.of("all"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CommandSpec spec = ToolManual.command("jcurl");
        for (CurlOptionTable.Row row : CurlOptionTable.all()) {
            String label = row.takesValue() ? (row.argHelp().isEmpty() ? "<arg>" : row.argHelp()) : null;
            String description = help.text("--" + row.name());
            spec.addOption(row.letter() == '\0'
                    ? ToolManual.option(label, description, "--" + row.name())
                    : ToolManual.option(label, description, "-" + row.letter(), "--" + row.name()));
        }
        spec.addPositional(picocli.CommandLine.Model.PositionalParamSpec.builder().paramLabel("url")
                .arity("0..*").type(String.class).description("http:// and https:// URLs").build());
        List<Entry> exits = new ArrayList<>();
        for (CurlCode code : CurlCode.values()) {
            exits.add(new Entry(Integer.toString(code.number()), code.text() + "."));
        }
        return new ToolManual(spec, List.of("curl(1)"), "curl 7.88.1 as Debian 12 ships it",
                "transfer a URL, as curl does, down to its timeouts",
                "jcurl [options...] <url>",
                List.of("jcurl is the Java twin of curl 7.88.1 for http:// and https:// URLs: the same options, "
                        + "output, exit codes and the same moment of giving up. --connect-timeout bounds the "
                        + "connect and TLS phases, with each address tried in turn and the kernel's SYN retries "
                        + "still ending an attempt first; -m/--max-time bounds the whole transfer; "
                        + "-y/--speed-time with -Y/--speed-limit ends a stalled one; --retry and --retry-delay "
                        + "repeat as curl does.",
                        "Called by another name (a link named curl, or jtwins curl), it says that name in its "
                        + "messages, as curl does with its argv[0]. The descriptions below are curl's own "
                        + "--help all; options curl knows but this twin does not implement are refused with "
                        + "curl's message for an option its build lacks."),
                List.of(new Entry("CURL_HOME, XDG_CONFIG_HOME, HOME",
                                "The first of these that holds a readable .curlrc names the default config file, "
                                + "read before the command line unless -q comes first."),
                        new Entry("http_proxy, https_proxy, HTTPS_PROXY, all_proxy, ALL_PROXY",
                                "The proxy for a URL's scheme when -x is not given; http_proxy only in lower case."),
                        new Entry("no_proxy, NO_PROXY",
                                "Hosts reached without the proxy: a comma-separated list, or * for all."),
                        new Entry("COLUMNS", "The width of the progress bar when stderr is not a terminal."),
                        new Entry("RES_OPTIONS, LOCALDOMAIN", "Read by the resolver as glibc reads them.")),
                List.of(new Entry("~/.curlrc", "The default config file (see CURL_HOME)."),
                        new Entry("/etc/hosts, /etc/resolv.conf",
                                "Read as glibc's getaddrinfo() reads them: timeout:, attempts:, rotate, ndots, search.")),
                exits);
    }
}
