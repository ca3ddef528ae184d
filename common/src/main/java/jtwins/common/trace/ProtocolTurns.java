package jtwins.common.trace;

/**
 * For a protocol whose server speaks first (MariaDB's greeting, rsync's): what a timeline shows of its
 * turns. The first bytes heard are the first byte; each turn the client takes after hearing is one
 * "request sent", however many writes it makes; a wait over a second before data is an idle gap.
 */
public final class ProtocolTurns {
    private boolean heardFrom;
    private boolean ourTurn;

    /** Data came after a wait that began at beganNanos. */
    public void heard(long beganNanos) {
        ourTurn = false;
        if (!heardFrom) {
            heardFrom = true;
            Trace.listener().firstByte();
        }
        IdleGap.report(beganNanos);
    }

    /** The client wrote what it names; a turn is named by its first write. */
    public void sent(String what) {
        if (!ourTurn) {
            ourTurn = true;
            Trace.listener().requestSent(what);
        }
    }
}
