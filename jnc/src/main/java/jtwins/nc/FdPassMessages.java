package jtwins.nc;

import jtwins.common.Failure;
import jtwins.common.nativecall.FdPassing;

/** How fdpass() ends, with nc's words: exit 0 once the descriptor went, else err()/errx() with 1. */
final class FdPassMessages {
    private FdPassMessages() {
    }

    static Failure of(FdPassing.Refusal refusal) {
        if (refusal == null) {
            return Failure.silent(0);
        }
        if (refusal instanceof FdPassing.StdoutIsATerminal) {
            return Failure.errx(1, "Cannot pass file descriptor to tty");
        }
        if (refusal instanceof FdPassing.SendFailed f) {
            return Failure.errx(1, "sendmsg: " + f.cause().getMessage());
        }
        if (refusal instanceof FdPassing.PollFailed f) {
            return Failure.errx(1, "poll: " + f.cause().getMessage());
        }
        return Failure.errx(1, "sendmsg: unexpected return value " + ((FdPassing.ShortSend) refusal).returned());
    }
}
