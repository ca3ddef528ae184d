package jtwins.curl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * tftp_set_timeouts()' schedule, and the moment an unanswered request ends, against what Debian's
 * curl 7.88.1 did on loopback ("set timeouts for state 0; Total N, retry R maxtry M" with -v, the
 * exit 28 timed against a UDP socket that never answers).
 */
class TftpScheduleTest {
    @Test
    void theScheduleFromTheTimeLeft() {
        assertEquals(new TftpSchedule(300, 50, 6), TftpSchedule.forTimeLeft(300_000));
        assertEquals(new TftpSchedule(10, 3, 3), TftpSchedule.forTimeLeft(10_000));
        assertEquals(new TftpSchedule(1, 3, 1), TftpSchedule.forTimeLeft(1000));
        assertEquals(new TftpSchedule(1, 3, 1), TftpSchedule.forTimeLeft(934));
        assertEquals(new TftpSchedule(3600, 50, 72), TftpSchedule.forTimeLeft(0), "no bound: an hour");
    }

    @Test
    void anUnansweredRequestEndsAtTheResendTickAfterTheConnectClock() {
        // measured: --connect-timeout 1 ends after 2.0 s, 4 after 5.0 s, 10 after 12.0 s
        assertEquals(2000, TftpSchedule.forTimeLeft(1000).silentEndMs(1000));
        assertEquals(5000, TftpSchedule.forTimeLeft(4000).silentEndMs(4000));
        assertEquals(12_000, TftpSchedule.forTimeLeft(10_000).silentEndMs(10_000));
        assertEquals(301_000, TftpSchedule.forTimeLeft(300_000).silentEndMs(300_000));
        assertFalse(TftpSchedule.forTimeLeft(300_000).sendsRunOutFirst(300_000), "50 sends of 7 s outlast 300 s");
    }
}
