package jtwins.common;

/**
 * When a command gives up against one situation, end to end (retries and waits included), and why.
 * When the resolver's own schedule applies, the bound is the smaller of the budget and that schedule,
 * which depends on the host's resolv.conf and is worked out where the host is known. A name with more
 * than one address costs more where the tool tries them in turn. kernelTimer: the kernel's SYN retries
 * end it, a timer no process can shorten, so a twin's start-up shows in its moment.
 */
public record Expectation(Situation situation, Budget budget, boolean resolverSchedule, long perFurtherAddressMillis,
                          boolean kernelTimer, String how) {
    /** The moment in milliseconds after start for one address; -1 for never. */
    public long millis(long resolverWorstCaseMillis) {
        return millis(resolverWorstCaseMillis, 1);
    }

    /**
     * The moment for a name with that many addresses (tools that try them one after the other pay
     * perFurtherAddressMillis for each beyond the first), given the resolver's worst case; -1 for never.
     */
    public long millis(long resolverWorstCaseMillis, int addresses) {
        long own = budget.isUnlimited() ? -1 : budget.duration().toMillis() + Math.max(0, addresses - 1) * perFurtherAddressMillis;
        if (!resolverSchedule) {
            return own;
        }
        return own < 0 ? resolverWorstCaseMillis : Math.min(own, resolverWorstCaseMillis);
    }
}
