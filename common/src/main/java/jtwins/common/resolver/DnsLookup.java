package jtwins.common.resolver;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import jtwins.common.Deadline;
import jtwins.common.PhaseTimer;
import jtwins.common.ReadinessWait;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * The DNS step of a lookup, shaped like glibc's stub resolver (res_send.c): the search list and ndots;
 * for each name `attempts` rounds over the servers (from a random one with rotate); A and AAAA sent
 * together on one UDP socket a server, kept from round to round, each try waiting
 * (timeout << index) / servers seconds (index > 0) from the moment the queries go out; a partial answer then a timeout switches to single-request, then to
 * single-request-reopen, for the rest of the lookup; a truncated answer moves to TCP. Replies are
 * read from their bytes (DnsReply); dnsjava writes the queries and reads only a PTR reply's name.
 */
final class DnsLookup {
    /**
     * NOT_FOUND and UNRECOVERABLE end the lookup where they happen: glibc's search has already taken
     * the reply when gaih_getanswer() finds no address in it (EAI_NONAME) or cannot parse it, and
     * FORMERR, REFUSED or an unknown code stop the search as NO_RECOVERY (EAI_FAIL).
     */
    private enum Outcome { ANSWER, NODATA, NXDOMAIN, FAILED, TRUNCATED, NOT_FOUND, UNRECOVERABLE }

    private record Answer(Outcome outcome, List<InetAddress> addresses, String canonical, List<Record> records) {
        static final Answer FAILED_ANSWER = new Answer(Outcome.FAILED, List.of(), null, List.of());

        static Answer of(Outcome outcome) {
            return new Answer(outcome, List.of(), null, List.of());
        }
    }

    /**
     * A reply where send_dg() put it: the first to arrive in the first buffer, the second in the
     * second, whichever query each answers. A dropped one (SERVFAIL, a lame reply) keeps its bytes
     * in the buffer, which __res_context_query() may still read the header of, with a length of 0.
     */
    private record Slot(byte[] bytes, boolean usable) {
    }

    /** The send options of one lookup; glibc stores the single-request switch in _res, so it sticks. */
    private static final class SendState {
        boolean singleRequest;
        boolean singleRequestReopen;

        SendState(ResolvConf conf) {
            singleRequestReopen = conf.singleRequestReopen;
            singleRequest = conf.singleRequest || conf.singleRequestReopen;
        }
    }

    private final ResolvConf conf;
    private final DnsTrace trace;
    private final SendState state;
    /** The try under way (1-based) and its wait, for the trace. */
    private int tryNumber;
    private long tryBoundMillis;
    /**
     * Where the last UDP try's wait ran out, -1 when it ended otherwise: glibc sends the next try
     * microseconds after its poll() returns 0, so the next try is counted from there; a JVM's late
     * wake-up on a busy machine and its work between tries would otherwise add up, try after try.
     */
    private long ranOutAtNanos = -1;

    private DnsLookup(ResolvConf conf, DnsTrace trace) {
        this.conf = conf;
        this.trace = trace;
        this.state = new SendState(conf);
    }

    static Resolution lookup(String host, AddressFamily family, Deadline deadline, DnsTrace trace)
            throws ResolveException {
        DnsLookup lookup = new DnsLookup(ResolvConf.system(), trace);
        int[] types = switch (family) {
            case INET -> new int[] {Type.A};
            case INET6 -> new int[] {Type.AAAA};
            case UNSPEC -> lookup.conf.noAaaa ? new int[] {Type.A} : new int[] {Type.A, Type.AAAA};
        };
        boolean sawNoData = false;
        boolean sawFailure = false;
        for (String candidate : candidates(host, lookup.conf)) {
            Name name;
            try {
                name = Name.fromString(candidate, Name.root);
            } catch (TextParseException e) {
                throw new ResolveException(GaiError.EAI_NONAME);
            }
            Answer a = lookup.query(name, types, deadline);
            switch (a.outcome) {
                case ANSWER -> {
                    return new Resolution(a.addresses, a.canonical);
                }
                case NODATA -> sawNoData = true;
                case FAILED, TRUNCATED -> sawFailure = true;
                case NXDOMAIN -> { }
                case NOT_FOUND -> throw new ResolveException(GaiError.EAI_NONAME);
                case UNRECOVERABLE -> throw new ResolveException(GaiError.EAI_FAIL);
            }
            if (deadline.expired()) {
                throw new ResolveException(GaiError.EAI_AGAIN, true);
            }
        }
        if (sawFailure) {
            throw new ResolveException(GaiError.EAI_AGAIN);
        }
        throw new ResolveException(sawNoData ? GaiError.EAI_NODATA : GaiError.EAI_NONAME);
    }

