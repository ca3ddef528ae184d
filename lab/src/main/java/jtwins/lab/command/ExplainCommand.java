package jtwins.lab.command;

import java.io.PrintStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jtwins.common.Deadline;
import jtwins.common.Expectation;
import jtwins.common.Failure;
import jtwins.common.Situation;
import jtwins.common.TimeoutPlan;
import jtwins.common.resolver.AddressFamily;
import jtwins.common.resolver.AddressText;
import jtwins.common.resolver.ResolvConf;
import jtwins.common.resolver.ResolveException;
import jtwins.common.resolver.Resolver;
import jtwins.common.resolver.ResolverSchedule;
import jtwins.lab.TwinPlans;

/**
 * jtwins explain [--json] [--resolve] [--] TOOL ARGS...: the timeout plan the twin would follow for
 * that command line, each phase's bound with who sets it and how, then when the command gives up
 * end to end against each kind of broken far end.
 */
final class ExplainCommand {
    private ExplainCommand() {
    }

    static int run(PrintStream out, String[] args) {
        boolean json = false;
        boolean resolve = false;
        int i = 0;
        for (; i < args.length && args[i].startsWith("--"); i++) {
            if (args[i].equals("--")) {
                i++;
                break;
            } else if (args[i].equals("--json")) {
                json = true;
            } else if (args[i].equals("--resolve")) {
                resolve = true;
            } else {
                break;
            }
        }
        args = Arrays.copyOfRange(args, i, args.length);
        if (args.length == 0) {
            out.println("usage: jtwins explain [--json] [--resolve] [--] nc|curl|wget|mysqladmin|rsync [options and"
                    + " operands, as given to the original]");
            return 2;
        }
        // the original's command line as typed: /usr/bin/nc, nc, or the twin's name
        String tool = args[0].substring(args[0].lastIndexOf('/') + 1);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        TimeoutPlan plan;
        try {
            plan = TwinPlans.planFor(tool, rest);
        } catch (Failure f) {
            String line = f.render(tool);
            out.println(line == null ? tool + ": exits " + f.status() : line);
            return f.status();
        }
        if (plan == null) {
            out.println("jtwins explain: no twin of " + tool + " (available: nc, curl, wget, mysqladmin, rsync)");
            return 2;
        }
        String host = TwinPlans.hostFor(plan, rest);
        boolean dns = TwinPlans.needsDns(host);
        ResolvConf conf = ResolvConf.system();
        ResolverSchedule schedule = dns ? ResolverSchedule.of(conf, host) : null;
        List<String> addresses = resolve && host != null ? lookup(host) : null;
        if (json) {
            out.println(ExplainJson.render(tool, rest, plan, host, schedule, addresses));
            return 0;
        }
        out.println(tool + " " + String.join(" ", rest));
        for (String line : plan.describe()) {
            out.println("  " + line);
        }
        if (schedule != null) {
            // what the resolve row's "resolver's own schedule" comes to on this host, with its resolv.conf
            out.println("  resolver schedule  " + schedule.worstCaseSeconds() + " s      for " + host + ": "
                    + schedule.formula() + " (resolv.conf: " + conf.nameservers.size() + " nameserver"
                    + (conf.nameservers.size() == 1 ? "" : "s") + ", timeout:" + conf.timeoutSeconds + " attempts:"
                    + conf.attempts + ")");
        }
        if (addresses != null) {
            out.println("  addresses          " + (addresses.isEmpty() ? "none found" : String.join(", ", addresses))
                    + (addresses.size() > 1 ? " (where the tool tries them in turn, a black hole costs each its"
                    + " connect)" : ""));
        }
        int count = addresses == null || addresses.isEmpty() ? 1 : addresses.size();
        out.println("gives up, end to end" + (addresses == null ? " (one address; --resolve counts them)"
                : " (" + count + " address" + (count == 1 ? "" : "es") + ")") + ":");
        for (Expectation e : plan.expectations()) {
            if (e.situation() == Situation.DNS_LOST && !dns) {
                out.printf("  %-18s %-8s %s%n", e.situation().label(), "-", host == null ? "no name to look up"
                        : host + " needs no DNS here (a literal or in /etc/hosts)");
                continue;
            }
            long ms = e.millis(schedule == null ? 0 : schedule.worstCaseSeconds() * 1000, count);
            out.printf("  %-18s %-8s %s%n", e.situation().label(), TwinPlans.duration(ms), e.how());
        }
        return 0;
    }

    private static List<String> lookup(String host) {
        List<String> found = new ArrayList<>();
        try {
            for (InetAddress a : Resolver.system().resolve(host, AddressFamily.UNSPEC, false, Deadline.NONE)) {
                found.add(AddressText.of(a));
            }
        } catch (ResolveException e) {
            found.clear();
        }
        return found;
    }
}
