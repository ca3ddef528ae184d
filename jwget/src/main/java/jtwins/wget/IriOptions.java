package jtwins.wget;

/**
 * The run's IRI settings as wget's opt holds them: --iri/--no-iri (enable_iri, on by default), the
 * local encoding (--local-encoding, else the locale's character set) and --remote-encoding (null
 * when not given).
 */
record IriOptions(boolean enabled, String locale, String remote) {
    static IriOptions of(WgetSettings s) {
        String local = s.string("localencoding");
        return new IriOptions(s.bool("iri"), local != null && !local.isEmpty() ? local : Quote.codeset(),
                s.string("remoteencoding"));
    }
}
