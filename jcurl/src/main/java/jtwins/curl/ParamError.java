package jtwins.curl;

/** tool_getparam.c's ParameterError: why an option was refused, with param2text()'s words. */
enum ParamError {
    UNKNOWN("is unknown"),
    AMBIGUOUS("is ambiguous"),
    REQUIRES_PARAMETER("requires parameter"),
    BAD_USE("is badly used here"),
    BAD_NUMERIC("expected a proper numerical parameter"),
    NEGATIVE_NUMERIC("expected a positive numerical parameter"),
    LIBCURL_DOESNT_SUPPORT("the installed libcurl version doesn't support this"),
    NUMBER_TOO_LARGE("too large number"),
    NO_NOT_BOOLEAN("used '--no-' for option that isn't a boolean"),
    READ_ERROR("error encountered when reading a file"),
    UNSUPPORTED_PROTOCOL("a specified protocol is unsupported by libcurl");

    private final String text;

    ParamError(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /** Thrown by an option's handler; the parser adds which option it was. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final ParamError error;

        Refused(ParamError error) {
            super(error.text(), null, false, false);
            this.error = error;
        }
    }

    Refused refused() {
        return new Refused(this);
    }
}
