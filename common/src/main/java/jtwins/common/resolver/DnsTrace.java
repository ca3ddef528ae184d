package jtwins.common.resolver;

import jtwins.common.trace.Trace;
import jtwins.common.trace.TraceListener;

/** Hears each DNS query of a lookup: when it went, to which server, over what, and how it ended. */
public interface DnsTrace {
    DnsTrace NONE = new DnsTrace() {
        @Override
        public void sent(String server, String transport, String type, String name, int attempt, int attempts,
                         long boundMillis) {
        }

        @Override
        public void ended(String server, String transport, String type, String name, String outcome) {
        }
    };

    /** Sent in try attempt of attempts (resolv.conf's), whose wait is boundMillis (its timeout, shifted per server). */
    void sent(String server, String transport, String type, String name, int attempt, int attempts, long boundMillis);

    /** outcome: an rcode ("NOERROR 2 records", "NXDOMAIN", "SERVFAIL", "truncated"), or "timed out". */
    void ended(String server, String transport, String type, String name, String outcome);

    /** The twin's run's listener, when `jtwins trace` listens; NONE otherwise. */
    static DnsTrace ofRun() {
        TraceListener listener = Trace.listener();
        if (!listener.listening()) {
            return NONE;
        }
        return new DnsTrace() {
            @Override
            public void sent(String server, String transport, String type, String name, int attempt, int attempts,
                             long boundMillis) {
                listener.dnsQuery(server, transport, type, name, attempt, attempts, boundMillis);
            }

            @Override
            public void ended(String server, String transport, String type, String name, String outcome) {
                listener.dnsEnd(server, transport, type, name, outcome);
            }
        };
    }
}
