package jtwins.curl;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import jtwins.common.Errno;
import jtwins.common.Phase;
import jtwins.common.resolver.AddressText;
import jtwins.common.trace.SynWatch;

/**
 * curl 7.88.1's connect (lib/connect.c, the "eyeballers"): one baller per address family, the first
 * family being the resolver's first address's; the second baller starts after
 * --happy-eyeballs-timeout-ms (200) or as soon as the first has run out of addresses. Each attempt
 * gets half the connect time left when its family has another address to try, else all of it.
 * The connect timer is checked here, as curl's connect filter does, so it ends with "Failed to
 * connect ... Timeout was reached"; --max-time is TransferPulse's, and says "Connection timed out".
 */
final class HappyEyeballs {
    private final TransferPulse pulse;
    private final DebugTrace verbose;
    private final long happyEyeballsNanos;

    /** The "#N" its "Connected to" says: the number the connection was given as it was made. */
    private int connectionId;

    HappyEyeballs numbered(int id) {
        this.connectionId = id;
        return this;
    }

    /** --interface and --local-port: what each attempt binds to first; null for neither. */
    private CurlConfig localBind;

    /** For a connection's second socket (FTP's data): the name, port and number its "Connected to" says. */
    private String secondaryHost;
    private int secondaryPort;
    private int secondaryId = -1;

    /** The connection's second socket, which Curl_verboseconnect() names by the connection it belongs to. */
    HappyEyeballs asSecondaryOf(String host, int port, int connectionId) {
        this.secondaryHost = host;
        this.secondaryPort = port;
        this.secondaryId = connectionId;
        return this;
    }

    /** --interface and --local-port for the attempts this makes. */
    HappyEyeballs bindingAs(CurlConfig config) {
        this.localBind = config;
        return this;
    }

    HappyEyeballs(TransferPulse pulse, DebugTrace verbose) {
        this.pulse = pulse;
        this.verbose = verbose;
        // a moment inside the connect clock, not a timer of its own: no start-up debt is paid from it
        this.happyEyeballsNanos = pulse.plan().budget(Phase.OTHER_FAMILY).duration().toNanos();
    }

    /** One family's addresses, tried one after another. */
    private final class Baller {
        final List<InetAddress> addresses;
        int next;
        SocketChannel channel;
        SelectionKey key;
        /** The trace's watch on this attempt's SYNs, when `jtwins trace` listens. */
        SynWatch syns;
        long attemptDeadline = TransferClock.NEVER;
        long attemptMs;
        boolean started;

        Baller(List<InetAddress> addresses) {
            this.addresses = addresses;
        }

        void ended(String outcome) {
            if (syns != null) {
                syns.end(outcome);
                syns = null;
            }
        }

        boolean exhausted() {
            return started && channel == null && next >= addresses.size();
        }
    }

    SocketChannel connect(List<InetAddress> addresses, int port, String hostShown) throws IOException, TransferFailed {
        TransferClock clock = pulse.clock();
        boolean firstIsV6 = addresses.get(0) instanceof Inet6Address;
        List<InetAddress> first = new ArrayList<>();
        List<InetAddress> second = new ArrayList<>();
        for (InetAddress a : addresses) {
            ((a instanceof Inet6Address) == firstIsV6 ? first : second).add(a);
        }
        Baller[] ballers = second.isEmpty() ? new Baller[] {new Baller(first)}
                : new Baller[] {new Baller(first), new Baller(second)};
        long secondStartsAt = System.nanoTime() + happyEyeballsNanos;
        Errno lastErrno = null;
        try (Selector selector = Selector.open()) {
            while (true) {
                long now = System.nanoTime();
                for (int i = 0; i < ballers.length; i++) {
                    Baller b = ballers[i];
                    boolean due = i == 0 || now - secondStartsAt >= 0 || ballers[0].exhausted();
                    if (!due) {
                        continue;
                    }
                    b.started = true;
                    if (b.channel != null) {
                        Errno e = poll(b, port, now);
                        if (b.channel != null && e == null && b.key == null) {
                            return connected(ballers, b, hostShown, port);
                        }
                        if (e != null) {
                            lastErrno = e;
                        }
                    }
                    while (b.channel == null && b.next < b.addresses.size()) {
                        Errno e;
                        try {
                            e = start(b, port, selector, clock);
                        } catch (TransferFailed bindFailed) {
                            // the filter's failure goes through Curl_conn_connect()'s failf, which the
                            // error buffer, holding bindlocal()'s own words, no longer takes
                            verbose.info(bindFailed.getMessage());
                            throw TransferFailed.afterEarlierFailf(bindFailed.code(), bindFailed.getMessage(),
                                    "Failed to connect to " + hostShown + " port " + port + " after "
                                    + clock.sinceSingleMs(System.nanoTime()) + " ms: " + bindFailed.code().text());
                        }
                        if (b.channel != null && b.key == null) {
                            return connected(ballers, b, hostShown, port);
                        }
                        if (e != null) {
                            lastErrno = e;
                        }
                    }
                }
                if (now - clock.connectDeadline() >= 0) {
                    long since = clock.sinceSingleMs(now);
                    String line = "Failed to connect to " + hostShown + " port " + port + " after " + since
                            + " ms: " + CurlCode.OPERATION_TIMEDOUT.text();
                    throw new TransferFailed(CurlCode.OPERATION_TIMEDOUT, line, lastErrno);
                }
                boolean allDone = true;
                for (Baller b : ballers) {
                    allDone &= b.exhausted();
                }
                if (allDone) {
                    long since = clock.sinceSingleMs(System.nanoTime());
                    String line = "Failed to connect to " + hostShown + " port " + port + " after " + since
                            + " ms: " + CurlCode.COULDNT_CONNECT.text();
                    // a kernel that gave up on its SYNs makes it a timeout, with the same words
                    CurlCode code = lastErrno == Errno.ETIMEDOUT ? CurlCode.OPERATION_TIMEDOUT : CurlCode.COULDNT_CONNECT;
                    throw new TransferFailed(code, line, lastErrno);
                }
                long wakeAt = clock.connectDeadline();
                for (int i = 0; i < ballers.length; i++) {
                    if (ballers[i].channel != null) {
                        wakeAt = Math.min(wakeAt, ballers[i].attemptDeadline);
                    }
                    if (i == 1 && !ballers[1].started) {
                        wakeAt = Math.min(wakeAt, secondStartsAt);
                    }
                }
                if (ballers.length == 1 && now - secondStartsAt < 0) {
                    // curl arms the eyeballs timer whether or not a second family exists, and wakes for it
                    wakeAt = Math.min(wakeAt, secondStartsAt);
                }
                // what curl does after its connect filter on each wake: the meter
                pulse.meter().update(System.nanoTime(), false);
                boolean watching = false;
                for (Baller b : ballers) {
                    watching |= b.syns != null;
                }
                pulse.await(selector, SynWatch.sliced(wakeAt, watching));
                for (Baller b : ballers) {
                    if (b.syns != null) {
                        b.syns.sample();
                    }
                }
            }
        } finally {
            for (Baller b : ballers) {
                if (b.channel != null && b.key != null) {
                    b.ended("abandoned (EINPROGRESS)");
                    b.channel.close();
                }
            }
        }
    }

