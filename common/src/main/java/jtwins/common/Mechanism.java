package jtwins.common;

/** The system-call mechanism an original uses to bound a phase; the twin uses the observable equivalent. */
public enum Mechanism {
    SELECT("select() on the connecting socket"),
    POLL("poll() with a timeout"),
    ALARM("alarm() and SIGALRM"),
    SETITIMER("setitimer(ITIMER_REAL) and SIGALRM"),
    SO_RCVTIMEO("SO_RCVTIMEO/SO_SNDTIMEO on the socket"),
    KERNEL_SYN_RETRIES("the kernel's SYN retries (net.ipv4.tcp_syn_retries)"),
    RESOLVER_SCHEDULE("the resolver's own schedule (resolv.conf timeout:/attempts:)"),
    SLEEP("a sleep before the next try"),
    NONE("nothing: waits forever");

    private final String description;

    Mechanism(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
