package jtwins.rsync;

import java.util.List;
import jtwins.common.options.HelpDescriptions;
import jtwins.common.options.ToolManual;
import jtwins.common.options.ToolManual.Entry;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** jrsyncd-check's man page and completion: RsyncOption's rows, described by rsync's own --help. */
public final class RsyncManual {
    private RsyncManual() {
    }

    public static ToolManual manual() {
        HelpDescriptions help = new HelpDescriptions(RsyncCommandLine.help());
        CommandSpec spec = ToolManual.command("jrsyncd-check");
        for (RsyncOption row : RsyncOption.values()) {
            String name = "--" + row.longName;
            String label = row.takesArgument ? (help.label(name) != null ? help.label(name) : "VALUE") : null;
            spec.addOption(row.shortName == 0
                    ? ToolManual.option(label, help.text(name), name)
                    : ToolManual.option(label, help.text(name), "-" + row.shortName, name));
        }
        spec.addPositional(PositionalParamSpec.builder().paramLabel("SRC").arity("0..*").type(String.class)
                .description("rsync://[USER@]HOST[:PORT]/[MODULE[/PATH]] or [USER@]HOST::[MODULE[/PATH]]")
                .build());
        return new ToolManual(spec, List.of("rsync(1)"), "rsync 3.5.0 as Debian 12 ships it",
                "list an rsync daemon's modules and files, as an rsync client does, down to its timeouts",
                "jrsyncd-check [OPTION...] rsync://[USER@]HOST[:PORT]/[MODULE[/PATH]]",
                List.of("jrsyncd-check is the Java twin of rsync 3.5.0 as a daemon client that lists: the "
                        + "module list of HOST::, or the files of a module, with the same output, messages, "
                        + "exit codes and the same moment of giving up. --contimeout bounds the connect "
                        + "(an alarm around a blocking connect, exit 35); --timeout is the I/O timeout, "
                        + "checked as rsync checks it (exit 30), in whole seconds.",
                        "Other rsync options are recognised and refused with a line that says so (exit 1); "
                        + "unknown ones get rsync's answer. Called by another name (a link named rsync, or "
                        + "jtwins rsync), it says that name, as rsync does. The descriptions below are "
                        + "rsync's own --help."),
                List.of(new Entry("RSYNC_PASSWORD", "The password for a module that asks for one, when "
                                + "--password-file is not given."),
                        new Entry("RSYNC_CONNECT_PROG", "A command run by /bin/sh -c in place of the connect, "
                                + "on a loopback socket pair: %H is the host in single quotes (a host a nested "
                                + "shell could misread is refused), %% a %. The URL's port is not used."),
                        new Entry("RSYNC_PROXY", "[USER:PASS@]HOST:PORT of an HTTP proxy: the daemon is reached "
                                + "by CONNECT, with Basic authentication when USER:PASS@ is given."),
                        new Entry("USER, LOGNAME", "The user name when the URL gives none."),
                        new Entry("RES_OPTIONS, LOCALDOMAIN", "Read by the resolver as glibc reads them.")),
                List.of(new Entry("/etc/hosts, /etc/resolv.conf",
                        "Read as glibc's getaddrinfo() reads them: timeout:, attempts:, rotate, ndots, search.")),
                List.of(new Entry("0", "Success."),
                        new Entry("1", "Syntax or usage error, or an option this twin does not implement."),
                        new Entry("2", "Protocol incompatibility."),
                        new Entry("5", "Error starting client-server protocol: the daemon refused the module "
                                + "or the password."),
                        new Entry("10", "Error in socket I/O: a refused or failed connect."),
                        new Entry("12", "Error in rsync protocol data stream."),
                        new Entry("23", "Partial transfer due to error."),
                        new Entry("30", "Timeout in data send/receive (--timeout)."),
                        new Entry("35", "Timeout waiting for daemon connection (--contimeout).")));
    }
}
