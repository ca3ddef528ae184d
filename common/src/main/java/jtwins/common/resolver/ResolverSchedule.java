package jtwins.common.resolver;

import java.util.ArrayList;
import java.util.List;

/**
 * How long glibc's resolver can take for a name that no server answers, from resolv.conf alone:
 * for each name it tries (search list and ndots), attempts rounds over the servers, each try
 * (timeout << i) / servers seconds for i > 0, at least 1 s (res_send.c send_dg()).
 */
public record ResolverSchedule(List<String> names, List<Long> trySeconds, int attempts, long worstCaseSeconds) {
    public static ResolverSchedule of(ResolvConf conf, String host) {
        List<Long> tries = new ArrayList<>();
        int servers = conf.nameservers.size();
        for (int ns = 0; ns < servers; ns++) {
            long seconds = (long) conf.timeoutSeconds << ns;
            if (ns > 0) {
                seconds /= servers;
            }
            tries.add(Math.max(1, seconds));
        }
        int attempts = Math.max(0, conf.attempts);
        List<String> names = DnsLookup.candidates(host, conf);
        long perName = attempts * tries.stream().mapToLong(Long::longValue).sum();
        return new ResolverSchedule(names, tries, attempts, perName * names.size());
    }

    /** "2 names x 2 attempts x (5 s + 3 s + 6 s) = 56 s", the formula with this host's numbers. */
    public String formula() {
        StringBuilder perTry = new StringBuilder();
        for (Long s : trySeconds) {
            perTry.append(perTry.length() == 0 ? "" : " + ").append(s).append(" s");
        }
        return names.size() + (names.size() == 1 ? " name" : " names") + " x " + attempts
                + (attempts == 1 ? " attempt" : " attempts") + " x (" + perTry + ") = " + worstCaseSeconds + " s";
    }
}
