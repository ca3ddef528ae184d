package jtwins.curl;

import jtwins.common.Diagnostics;

/**
 * -v as the tool's debug callback prints it (tool_cb_dbg.c): "* " for libcurl's notes, "> " and
 * "< " for header lines as sent and received, and one "{ [N bytes data]" after a header block when
 * the body does not go to a terminal.
 */
final class VerboseLog {
    private final Diagnostics stderr;
    private final boolean on;
    private final boolean stdoutIsTerminal;
    private boolean dataNoted;
    private int connections;

    VerboseLog(Diagnostics stderr, boolean on, boolean stdoutIsTerminal) {
        this.stderr = stderr;
        this.on = on;
        this.stdoutIsTerminal = stdoutIsTerminal;
    }

    boolean on() {
        return on;
    }

    void info(String text) {
        if (on) {
            stderr.write("* " + text + "\n");
        }
    }

    /** A header block as sent: each line keeps its CRLF, as curl writes the raw bytes after "> ". */
    void sent(String head) {
        if (!on) {
            return;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (from < head.length()) {
            int end = head.indexOf("\r\n", from);
            end = end < 0 ? head.length() : end + 2;
            out.append("> ").append(head, from, end);
            from = end;
        }
        stderr.write(out.toString());
        dataNoted = false;
    }

    /** One header line as received, CRLF included. */
    void received(String line) {
        if (on) {
            stderr.write("< " + line);
            dataNoted = false;
        }
    }

    void bodyData(int bytes) {
        if (on && !dataNoted && !stdoutIsTerminal) {
            stderr.write("{ [" + bytes + " bytes data]\n");
            dataNoted = true;
        }
    }

    /** The "#N" of a connection: each new connection of this run counts up from 0. */
    int connectionNumber() {
        return connections++;
    }
}
