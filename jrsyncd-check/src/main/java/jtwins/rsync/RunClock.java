package jtwins.rsync;

import jtwins.common.ProcessStart;

/** starttime in main.c: time(NULL) when rsync began, which this process reads back from its exec. */
final class RunClock {
    private RunClock() {
    }

    static long startSeconds() {
        long sinceExecMillis = (System.nanoTime() - ProcessStart.nanoTime()) / 1_000_000;
        return (System.currentTimeMillis() - sinceExecMillis) / 1000;
    }
}
