package jtwins.common;

/** What the far end does, for the question explain answers: when does this command give up against it? */
public enum Situation {
    REFUSED("refused", "the port is closed: the connect is refused at once"),
    BLACK_HOLE("black hole", "SYNs go unanswered"),
    SILENT("silent server", "the server accepts and never says a word"),
    STALLED("stalled answer", "the server stops in the middle of its answer and stays connected"),
    DNS_LOST("DNS lost", "the name server never answers"),
    NO_CONNECT_BACK("no connect back", "an FTP server takes active mode's address and never connects to it");

    private final String label;
    private final String description;

    Situation(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
