package jtwins.common.resolver;

/** A failed lookup, as getaddrinfo() reports it: an EAI_* code, and which timer ended it if one did. */
public final class ResolveException extends Exception {
    private static final long serialVersionUID = 1L;

    private final GaiError error;
    private final boolean callerDeadline;

    public ResolveException(GaiError error) {
        this(error, false);
    }

    public ResolveException(GaiError error, boolean callerDeadline) {
        super(error.text(), null, false, false);
        this.error = error;
        this.callerDeadline = callerDeadline;
    }

    public GaiError error() {
        return error;
    }

    /** True when the caller's own deadline ended the lookup, not the resolver's schedule. */
    public boolean endedByCallerDeadline() {
        return callerDeadline;
    }
}
