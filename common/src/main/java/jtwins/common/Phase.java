package jtwins.common;

/** The phases a network client goes through, each of which an original may bound with its own timer. */
public enum Phase {
    RESOLVE("resolve"),
    CONNECT("connect"),
    TLS("TLS handshake"),
    GREETING("greeting"),
    UDP_PROBE("UDP probe"),
    IDLE_READ("idle read"),
    IDLE_WRITE("idle write"),
    AFTER_STDIN_EOF("after stdin EOF"),
    RETRY_WAIT("wait between tries"),
    TOTAL("whole operation");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
