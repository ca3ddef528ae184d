package jtwins.lab;

/**
 * rsync's --timeout is io.c's check_timeout(): time() in whole seconds against the last I/O, checked
 * once a lull. Two runs that start at different fractions of a second can end a whole lull apart
 * (2009 ms against 3006 ms on a greeting stall with --timeout=2, in a CI run), so the
 * original and the twin each start at the same fraction, far from the boundary their checks meet.
 */
final class WallClockPhase {
    private static final long PAST_THE_SECOND_MILLIS = 300;

    private WallClockPhase() {
    }

    static boolean countsWholeSeconds(Scenario scenario) {
        if (!scenario.tool().equals("rsync")) {
            return false;
        }
        for (String a : scenario.args()) {
            if (a.startsWith("--timeout")) {
                return true;
            }
        }
        return false;
    }

    /** Sleeps until PAST_THE_SECOND_MILLIS after the next wall-clock second. */
    static void await() throws InterruptedException {
        long now = System.currentTimeMillis();
        long target = (now / 1000 + 1) * 1000 + PAST_THE_SECOND_MILLIS;
        if (target - now > 1000) {
            target -= 1000;
        }
        Thread.sleep(target - now);
    }
}
