package jtwins.curl;

/**
 * tftp.c tftp_set_timeouts(): the seconds a TFTP state has (the time left, rounded; an hour when
 * nothing bounds it) spread over at most 50 and at least 3 sends, one each retry_time seconds.
 * The same arithmetic arms TftpTransfer's resends and gives explain its TFTP prediction.
 */
record TftpSchedule(long maxtime, int retryMax, int retryTime) {
    /** An hour: what the state has when Curl_timeleft() says nothing bounds it. */
    private static final long UNBOUNDED_SECONDS = 3600;

    /** For Curl_timeleft()'s answer: the milliseconds left, 0 for no bound. */
    static TftpSchedule forTimeLeft(long leftMs) {
        long maxtime = leftMs > 0 ? (leftMs + 500) / 1000 : UNBOUNDED_SECONDS;
        int retryMax = (int) Math.min(50, Math.max(3, maxtime / 5));
        int retryTime = (int) Math.max(1, maxtime / retryMax);
        return new TftpSchedule(maxtime, retryMax, retryTime);
    }

    /**
     * When an unanswered request ends, in milliseconds from the first send, the clock being
     * clockMs: each resend comes when retry_time whole seconds have passed (a tick later, as time()
     * counts them); the clock's end finishes the state and the next resend tick, on the multi
     * loop's one-second wake-ups, ends the transfer (exit 28) - unless the sends run out first.
     */
    long silentEndMs(long clockMs) {
        return Math.min(outOfSendsMs(), afterClockMs(clockMs));
    }

    /** Whether the last send goes unanswered before the clock ends the state: exit 7, not 28. */
    boolean sendsRunOutFirst(long clockMs) {
        return outOfSendsMs() < afterClockMs(clockMs);
    }

    private long tickMs() {
        return (retryTime + 1) * 1000L;
    }

    private long outOfSendsMs() {
        return retryMax * tickMs();
    }

    private long afterClockMs(long clockMs) {
        long lastSend = Math.max(0, (clockMs - 1) / tickMs()) * tickMs();
        long wait = lastSend + tickMs() - clockMs;
        return clockMs + Math.max(1000, (wait + 999) / 1000 * 1000);
    }
}