    /** The PTR name of an address without its final dot, null when none exists. */
    static String reverse(InetAddress address) throws ResolveException {
        DnsLookup lookup = new DnsLookup(ResolvConf.system(), DnsTrace.NONE);
        Answer a = lookup.query(ReverseMap.fromAddress(address), new int[] {Type.PTR}, Deadline.NONE);
        switch (a.outcome) {
            case ANSWER -> {
                for (Record r : a.records) {
                    if (r instanceof PTRRecord ptr) {
                        String name = ptr.getTarget().toString();
                        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
                    }
                }
                return null;
            }
            case FAILED, TRUNCATED -> throw new ResolveException(GaiError.EAI_AGAIN);
            default -> {
                return null;
            }
        }
    }

    /** res_search()'s order: as-is first when it has ndots dots (or a final dot), else the search list first. */
    static List<String> candidates(String host, ResolvConf conf) {
        List<String> names = new ArrayList<>();
        if (host.endsWith(".")) {
            names.add(host);
            return names;
        }
        long dots = host.chars().filter(c -> c == '.').count();
        boolean asIsFirst = dots >= conf.ndots;
        if (asIsFirst) {
            names.add(host + ".");
        }
        for (String domain : conf.search) {
            names.add(host + "." + (domain.endsWith(".") ? domain : domain + "."));
        }
        if (!asIsFirst) {
            names.add(host + ".");
        }
        return names;
    }

    /** __res_context_send(): attempts x servers, from a random server with rotate (glibc 2.36, measured). */
    private Answer query(Name name, int[] types, Deadline deadline) {
        // res_mkquery() once per name: every server and every try is sent these same messages
        int[] ids = new int[types.length];
        byte[][] wires = wires(name, types, ids);
        int servers = conf.nameservers.size();
        int offset = conf.rotate ? ThreadLocalRandom.current().nextInt(servers) : 0;
        try (ServerSockets sockets = new ServerSockets()) {
            return eachTry(name, types, ids, wires, servers, offset, sockets, deadline);
        }
    }

    /** The rounds of __res_context_send() over the servers, each server's UDP socket kept from try to try. */
    private Answer eachTry(Name name, int[] types, int[] ids, byte[][] wires, int servers, int offset,
                           ServerSockets sockets, Deadline deadline) {
        for (int attempt = 0; attempt < conf.attempts; attempt++) {
            for (int shift = 0; shift < servers; shift++) {
                int ns = (shift + offset) % servers;
                // send_dg(): seconds = retrans << ns; if (ns > 0) seconds /= nscount; at least 1
                long seconds = (long) conf.timeoutSeconds << ns;
                if (ns > 0) {
                    seconds /= servers;
                }
                seconds = Math.max(1, seconds);
                tryNumber = attempt + 1;
                tryBoundMillis = seconds * 1000;
                InetAddress server = NumericAddress.parse(conf.nameservers.get(ns));
                Answer a = server == null ? null
                        : conf.useVc ? overTcp(server, name, types, ids, wires, deadline)
                        : overUdp(sockets, ns, server, name, types, ids, wires, seconds * 1000, deadline);
                if (a != null && a.outcome == Outcome.TRUNCATED) {
                    // a truncated answer: the same server again over TCP (send_vc), both queries on one connection
                    a = overTcp(server, name, types, ids, wires, deadline);
                }
                if (a != null && a.outcome != Outcome.FAILED) {
                    return a;
                }
                if (deadline.expired()) {
                    return Answer.FAILED_ANSWER;
                }
            }
        }
        return Answer.FAILED_ANSWER;
    }

