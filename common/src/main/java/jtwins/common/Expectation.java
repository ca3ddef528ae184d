package jtwins.common;

/**
 * When a command gives up against one situation, end to end (retries and waits included), and why.
 * When the resolver's own schedule applies, the bound is the smaller of the budget and that schedule,
 * which depends on the host's resolv.conf and is worked out where the host is known.
 */
public record Expectation(Situation situation, Budget budget, boolean resolverSchedule, String how) {
    /** The moment in milliseconds after start, given the resolver's worst case for the name; -1 for never. */
    public long millis(long resolverWorstCaseMillis) {
        long own = budget.isUnlimited() ? -1 : budget.duration().toMillis();
        if (!resolverSchedule) {
            return own;
        }
        return own < 0 ? resolverWorstCaseMillis : Math.min(own, resolverWorstCaseMillis);
    }
}
