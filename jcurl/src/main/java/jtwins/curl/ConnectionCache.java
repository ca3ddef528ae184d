package jtwins.curl;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tool's shared connection cache (CURL_LOCK_DATA_CONNECT): a connection a response leaves open
 * is kept after its transfer, and a later request to the same place (host, port and scheme, or the
 * same HTTP proxy, through the same tunnel) takes it up again instead of connecting. An idle
 * connection with anything to read has been closed by its server: it is dropped and a new one made.
 */
final class ConnectionCache {
    /**
     * One kept connection: where it leads, its number, the name -v says it is "with", whether its
     * server spoke HTTP/1.0, its two ends as -w tells them, and for a protocol that logs in (FTP,
     * SMTP) what its session remembers (null for HTTP).
     */
    record Kept(String key, Wire wire, int id, String shownAs, boolean http10, Ends ends, KeptSession session) {
        Kept(String key, Wire wire, int id, String shownAs, boolean http10, Ends ends) {
            this(key, wire, id, shownAs, http10, ends, null);
        }
    }

    /** %{remote_ip}, %{remote_port}, %{local_ip}, %{local_port} of a connection. */
    record Ends(String remoteIp, int remotePort, String localIp, int localPort) {
    }

    /** What the cache knows of the connections to one place (a conncache bundle). */
    private static final class Bundle {
        final long address;
        int inUse;
        boolean noMultiuse;
        /** BUNDLE_MULTIPLEX: its connection speaks HTTP/2. */
        boolean multiplex;

        Bundle(long address) {
            this.address = address;
        }
    }

    private final List<Kept> idle = new ArrayList<>();
    private final Map<String, Bundle> bundles = new HashMap<>();
    private long nextAddress = 0x55d1c0a2beb0L;

    /**
     * ConnectionExists() for a transfer about to connect to key: a live kept connection taken out of
     * the cache, or null for a new one. While another transfer's connection there has not yet shown
     * whether it can multiplex, a --parallel transfer waits (CURLOPT_PIPEWAIT) until that one is done,
     * as libcurl keeps it pending; true in {@code waited} says it did. The connection counts as in use
     * until {@link #done}. A protocol that never multiplexes (FTP) says nothing of multiplexing.
     */
    synchronized Kept acquire(String key, boolean fresh, boolean pipewait, DebugTrace verbose, boolean[] waited)
            throws InterruptedException {
        return acquire(key, fresh, pipewait, true, verbose, waited);
    }

    synchronized Kept acquire(String key, boolean fresh, boolean pipewait, boolean multiplexable, DebugTrace verbose,
                              boolean[] waited) throws InterruptedException {
        if (key == null) {
            return null;
        }
        while (true) {
            Bundle bundle = bundleOf(bundleKey(key));
            if (bundle != null && !fresh && bundle.multiplex) {
                verbose.info("Found bundle for host: 0x" + Long.toHexString(bundle.address) + " [can multiplex]");
            } else if (bundle != null && !fresh) {
                verbose.info("Found bundle for host: 0x" + Long.toHexString(bundle.address) + " [serially]");
                // IsMultiplexingPossible(): only then does ConnectionExists() weigh multiplexing
                if (multiplexable && bundle.noMultiuse) {
                    verbose.info("Can not multiplex, even if we wanted to");
                } else if (multiplexable && pipewait) {
                    verbose.info("Server doesn't support multiplex yet, wait");
                    verbose.info("No connections available.");
                    waited[0] = true;
                    wait();
                    continue;
                } else if (multiplexable) {
                    verbose.info("Server doesn't support multiplex (yet)");
                }
            }
            Kept kept = fresh ? null : take(key, verbose);
            // not computeIfAbsent() with a lambda: every run comes here, and lambdas cost a start (ToolMain.Body)
            Bundle held = bundles.get(bundleKey(key));
            if (held == null) {
                held = new Bundle(nextAddress += 0x1a0);
                bundles.put(bundleKey(key), held);
            }
            held.inUse++;
            return kept;
        }
    }

    /**
     * multi_done(): the transfer's connection is kept (or closed, kept == null); the bundle has now
     * shown which HTTP it speaks, and a transfer pending on it tries again.
     */
    synchronized void done(String key, Kept kept) {
        if (kept != null) {
            idle.add(kept);
        }
        Bundle bundle = key == null ? null : bundles.get(bundleKey(key));
        if (bundle != null) {
            bundle.inUse--;
            // Curl_multiuse_state() as ALPN or the upgrade left it: HTTP/2 multiplexes, HTTP/1 never
            bundle.multiplex = kept != null && kept.wire() instanceof Http2Wire;
            bundle.noMultiuse = !bundle.multiplex;
        }
        notifyAll();
    }

    /** The bundle while any connection of it is in use or kept; a bundle with none is gone. */
    private Bundle bundleOf(String bundleKey) {
        Bundle bundle = bundles.get(bundleKey);
        if (bundle == null) {
            return null;
        }
        for (Kept k : idle) {
            if (bundleKey(k.key()).equals(bundleKey)) {
                return bundle;
            }
        }
        if (bundle.inUse > 0) {
            return bundle;
        }
        bundles.remove(bundleKey);
        return null;
    }

    /**
     * conncache.c hashkey(): a bundle is the host and port connections go to, whatever their protocol
     * or login (sftp:// and scp:// to one server share it); a proxy asked for URLs is its own.
     */
    private static String bundleKey(String key) {
        String k = key;
        int login = k.indexOf(" login ");
        if (login >= 0) {
            k = k.substring(0, login);
        }
        int scheme = k.indexOf("://");
        if (!k.startsWith("proxy ") && !k.startsWith("unix:") && scheme > 0) {
            k = k.substring(scheme + 3);
        }
        return k;
    }

    /** A live kept connection for key, taken out of the cache; null for none. */
    private Kept take(String key, DebugTrace verbose) {
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

    /**
     * The end of the command line: every kept connection closed, one that logged in after its
     * goodbye.
     */
    synchronized void closeAll() {
        for (Kept k : idle) {
            if (k.session() != null) {
                k.session().farewell();
            }
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
