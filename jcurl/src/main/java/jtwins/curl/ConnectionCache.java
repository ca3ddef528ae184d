package jtwins.curl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The tool's shared connection cache (CURL_LOCK_DATA_CONNECT): a connection a response leaves open
 * is kept after its transfer, and a later request to the same place (host, port and scheme, or the
 * same HTTP proxy, through the same tunnel) takes it up again instead of connecting. An idle
 * connection with anything to read has been closed by its server: it is dropped and a new one made.
 */
final class ConnectionCache {
    /**
     * One kept connection: where it leads, its number, the name -v says it is "with", whether its
     * server spoke HTTP/1.0, and its two ends as -w tells them.
     */
    record Kept(String key, Wire wire, int id, String shownAs, boolean http10, Ends ends) {
    }

    /** %{remote_ip}, %{remote_port}, %{local_ip}, %{local_port} of a connection. */
    record Ends(String remoteIp, int remotePort, String localIp, int localPort) {
    }

    private final List<Kept> idle = new ArrayList<>();

    /** ConnectionExists(): a live kept connection for key, taken out of the cache; null for none. */
    Kept take(String key, DebugTrace verbose) {
        if (key == null) {
            return null;
        }
        for (int i = 0; i < idle.size(); i++) {
            Kept k = idle.get(i);
            if (!k.key().equals(key)) {
                continue;
            }
            idle.remove(i);
            if (dead(k)) {
                verbose.info("Connection " + k.id() + " seems to be dead");
                closeQuietly(k.wire());
                i--;
                continue;
            }
            return k;
        }
        return null;
    }

    /** multi_done(): a connection the response left open, kept for the next request. */
    void keep(Kept kept) {
        idle.add(kept);
    }

    /** The end of the command line: every kept connection closed. */
    void closeAll() {
        for (Kept k : idle) {
            closeQuietly(k.wire());
        }
        idle.clear();
    }

    private static boolean dead(Kept k) {
        try {
            return k.wire().seemsDead();
        } catch (IOException e) {
            return true;
        }
    }

    private static void closeQuietly(Wire wire) {
        try {
            wire.close();
        } catch (IOException e) {
            // a connection already gone
        }
    }
}