    private byte[][] wires(Name name, int[] types, int[] ids) {
        byte[][] wires = new byte[types.length][];
        for (int i = 0; i < types.length; i++) {
            Message q = Message.newQuery(Record.newRecord(name, types[i], DClass.IN));
            if (conf.edns0) {
                q.addRecord(new OPTRecord(1200, 0, 0), Section.ADDITIONAL);
            }
            ids[i] = q.getHeader().getID();
            wires[i] = q.toWire();
        }
        return wires;
    }

    /**
     * send_dg(): one try at one server over UDP. Null means a timeout, a refusal or a reply too short
     * for a header (on to the next server); the try is repeated at once, on a fresh clock, when the
     * single-request switch flips. A reply counts when its ID and question match a query's (a
     * question glibc cannot parse counts too); the QR bit is not looked at, as glibc does not.
     */
    private Answer overUdp(ServerSockets sockets, int index, InetAddress server, Name name, int[] types, int[] ids,
                           byte[][] wires, long tryMillis, Deadline callerDeadline) {
        String ns = AddressText.of(server);
        while (true) {
            Slot[] slots = new Slot[types.length];
            boolean[] answered = new boolean[types.length];
            // send_dg()'s poll() timeout: the try's clock starts as the queries go out, not when the
            // resolver began; the first tries pay back the JVM's start-up, so a lookup fails at glibc's
            // moment from exec
            try (Selector selector = Selector.open(); PhaseTimer tryTimer = armTry(tryMillis * 1_000_000)) {
                // the server's socket from an earlier try, if any: a reply to that try's queries (the same
                // IDs, the same question) that comes late, or waits already queued, answers this one
                DatagramChannel channel = sockets.of(index, server);
                Deadline deadline = tryTimer.deadline().min(callerDeadline);
                int sent = 0;
                int last = state.singleRequest ? 1 : types.length;
                for (; sent < last; sent++) {
                    send(channel, wires[sent], ns, types[sent], name);
                }
                channel.register(selector, SelectionKey.OP_READ);
                ByteBuffer buf = ByteBuffer.allocate(65536);
                int received = 0;
                while (received < types.length) {
                    ReadinessWait.await(selector, deadline);
                    if (selector.selectedKeys().isEmpty()) {
                        if (tryTimer.expired()) {
                            ranOutAtNanos = tryTimer.endsAtNanos();
                        }
                        for (int i = 0; i < sent; i++) {
                            if (!answered[i]) {
                                trace.ended(ns, "udp", Type.string(types[i]), name.toString(), "timed out");
                            }
                        }
                        // a first reply with data, then silence: servers that cannot take two queries at
                        // once; anything less is a plain timeout
                        if (received == 0 || !slots[0].usable() || types.length == 1) {
                            return null;
                        }
                        if (!state.singleRequest) {
                            state.singleRequest = true;
                            break;
                        }
                        if (!state.singleRequestReopen) {
                            // single-request-reopen: a fresh socket for the repeated try
                            state.singleRequestReopen = true;
                            sockets.close(index);
                            break;
                        }
                        return combine(slots, types);
                    }
                    selector.selectedKeys().clear();
                    buf.clear();
                    // the JDK reads an empty datagram as end-of-stream (-1), which UDP otherwise has not
                    int n = Math.max(0, channel.read(buf));
                    byte[] reply = Arrays.copyOf(buf.array(), n);
                    if (n < DnsReply.HEADER_SIZE) {
                        // recvfrom() gave nothing, or an undersized message (EMSGSIZE): this server is done
                        trace.ended(ns, "udp", "?", name.toString(), n + " bytes");
                        return null;
                    }
                    int which = match(reply, ids, wires, answered);
                    if (which < 0) {
                        continue;
                    }
                    answered[which] = true;
                    trace.ended(ns, "udp", Type.string(types[which]), name.toString(), describe(reply));
                    int rcode = DnsReply.rcode(reply);
                    boolean lame = rcode == Rcode.NOERROR && DnsReply.answerCount(reply) == 0
                            && !DnsReply.authoritative(reply) && !DnsReply.recursionAvailable(reply)
                            && DnsReply.additionalCount(reply) == 0;
                    if (rcode == Rcode.SERVFAIL || rcode == Rcode.NOTIMP || rcode == Rcode.REFUSED || lame) {
                        // next_ns: after a first reply, glibc returns it alone; before, this one counts as
                        // received without data, and (single-request or not) the wait goes on
                        if (received > 0) {
                            slots[received] = new Slot(reply, false);
                            return combine(slots, types);
                        }
                        if (types.length == 1) {
                            return null;
                        }
                        slots[0] = new Slot(reply, false);
                        received++;
                        continue;
                    }
                    if (DnsReply.truncated(reply)) {
                        return Answer.of(Outcome.TRUNCATED);
                    }
                    slots[received++] = new Slot(reply, true);
                    if (sent < types.length && received == sent) {
                        send(channel, wires[sent], ns, types[sent], name);
                        sent++;
                    }
                }
                if (received == types.length) {
                    return combine(slots, types);
                }
            } catch (PortUnreachableException refused) {
                // ICMP port unreachable: glibc closes the socket and moves on to the next server at once
                sockets.close(index);
                return null;
            } catch (IOException e) {
                sockets.close(index);
                return null;
            }
        }
    }

