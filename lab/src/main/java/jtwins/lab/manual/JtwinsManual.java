package jtwins.lab.manual;

import java.util.List;
import jtwins.common.options.ToolManual;
import jtwins.common.options.ToolManual.Entry;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The jtwins command's own man page and completion: its subcommands and their few options. */
final class JtwinsManual {
    private JtwinsManual() {
    }

    static ToolManual manual() {
        CommandSpec spec = ToolManual.command("jtwins");
        spec.addOption(ToolManual.option("TOOL", "matrix: only the rows of one original (nc, curl, wget, "
                + "mysqladmin, rsync).", "--only"));
        spec.addOption(ToolManual.option(null, "matrix: the table as Markdown.", "--markdown"));
        spec.addOption(ToolManual.option(null, "matrix, explain, trace: JSON instead of the table or timeline.",
                "--json"));
        spec.addOption(ToolManual.option("FILE", "trace: the timeline into FILE as it happens, not to standard "
                + "error after the run.", "--to"));
        spec.addOption(ToolManual.option(null, "explain: also the resolver's worst case, from this host's "
                + "resolv.conf.", "--resolve"));
        spec.addOption(ToolManual.option(null, "resolve: each DNS query as it is sent and as it ends.", "--trace"));
        spec.addOption(ToolManual.option(null, "The version of jtwins.", "--version"));
        spec.addPositional(PositionalParamSpec.builder().paramLabel("command").arity("0..*").type(String.class)
                .completionCandidates(List.of("matrix", "explain", "trace", "resolve", "wget", "curl", "nc", "mysqladmin",
                        "rsync"))
                .description("matrix, explain, trace, resolve, or an original's name").build());
        return new ToolManual(spec, List.of("jwget(1)", "jcurl(1)", "jnc(1)", "jmysqlping(1)", "jrsyncd-check(1)"), null,
                "the Java twins of wget, curl, nc, mysqladmin ping and an rsync daemon client, side by side",
                "jtwins matrix|explain|trace|resolve|wget|curl|nc|mysqladmin|rsync [ARGS...]",
                List.of("jtwins matrix [--only TOOL] [--markdown | --json] measures the timeout table live: each "
                        + "original beside its twin, on fault servers, black holes and DNS servers in a "
                        + "private network namespace made for the run (root, or an unprivileged user "
                        + "namespace); originals that are not installed show as such.",
                        "jtwins explain [--json] [--resolve] [--] TOOL ARGS... prints each phase's effective "
                        + "budget for an original's command line: who set it, the mechanism that enforces it, "
                        + "the kernel's SYN retries and the resolver's retries included. It sends nothing.",
                        "jtwins trace [--to FILE] [--json] [--] TOOL ARGS... runs that original's twin exactly as "
                        + "it runs by itself (its output, files and exit status are the twin's, and trace's status "
                        + "is its status) and writes what happened, one event a line with its time from the "
                        + "twin's exec: the plan, each DNS query and its end, each connect and every SYN the "
                        + "kernel sends for it (read from the socket's TCP_INFO), TLS, the request, the first "
                        + "byte, idle gaps, sleeps and tries, each timer that ran out, and what ended the run.",
                        "jtwins resolve [--trace] NAME looks NAME up as the twins do, with glibc's getaddrinfo() "
                        + "rules, and prints it as getent ahosts does.",
                        "jtwins wget|curl|nc|mysqladmin|rsync ARGS... runs that original's twin under the "
                        + "original's name, as the links in the distribution's bin/aliases do: put that "
                        + "directory first on PATH and a script's unchanged command lines run on the twins."),
                List.of(new Entry("JAVA_HOME", "The Java runtime the launchers start (17 or later); else the "
                        + "one install-jtwins bound the installation to (lib/java-home); else java on PATH."),
                        new Entry("JTWINS_TRACE", "Set by jtwins trace: the file a twin writes its events to."),
                        new Entry("JTWINS_NO_CDS", "When set, the launchers start without the class-data "
                        + "archive made at install.")),
                List.of(new Entry("bin/aliases/", "Links named wget, curl, nc, mysqladmin and rsync.")),
                List.of(new Entry("0", "Done; for matrix, every twin as its original."),
                        new Entry("1", "matrix: a twin differed from its original in a row."),
                        new Entry("2", "A usage error.")));
    }
}
