package jtwins.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.util.Collections;
import java.util.List;

/**
 * A server that plays replies in turn for protocols where the server speaks first (rsync's
 * greeting, MariaDB's handshake): it sends a reply, waits for the client's turn (lines, or one
 * MariaDB packet), sends the next, and closes 200 ms after the last. A client that goes quiet for
 * 3 s or closes ends the script.
 */
public final class ScriptedReplies {
    /** What the client sends between two replies. */
    public interface Turn {
        void await(InputStream in) throws IOException;
    }

    private ScriptedReplies() {
    }

    /** This many lines. */
    public static Turn lines(int count) {
        return in -> {
            int seen = 0;
            while (seen < count) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("client closed");
                }
                if (b == '\n') {
                    seen++;
                }
            }
        };
    }

    /** An rsync client's arguments, each ended by a NUL, the list by an empty one: up to two NULs in a row. */
    public static Turn rsyncArguments() {
        return in -> {
            int last = -1;
            while (true) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("client closed");
                }
                if (b == 0 && last == 0) {
                    return;
                }
                last = b;
            }
        };
    }

    /** One MariaDB packet: a 3-byte length, a sequence byte, the payload. */
    public static Turn mysqlPacket() {
        return MysqlFaults::read;
    }

    public static TcpFaultServer.Behaviour play(List<byte[]> replies, Turn between) {
        return play(replies, Collections.nCopies(Math.max(0, replies.size() - 1), between));
    }

    /** The replies with a turn of its own before each reply after the first. */
    public static TcpFaultServer.Behaviour play(List<byte[]> replies, List<Turn> turns) {
        return c -> {
            c.setSoTimeout(3000);
            OutputStream out = c.getOutputStream();
            try {
                for (int i = 0; i < replies.size(); i++) {
                    if (i > 0) {
                        turns.get(i - 1).await(c.getInputStream());
                    }
                    out.write(replies.get(i));
                    out.flush();
                }
                Thread.sleep(200);
            } catch (SocketTimeoutException e) {
                // the client went quiet: its turn never came
            }
            c.close();
        };
    }
}
