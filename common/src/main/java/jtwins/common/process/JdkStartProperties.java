package jtwins.common.process;

/**
 * Two system properties set before a twin's first channel, each of which spares its start-up a JDK
 * initialisation the originals have no counterpart of. Neither changes what the JDK does: each names
 * what the JDK would otherwise look up, and a value already set (JAVA_TOOL_OPTIONS) is left alone.
 */
public final class JdkStartProperties {
    static final String SELECTOR_PROVIDER = "java.nio.channels.spi.SelectorProvider";
    static final String EXCEPTION_TEXT = "jdk.includeInExceptions";

    private JdkStartProperties() {
    }

    public static void install() {
        nameSelectorProvider();
        nameExceptionText();
    }

    /**
     * SelectorProvider.provider() first asks a property, then the service loader, which looks through
     * every module of the runtime (4 ms of a refused connect on Java 17, measured against the property),
     * then falls back to the platform's provider: naming that class skips the search. The JDK itself
     * instantiates it (its package is java.base's own, so no opening of sun.nio.ch is needed).
     */
    private static void nameSelectorProvider() {
        if (System.getProperty(SELECTOR_PROVIDER) != null) {
            return;
        }
        String provider = platformProvider(System.getProperty("os.name", ""));
        try {
            Class.forName(provider, false, null);
        } catch (ClassNotFoundException | LinkageError notThisJdk) {
            return;
        }
        System.setProperty(SELECTOR_PROVIDER, provider);
    }

    static String platformProvider(String osName) {
        if (osName.startsWith("Mac")) {
            return "sun.nio.ch.KQueueSelectorProvider";
        }
        if (osName.startsWith("Windows")) {
            return "sun.nio.ch.WEPollSelectorProvider";
        }
        return "sun.nio.ch.EPollSelectorProvider";
    }

    /**
     * A refused connect's exception asks whether host details belong in its message, a security
     * property: answering it parses the runtime's java.security file (2.5 ms of a bare refused connect
     * on Java 25). The same-named system property answers first (java.security says so); this value is
     * the out-of-the-box one of Java 25's file and, being unknown to Java 17, means 17's unset default
     * too. It also keeps an administrator's "hostInfo" from appending the address to the messages that
     * Errno.of reads the error number from.
     */
    private static void nameExceptionText() {
        if (System.getProperty(EXCEPTION_TEXT) == null) {
            System.setProperty(EXCEPTION_TEXT, "hostInfoExclSocket");
        }
    }
}
