package jtwins.rsync;

/** One row of the option table: the options of rsync's popt table that a daemon listing uses. */
enum RsyncOption {
    VERBOSE("verbose", 'v', false),
    QUIET("quiet", 'q', false),
    NO_MOTD("no-motd", (char) 0, false),
    PORT("port", (char) 0, true),
    IPV4("ipv4", '4', false),
    IPV6("ipv6", '6', false),
    CONTIMEOUT("contimeout", (char) 0, true),
    TIMEOUT("timeout", (char) 0, true),
    PASSWORD_FILE("password-file", (char) 0, true),
    LIST_ONLY("list-only", (char) 0, false),
    HELP("help", 'h', false),
    VERSION("version", 'V', false);

    final String longName;
    final char shortName;
    final boolean takesArgument;

    RsyncOption(String longName, char shortName, boolean takesArgument) {
        this.longName = longName;
        this.shortName = shortName;
        this.takesArgument = takesArgument;
    }

    static RsyncOption byLong(String name) {
        for (RsyncOption o : values()) {
            if (o.longName.equals(name)) {
                return o;
            }
        }
        return null;
    }

    static RsyncOption byShort(char c) {
        for (RsyncOption o : values()) {
            if (o.shortName == c) {
                return o;
            }
        }
        return null;
    }
}
