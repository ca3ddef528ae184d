package jtwins.common;

/** How a connect attempt to one address ended. */
public record ConnectOutcome(Kind kind, Errno errno) {
    public enum Kind { CONNECTED, FAILED, TIMED_OUT }

    public static final ConnectOutcome CONNECTED = new ConnectOutcome(Kind.CONNECTED, null);

    /** A timer ran out; errno is what the original has in errno at that moment (EINPROGRESS for a select()). */
    public static ConnectOutcome timedOut(Errno errnoAtThatMoment) {
        return new ConnectOutcome(Kind.TIMED_OUT, errnoAtThatMoment);
    }

    public static ConnectOutcome failed(Errno errno) {
        return new ConnectOutcome(Kind.FAILED, errno);
    }

    public boolean connected() {
        return kind == Kind.CONNECTED;
    }
}