    /** send_dg()'s try clock: from now, or from where the try before it ran out. */
    private PhaseTimer armTry(long nanos) {
        long from = ranOutAtNanos;
        ranOutAtNanos = -1;
        return from < 0 ? PhaseTimer.enterNanos(nanos) : PhaseTimer.enterFrom(from, nanos);
    }

    /**
     * glibc's EXT(statp).nssocks: one connected UDP socket a server, opened at its first try and kept
     * through every round of one name's queries, closed when __res_context_send() returns (no
     * RES_STAYOPEN), on an error, and for single-request-reopen.
     */
    private static final class ServerSockets implements AutoCloseable {
        private final Map<Integer, DatagramChannel> open = new HashMap<>();

        DatagramChannel of(int index, InetAddress server) throws IOException {
            DatagramChannel channel = open.get(index);
            if (channel == null) {
                channel = DatagramChannel.open();
                try {
                    channel.connect(new InetSocketAddress(server, 53));
                    channel.configureBlocking(false);
                } catch (IOException e) {
                    channel.close();
                    throw e;
                }
                open.put(index, channel);
            }
            return channel;
        }

        void close(int index) {
            DatagramChannel channel = open.remove(index);
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // closing is all that is asked
                }
            }
        }

        @Override
        public void close() {
            for (Integer index : List.copyOf(open.keySet())) {
                close(index);
            }
        }
    }

    private void send(DatagramChannel channel, byte[] wire, String ns, int type, Name name) throws IOException {
        channel.write(ByteBuffer.wrap(wire));
        trace.sent(ns, "udp", Type.string(type), name.toString(), tryNumber, conf.attempts, tryBoundMillis);
    }

    /**
     * The query a reply answers: the same ID and (over UDP) a question that matches or cannot be parsed
     * (glibc counts both); -1 for a stray packet. glibc parses a question on past the bytes received,
     * into whatever its answer buffer held before: the twin stops at the end, which is what glibc's
     * garbage came to in most cases measured (DnsFuzzTest, FuzzKnownDifferences).
     */
    private static int match(byte[] reply, int[] ids, byte[][] wires, boolean[] answered) {
        for (int i = 0; i < ids.length; i++) {
            if (!answered[i] && DnsReply.id(reply) == ids[i]
                    && (wires == null || DnsReply.queriesMatch(wires[i], reply) != 0)) {
                return i;
            }
        }
        return -1;
    }

    /** send_vc(): both queries on one TCP connection, as blocking as glibc's (only the caller's deadline bounds it). */
    private Answer overTcp(InetAddress server, Name name, int[] types, int[] ids, byte[][] wires,
                           Deadline deadline) {
        String ns = AddressText.of(server);
        Slot[] slots = new Slot[types.length];
        boolean[] answered = new boolean[types.length];
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(server, 53),
                    deadline.isNone() ? 0 : (int) Math.max(1, deadline.remainingMillisCeil()));
            if (!deadline.isNone()) {
                socket.setSoTimeout((int) Math.max(1, deadline.remainingMillisCeil()));
            }
            // one write for all queries, each behind its two-byte length, as send_vc()'s writev(): split writes
            // would wait on Nagle and the server's delayed ACK
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            DataOutputStream framed = new DataOutputStream(all);
            for (byte[] wire : wires) {
                framed.writeShort(wire.length);
                framed.write(wire);
            }
            socket.getOutputStream().write(all.toByteArray());
            for (int type : types) {
                trace.sent(ns, "tcp", Type.string(type), name.toString(), tryNumber, conf.attempts, tryBoundMillis);
            }
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int received = 0;
            while (received < types.length) {
                byte[] reply = new byte[in.readUnsignedShort()];
                in.readFully(reply);
                if (reply.length < DnsReply.HEADER_SIZE) {
                    return null;
                }
                // send_vc() matches by ID alone
                int which = match(reply, ids, null, answered);
                if (which < 0) {
                    continue;
                }
                trace.ended(ns, "tcp", Type.string(types[which]), name.toString(), describe(reply));
                int rcode = DnsReply.rcode(reply);
                if (rcode == Rcode.SERVFAIL || rcode == Rcode.NOTIMP || rcode == Rcode.REFUSED) {
                    return null;
                }
                answered[which] = true;
                slots[received++] = new Slot(reply, true);
            }
            return combine(slots, types);
        } catch (IOException e) {
            return null;
        }
    }

    private static String describe(byte[] reply) {
        if (DnsReply.truncated(reply)) {
            return "truncated";
        }
        int rcode = DnsReply.rcode(reply);
        int records = DnsReply.answerCount(reply);
        return rcode == Rcode.NOERROR ? "NOERROR, " + records + (records == 1 ? " record" : " records")
                : Rcode.string(rcode);
    }

    /**
     * __res_context_query()'s check of the two replies (an empty one read through the other's header),
     * then gaih_getanswer() in arrival order: the first reply's addresses, then the second's while the
     * first found some or none; a first reply that cannot be parsed makes the answer unusable, and
     * addresses taken before a record that cannot be read are kept. A PTR reply is read by dnsjava.
     */
    private static Answer combine(Slot[] slots, int[] types) {
        Slot first = slots[0];
        Slot second = slots.length > 1 ? slots[1] : null;
        byte[] h1 = first.bytes();
        byte[] h2 = h1;
        if (second != null && second.usable()) {
            h2 = second.bytes();
            if (!first.usable()) {
                h1 = h2;
            }
        }
        if ((DnsReply.rcode(h1) != Rcode.NOERROR || DnsReply.answerCount(h1) == 0)
                && (DnsReply.rcode(h2) != Rcode.NOERROR || DnsReply.answerCount(h2) == 0)) {
            return switch (DnsReply.rcode(h1) == Rcode.NOERROR ? DnsReply.rcode(h2) : DnsReply.rcode(h1)) {
                case Rcode.NXDOMAIN -> Answer.of(Outcome.NXDOMAIN);
                case Rcode.SERVFAIL -> Answer.FAILED_ANSWER;
                case Rcode.NOERROR -> Answer.of(Outcome.NODATA);
                default -> Answer.of(Outcome.UNRECOVERABLE);
            };
        }
        if (types[0] == Type.PTR) {
            try {
                return new Answer(Outcome.ANSWER, List.of(), null, new Message(h1).getSection(Section.ANSWER));
            } catch (IOException malformed) {
                return Answer.of(Outcome.UNRECOVERABLE);
            }
        }
        List<InetAddress> addresses = new ArrayList<>();
        String canonical = null;
        DnsReply.Status status = DnsReply.Status.NOT_FOUND;
        if (first.usable()) {
            DnsReply.Slice s1 = DnsReply.slice(first.bytes());
            status = s1.status();
            addresses.addAll(s1.addresses());
            canonical = s1.canonical();
        }
        if ((status == DnsReply.Status.SUCCESS || status == DnsReply.Status.NOT_FOUND) && second != null
                && second.usable()) {
            DnsReply.Slice s2 = DnsReply.slice(second.bytes());
            if (status != DnsReply.Status.SUCCESS && s2.status() != DnsReply.Status.NOT_FOUND) {
                status = s2.status();
            }
            addresses.addAll(s2.addresses());
            if (canonical == null) {
                canonical = s2.canonical();
            }
        }
        return switch (status) {
            case SUCCESS -> new Answer(Outcome.ANSWER, addresses, canonical, List.of());
            case NOT_FOUND -> Answer.of(Outcome.NOT_FOUND);
            case UNAVAILABLE -> Answer.of(Outcome.UNRECOVERABLE);
        };
    }
}
