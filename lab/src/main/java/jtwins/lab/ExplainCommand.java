package jtwins.lab;

import java.io.PrintStream;
import java.util.Arrays;
import jtwins.common.AddressFamily;
import jtwins.common.Failure;
import jtwins.common.HostsFile;
import jtwins.common.NumericAddress;
import jtwins.common.ResolvConf;
import jtwins.common.ResolverSchedule;
import jtwins.common.TimeoutPlan;
import jtwins.curl.CurlMain;
import jtwins.mysql.MysqladminMain;
import jtwins.nc.NcMain;
import jtwins.rsync.RsyncMain;
import jtwins.wget.WgetMain;

/** jtwins explain TOOL ARGS...: the timeout plan the twin would follow for that command line. */
final class ExplainCommand {
    private ExplainCommand() {
    }

    static int run(PrintStream out, String[] args) {
        if (args.length > 0 && args[0].equals("--")) {
            args = Arrays.copyOfRange(args, 1, args.length);
        }
        if (args.length == 0) {
            out.println("usage: jtwins explain [--] nc|curl|wget|mysqladmin|rsync [options and operands, as given to the original]");
            return 2;
        }
        // the original's command line as typed: /usr/bin/nc, nc, or the twin's name
        String tool = args[0].substring(args[0].lastIndexOf('/') + 1);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        TimeoutPlan plan;
        try {
            plan = switch (tool) {
                case "nc", "jnc" -> NcMain.plan(rest);
                case "curl", "jcurl" -> CurlMain.plan(rest);
                case "wget", "jwget" -> WgetMain.plan(rest);
                case "mysqladmin", "mariadb-admin", "jmysqlping" -> MysqladminMain.plan(rest);
                case "rsync", "jrsyncd-check" -> RsyncMain.plan(rest);
                default -> null;
            };
        } catch (Failure f) {
            String line = f.render(tool);
            out.println(line == null ? tool + ": exits " + f.status() : line);
            return f.status();
        }
        if (plan == null) {
            out.println("jtwins explain: no twin of " + tool + " yet (available: nc, curl, wget, mysqladmin, rsync)");
            return 2;
        }
        out.println(tool + " " + String.join(" ", rest));
        for (String line : plan.describe()) {
            out.println("  " + line);
        }
        String host = tool.endsWith("curl") ? CurlMain.destination(rest)
                : tool.endsWith("wget") ? WgetMain.destination(rest)
                : plan.tool().equals("mysqladmin") ? MysqladminMain.destination(rest)
                : plan.tool().equals("rsync") ? RsyncMain.destination(rest) : NcMain.destination(rest);
        if (host != null && NumericAddress.parse(host) == null && HostsFile.system().lookup(host, AddressFamily.UNSPEC)
                .isEmpty()) {
            // what the resolve row's "resolver's own schedule" comes to on this host, with its resolv.conf
            ResolvConf conf = ResolvConf.system();
            ResolverSchedule schedule = ResolverSchedule.of(conf, host);
            out.println("  resolver schedule  " + schedule.worstCaseSeconds() + " s      for " + host + ": "
                    + schedule.formula() + " (resolv.conf: " + conf.nameservers.size() + " nameserver"
                    + (conf.nameservers.size() == 1 ? "" : "s") + ", timeout:" + conf.timeoutSeconds + " attempts:"
                    + conf.attempts + ")");
        }
        return 0;
    }
}
