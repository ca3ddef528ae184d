package jtwins.wget;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import jtwins.common.Errno;

/**
 * gethttp()'s way to a connection, in its own steps: the kept-alive connection when it goes to the
 * same peer; otherwise the lookup, the connect, CONNECT through a proxy for https, and the TLS
 * handshake with the certificate check. A step that fails ends the try with its uerr_t.
 */
final class HttpConnect {
    private final Session session;
    private final WgetSettings s;
    private final WgetLog log;

    HttpConnect(Session session) {
        this.session = session;
        this.s = session.settings;
        this.log = session.log;
    }

    /** A wire to the peer (the proxy, or the URL's host), ready for the request. */
    Wire open(WgetUrl u, WgetUrl peer, WgetUrl proxy) throws HttpTry.Ended, IOException {
        Wire kept;
        try {
            kept = session.persistentFor(peer.host(), peer.port(), u.scheme().equals("https"));
        } catch (HostLookup.Failed e) {
            log.notQuiet(session.program + ": unable to resolve host address " + Quote.of(Quote.bytes(peer.host())) + "\n");
            throw new HttpTry.Ended(Uerr.HOSTERR);
        }
        if (kept == null && u.scheme().equals("https")) {
            session.tls.init();
        }
        if (kept != null) {
            log.verbose("Reusing existing connection to " + peer.host() + ":" + peer.port() + ".\n");
            log.debug("Reusing fd " + kept.fd() + ".\n");
            return kept;
        }
        HostLookup.AddressList al = lookup(peer);
        IdleWire plain;
        try {
            plain = connect(peer, al.addresses);
        } finally {
            // connect_to_host(): the list released whether an address connected or none did
            session.lookup.release(al);
        }
        if (!u.scheme().equals("https")) {
            return plain;
        }
        if (proxy != null) {
            tunnel(plain, u, proxy);
        }
        return handshake(plain, u);
    }

    /** lookup_host(): "unable to resolve host address", HOSTERR. */
    private HostLookup.AddressList lookup(WgetUrl peer) throws HttpTry.Ended {
        try {
            return session.lookup.lookup(peer.host(), false);
        } catch (HostLookup.Failed e) {
            log.notQuiet(session.program + ": unable to resolve host address " + Quote.of(Quote.bytes(peer.host())) + "\n");
            throw new HttpTry.Ended(Uerr.HOSTERR);
        }
    }

    /** connect_to_host(): each address in turn; CONERROR to retry, CONIMPOSSIBLE to give up. */
    private IdleWire connect(WgetUrl peer, List<InetAddress> addresses) throws HttpTry.Ended, IOException {
        Connector.Connected connected;
        try {
            connected = session.connector.connect(peer.host(), addresses, peer.port());
        } catch (Connector.Failed e) {
            throw new HttpTry.Ended(retryable(e.errno) ? Uerr.CONERROR : Uerr.CONIMPOSSIBLE);
        }
        return new IdleWire(connected, session.plan, session.descriptors, log);
    }

    /** establish_connection()'s CONNECT for https through a proxy; its failure ends the try. */
    private void tunnel(IdleWire plain, WgetUrl u, WgetUrl proxy) throws HttpTry.Ended, IOException {
        Uerr failed = new ProxyTunnel(s, log).open(plain, u, proxy);
        if (failed != null) {
            plain.close();
            throw new HttpTry.Ended(failed);
        }
    }

    /** ssl_connect_wget() and ssl_check_certificate(): CONSSLERR, or VERIFCERTERR for a chain refused. */
    private Wire handshake(IdleWire plain, WgetUrl u) throws HttpTry.Ended, IOException {
        TlsWire tls;
        try {
            tls = TlsWire.handshake(plain, u.host(), u.port());
        } catch (TlsWire.HandshakeFailed e) {
            plain.close();
            throw new HttpTry.Ended(Uerr.CONSSLERR);
        }
        if (!session.tls.accept(tls.peerChain(), u.host())) {
            tls.close();
            throw new HttpTry.Ended(Uerr.VERIFCERTERR);
        }
        return tls;
    }


    /** retryable_socket_connect_error: a refused or unreachable peer is final unless --retry-connrefused. */
    private boolean retryable(Errno errno) {
        return switch (errno) {
            case ECONNREFUSED, ENETUNREACH, EHOSTUNREACH -> s.bool("retryconnrefused");
            default -> true;
        };
    }
}
