package jtwins.common.resolver;

/** Hears each DNS query of a lookup: when it went, to which server, over what, and how it ended. */
public interface DnsTrace {
    DnsTrace NONE = new DnsTrace() {
        @Override
        public void sent(String server, String transport, String type, String name) {
        }

        @Override
        public void ended(String server, String transport, String type, String name, String outcome) {
        }
    };

    void sent(String server, String transport, String type, String name);

    /** outcome: an rcode ("NOERROR 2 records", "NXDOMAIN", "SERVFAIL", "truncated"), or "timed out". */
    void ended(String server, String transport, String type, String name, String outcome);
}