    /** Starts the baller's next address; an error that connect() gives at once is returned. */
    private Errno start(Baller b, int port, Selector selector, TransferClock clock) throws IOException, TransferFailed {
        InetAddress address = b.addresses.get(b.next++);
        verbose.info("  Trying " + (address instanceof Inet6Address ? "[" + AddressText.of(address) + "]"
                : AddressText.of(address)) + ":" + port + "...");
        SocketChannel ch = SocketChannel.open(address instanceof Inet6Address
                ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
        ch.configureBlocking(false);
        if (localBind != null && LocalBind.asked(localBind)) {
            try {
                LocalBind.bind(ch, localBind, address instanceof Inet6Address, verbose);
            } catch (TransferFailed f) {
                ch.close();
                throw f;
            }
        }
        long now = System.nanoTime();
        long left = Math.max(0, clock.connectDeadline() - now);
        // the last address of a family has all the time left: its timer and the connect clock end together
        long allotted = b.next < b.addresses.size() ? left / 2 : left;
        b.attemptMs = allotted / 1_000_000;
        b.attemptDeadline = now + allotted;
        InetSocketAddress target = new InetSocketAddress(address, port);
        try {
            if (ch.connect(target)) {
                SynWatch.immediate(target, "connected");
                b.channel = ch;
                b.key = null;
                return null;
            }
        } catch (IOException e) {
            ch.close();
            Errno errno = Errno.of(e);
            SynWatch.immediate(target, errno.name());
            verbose.info("connect to " + AddressText.of(address) + " port " + port + " failed: " + errno.text());
            return errno;
        }
        b.channel = ch;
        b.key = ch.register(selector, SelectionKey.OP_CONNECT, address);
        b.syns = SynWatch.begin(ch, target);
        return null;
    }

    /** Looks at an attempt in progress: connected (key cleared), failed or timed out (channel cleared). */
    private Errno poll(Baller b, int port, long now) throws IOException {
        InetAddress address = (InetAddress) b.key.attachment();
        try {
            if (b.channel.finishConnect()) {
                b.ended("connected");
                b.key.cancel();
                b.key = null;
                return null;
            }
        } catch (IOException e) {
            Errno errno = Errno.of(e);
            b.ended(errno.name());
            verbose.info("connect to " + AddressText.of(address) + " port " + port + " failed: " + errno.text());
            b.key.cancel();
            b.channel.close();
            b.channel = null;
            b.key = null;
            return errno;
        }
        if (now - b.attemptDeadline >= 0) {
            verbose.info((address instanceof Inet6Address ? "ipv6" : "ipv4") + " connect timeout after "
                    + b.attemptMs + "ms, move on!");
            b.ended("abandoned (EINPROGRESS)");
            b.key.cancel();
            b.channel.close();
            b.channel = null;
            b.key = null;
            return Errno.ETIMEDOUT;
        }
        return null;
    }

    private SocketChannel connected(Baller[] ballers, Baller winner, String hostShown, int port) throws IOException {
        for (Baller b : ballers) {
            if (b != winner && b.channel != null) {
                b.channel.close();
                b.channel = null;
            }
        }
        SocketChannel ch = winner.channel;
        winner.channel = null;
        InetSocketAddress remote = (InetSocketAddress) ch.getRemoteAddress();
        if (secondaryId >= 0) {
            verbose.info("Connected to " + secondaryHost + " (" + AddressText.of(remote.getAddress()) + ") port "
                    + secondaryPort + " (#" + secondaryId + ")");
        } else {
            verbose.info("Connected to " + hostShown + " (" + AddressText.of(remote.getAddress()) + ") port " + port
                    + " (#" + connectionId + ")");
        }
        return ch;
    }
}
