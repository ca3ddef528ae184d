package jtwins.mysql;

import java.util.List;
import jtwins.common.options.HelpDescriptions;
import jtwins.common.options.ToolManual;
import jtwins.common.options.ToolManual.Entry;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * jmysqlping's man page and completion: AdminOptionTable's rows and the option-file options that
 * must come first, described by mysqladmin's own --help.
 */
public final class MysqladminManual {
    private static final List<String> FIRST = List.of("print-defaults", "no-defaults", "defaults-file",
            "defaults-extra-file", "defaults-group-suffix");

    private MysqladminManual() {
    }

    public static ToolManual manual() {
        HelpDescriptions help = new HelpDescriptions(AdminCommandLine.resource("usage-head.txt"));
        CommandSpec spec = ToolManual.command("jmysqlping");
        for (String first : FIRST) {
            String name = "--" + first;
            spec.addOption(ToolManual.option(help.label(name), help.text(name), name));
        }
        for (AdminOption row : AdminOptionTable.ROWS) {
            String name = "--" + row.dashed();
            String label = switch (row.arg()) {
                case NONE -> null;
                case REQUIRED -> help.label(name) != null ? help.label(name) : "value";
                case OPTIONAL -> "[" + (help.label(name) != null ? help.label(name) : "value") + "]";
            };
            String description = help.text(name);
            if (row.name().equals("connect_timeout")) {
                // mysqladmin's --help shows this row without a word; what it does decides when ping gives up
                description = "Seconds for the connect, and for each read and write of the handshake "
                        + "(43200 when not given).";
            }
            if (row.type() == AdminOption.Type.BOOL && !row.name().equals("verbose")) {
                description += description.isEmpty() ? "" : " ";
                description += "--skip-" + row.dashed() + " turns it off.";
            }
            spec.addOption(row.shortName() == 0
                    ? ToolManual.option(label, description, name)
                    : ToolManual.option(label, description, "-" + row.shortName(), name));
        }
        spec.addPositional(PositionalParamSpec.builder().paramLabel("command").arity("0..*").type(String.class)
                .completionCandidates(List.of("ping")).description("ping (the default when called as jmysqlping)")
                .build());
        return new ToolManual(spec, List.of("mysqladmin(1)"), "the MariaDB 10.11.19 client as Debian 12 ships it",
                "ask a MariaDB or MySQL server whether it is alive, as mysqladmin ping does, down to its timeouts",
                "jmysqlping [OPTIONS] [ping]...",
                List.of("jmysqlping is the Java twin of mysqladmin ping (MariaDB 10.11.19's client): the same "
                        + "options, option files, output, exit codes and the same moment of giving up. "
                        + "--connect-timeout bounds the connect (poll() on a non-blocking socket) and, on the "
                        + "socket, each read and write of the handshake; its default is 43200 s (12 h), so "
                        + "without it the kernel's SYN retries end a connect first. --wait retries a refused connection once a second; -c and "
                        + "-i repeat the ping.",
                        "A server that answers ping, even with Access denied, is alive: exit 0, as mysqladmin. "
                        + "Other mysqladmin commands are recognised and refused. Called as mysqladmin (a link, "
                        + "or jtwins mysqladmin) it asks for a command, as mysqladmin does. The descriptions "
                        + "below are mysqladmin's own --help."),
                List.of(new Entry("MYSQL_PWD", "The password, when none is given otherwise."),
                        new Entry("MYSQL_TCP_PORT", "The port when -P is not given."),
                        new Entry("MYSQL_UNIX_PORT", "The socket when -S is not given."),
                        new Entry("HOME", "Where ~/.my.cnf is found."),
                        new Entry("RES_OPTIONS, LOCALDOMAIN", "Read by the resolver as glibc reads them.")),
                List.of(new Entry("/etc/my.cnf, /etc/mysql/my.cnf, ~/.my.cnf",
                                "Option files read in this order (groups mysqladmin, mariadb-admin, client, "
                                + "client-server, client-mariadb), with !include and !includedir."),
                        new Entry("/run/mysqld/mysqld.sock", "The default socket, for localhost."),
                        new Entry("/etc/hosts, /etc/resolv.conf",
                                "Read as glibc's getaddrinfo() reads them: timeout:, attempts:, rotate, ndots, search.")),
                List.of(new Entry("0", "The server answered ping (Access denied included)."),
                        new Entry("1", "No connection, a command refused or unknown, no command given, or "
                                + "a fatal error in an option file."),
                        new Entry("2", "An unknown option, or an option missing its value."),
                        new Entry("9", "An option's value is not a number where one is needed.")));
    }
}
