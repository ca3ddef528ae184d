package jtwins.common;

/** The phases a network client goes through, each of which an original may bound with its own timer. */
public enum Phase {
    RESOLVE("resolve"),
    CONNECT("connect"),
    OTHER_FAMILY("other family"),
    PROXY_HANDSHAKE("proxy handshake"),
    TLS("TLS handshake"),
    GREETING("greeting"),
    UDP_PROBE("UDP probe"),
    RESEND_WAIT("resend wait"),
    IO_WAIT("each I/O wait"),
    IDLE_READ("idle read"),
    IDLE_WRITE("idle write"),
    CONTINUE_WAIT("100-continue wait"),
    SERVER_RESPONSE("server response"),
    /** An FTP client in active mode waiting for the server to connect to it. */
    DATA_ACCEPT("data accept"),
    AFTER_STDIN_EOF("after stdin EOF"),
    RETRY_WAIT("wait between tries"),
    PAGE_WAIT("wait between URLs"),
    TOTAL("whole operation");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
