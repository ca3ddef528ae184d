package jtwins.lab;

import jtwins.common.Expectation;
import jtwins.common.Situation;
import jtwins.common.TimeoutPlan;
import jtwins.common.resolver.AddressFamily;
import jtwins.common.resolver.HostsFile;
import jtwins.common.resolver.NumericAddress;
import jtwins.common.resolver.ResolvConf;
import jtwins.common.resolver.ResolverSchedule;
import jtwins.curl.CurlMain;
import jtwins.mysql.MysqladminMain;
import jtwins.nc.NcMain;
import jtwins.rsync.RsyncMain;
import jtwins.wget.WgetMain;

/**
 * The twins' timeout plans as explain reads them: a command line's plan as the twin of its tool builds
 * it, the host it talks to, and when it gives up in a situation, with the resolver's worst case under
 * this machine's resolv.conf. explain prints it, the matrix and the side-by-side runner predict from it.
 */
public final class TwinPlans {
    private TwinPlans() {
    }


    /** A command line's plan, as the twin of its tool builds it; null for a tool without a twin. */
    public static TimeoutPlan planFor(String tool, String[] rest) {
        return switch (tool) {
            case "nc", "jnc" -> NcMain.plan(rest);
            case "curl", "jcurl" -> CurlMain.plan(rest);
            case "wget", "jwget" -> WgetMain.plan(rest);
            case "mysqladmin", "mariadb-admin", "jmysqlping" -> MysqladminMain.plan(rest);
            case "rsync", "jrsyncd-check" -> RsyncMain.plan(rest);
            default -> null;
        };
    }


    /** The host the command line talks to, or null. */
    public static String hostFor(TimeoutPlan plan, String[] rest) {
        return switch (plan.tool()) {
            case "curl" -> CurlMain.destination(rest);
            case "wget" -> WgetMain.destination(rest);
            case "mysqladmin" -> MysqladminMain.destination(rest);
            case "rsync" -> RsyncMain.destination(rest);
            default -> NcMain.destination(rest);
        };
    }


    /** Whether looking the host up asks a name server at all: not for a literal or a name in /etc/hosts. */
    public static boolean needsDns(String host) {
        return host != null && NumericAddress.parse(host) == null
                && HostsFile.system().lookup(host, AddressFamily.UNSPEC).isEmpty();
    }


    /** The resolver's worst case for the host under this machine's resolv.conf, in milliseconds. */
    public static long resolverWorstCaseMillis(String host) {
        return ResolverSchedule.of(ResolvConf.system(), host).worstCaseSeconds() * 1000;
    }


    /** When the command gives up in that situation, in milliseconds; -1 for never, null when not modelled. */
    public static Long expectedMillis(TimeoutPlan plan, String[] rest, Situation situation) {
        Expectation e = plan.expectation(situation);
        if (e == null) {
            return null;
        }
        String host = hostFor(plan, rest);
        return e.millis(host == null ? 0 : resolverWorstCaseMillis(host));
    }


    public static String duration(long millis) {
        if (millis < 0) {
            return "never";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format("%.3f s", millis / 1000.0);
    }
}
