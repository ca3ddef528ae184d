package jtwins.common;

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
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
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
 * together on one UDP socket, each try waiting (timeout << index) / servers seconds (index > 0) from
 * the moment the queries go out; a partial answer then a timeout switches to single-request, then to
 * single-request-reopen, for the rest of the lookup; a truncated answer moves to TCP. dnsjava only
 * writes and reads messages.
 */
final class DnsLookup {
    private enum Outcome { ANSWER, NODATA, NXDOMAIN, FAILED, TRUNCATED }

    private record Answer(Outcome outcome, List<InetAddress> addresses, List<Record> records) {
        static final Answer FAILED_ANSWER = new Answer(Outcome.FAILED, List.of(), List.of());
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
                    return new Resolution(a.addresses, canonicalName(a.records, candidate));
                }
                case NODATA -> sawNoData = true;
                case FAILED, TRUNCATED -> sawFailure = true;
                case NXDOMAIN -> { }
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

    /** ai_canonname: the owner of the address records (a CNAME's target), without the final dot. */
    private static String canonicalName(List<Record> records, String candidate) {
        for (Record r : records) {
            if (r instanceof ARecord || r instanceof AAAARecord) {
                return r.getName().toString(true);
            }
        }
        return candidate.endsWith(".") ? candidate.substring(0, candidate.length() - 1) : candidate;
    }

    /** __res_context_send(): attempts x servers, from a random server with rotate (glibc 2.36, measured). */
    private Answer query(Name name, int[] types, Deadline deadline) {
        // res_mkquery() once per name: every server and every try is sent these same messages
        int[] ids = new int[types.length];
        byte[][] wires = wires(name, types, ids);
        int servers = conf.nameservers.size();
        int offset = conf.rotate ? ThreadLocalRandom.current().nextInt(servers) : 0;
        for (int attempt = 0; attempt < Math.max(1, conf.attempts); attempt++) {
            for (int shift = 0; shift < servers; shift++) {
                int ns = (shift + offset) % servers;
                // send_dg(): seconds = retrans << ns; if (ns > 0) seconds /= nscount; at least 1
                long seconds = (long) conf.timeoutSeconds << ns;
                if (ns > 0) {
                    seconds /= servers;
                }
                seconds = Math.max(1, seconds);
                InetAddress server = NumericAddress.parse(conf.nameservers.get(ns));
                Answer a = server == null ? null
                        : conf.useVc ? overTcp(server, name, types, ids, wires, deadline)
                        : overUdp(server, name, types, ids, wires, seconds * 1000, deadline);
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
     * send_dg(): one try at one server over UDP. Null means a timeout or a refusal (on to the next
     * server); the try is repeated at once, on a fresh clock, when the single-request switch flips.
     */
    private Answer overUdp(InetAddress server, Name name, int[] types, int[] ids, byte[][] wires, long tryMillis,
                           Deadline callerDeadline) {
        String ns = AddressText.of(server);
        while (true) {
            Message[] replies = new Message[types.length];
            try (DatagramChannel channel = DatagramChannel.open(); Selector selector = Selector.open()) {
                channel.connect(new InetSocketAddress(server, 53));
                channel.configureBlocking(false);
                // the try's clock starts as the queries go out, not when the resolver began; the
                // first tries pay back the JVM's start-up, so a lookup fails at glibc's moment from exec
                long tryNanos = tryMillis * 1_000_000;
                Deadline deadline = Deadline.afterNanos(StartupDebt.shorten(tryNanos)).min(callerDeadline);
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
                        StartupDebt.fired(tryNanos);
                        for (int i = 0; i < sent; i++) {
                            if (replies[i] == null) {
                                trace.ended(ns, "udp", Type.string(types[i]), name.toString(), "timed out");
                            }
                        }
                        if (received == 0 || types.length == 1) {
                            return null;
                        }
                        // a partial answer, then silence: servers that cannot take two queries at once
                        if (!state.singleRequest) {
                            state.singleRequest = true;
                            break;
                        }
                        if (!state.singleRequestReopen) {
                            state.singleRequestReopen = true;
                            break;
                        }
                        return combine(replies);
                    }
                    selector.selectedKeys().clear();
                    buf.clear();
                    if (channel.read(buf) <= 0) {
                        continue;
                    }
                    Message reply;
                    try {
                        reply = new Message(Arrays.copyOf(buf.array(), buf.position()));
                    } catch (IOException malformed) {
                        continue;
                    }
                    int which = match(reply, ids, replies);
                    if (which < 0) {
                        continue;
                    }
                    trace.ended(ns, "udp", Type.string(types[which]), name.toString(), describe(reply));
                    if (reply.getHeader().getFlag(Flags.TC)) {
                        return new Answer(Outcome.TRUNCATED, List.of(), List.of());
                    }
                    int rcode = reply.getHeader().getRcode();
                    if (rcode == Rcode.SERVFAIL || rcode == Rcode.NOTIMP || rcode == Rcode.REFUSED) {
                        return null;
                    }
                    replies[which] = reply;
                    received++;
                    if (sent < types.length && received == sent) {
                        send(channel, wires[sent], ns, types[sent], name);
                        sent++;
                    }
                }
                if (received == types.length) {
                    return combine(replies);
                }
            } catch (PortUnreachableException refused) {
                return null; // ICMP port unreachable: glibc moves on to the next server at once
            } catch (IOException e) {
                return null;
            }
        }
    }

    private void send(DatagramChannel channel, byte[] wire, String ns, int type, Name name) throws IOException {
        channel.write(ByteBuffer.wrap(wire));
        trace.sent(ns, "udp", Type.string(type), name.toString());
    }

    private static int match(Message reply, int[] ids, Message[] replies) {
        if (!reply.getHeader().getFlag(Flags.QR)) {
            return -1;
        }
        for (int i = 0; i < ids.length; i++) {
            if (replies[i] == null && reply.getHeader().getID() == ids[i]) {
                return i;
            }
        }
        return -1;
    }

    /** send_vc(): both queries on one TCP connection, as blocking as glibc's (only the caller's deadline bounds it). */
    private Answer overTcp(InetAddress server, Name name, int[] types, int[] ids, byte[][] wires,
                           Deadline deadline) {
        String ns = AddressText.of(server);
        Message[] replies = new Message[types.length];
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
                trace.sent(ns, "tcp", Type.string(type), name.toString());
            }
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int received = 0;
            while (received < types.length) {
                byte[] data = new byte[in.readUnsignedShort()];
                in.readFully(data);
                Message reply = new Message(data);
                int which = match(reply, ids, replies);
                if (which < 0) {
                    continue;
                }
                trace.ended(ns, "tcp", Type.string(types[which]), name.toString(), describe(reply));
                int rcode = reply.getHeader().getRcode();
                if (rcode == Rcode.SERVFAIL || rcode == Rcode.NOTIMP || rcode == Rcode.REFUSED) {
                    return null;
                }
                replies[which] = reply;
                received++;
            }
            return combine(replies);
        } catch (IOException e) {
            return null;
        }
    }

    private static String describe(Message reply) {
        if (reply.getHeader().getFlag(Flags.TC)) {
            return "truncated";
        }
        int rcode = reply.getHeader().getRcode();
        int records = reply.getSection(Section.ANSWER).size();
        return rcode == Rcode.NOERROR ? "NOERROR, " + records + (records == 1 ? " record" : " records")
                : Rcode.string(rcode);
    }

    /** The answers received; a query left unanswered after both switches counts as empty, as glibc's resplen2 = 1. */
    private static Answer combine(Message[] replies) {
        List<InetAddress> addresses = new ArrayList<>();
        List<Record> records = new ArrayList<>();
        boolean nxdomain = false;
        for (Message m : replies) {
            if (m == null) {
                continue;
            }
            int rcode = m.getHeader().getRcode();
            if (rcode == Rcode.NXDOMAIN) {
                nxdomain = true;
                continue;
            }
            if (rcode != Rcode.NOERROR) {
                return Answer.FAILED_ANSWER;
            }
            for (Record r : m.getSection(Section.ANSWER)) {
                records.add(r);
                if (r instanceof ARecord a) {
                    addresses.add(a.getAddress());
                } else if (r instanceof AAAARecord aaaa) {
                    addresses.add(aaaa.getAddress());
                }
            }
        }
        if (!addresses.isEmpty() || (!records.isEmpty() && replies.length == 1 && replies[0] != null)) {
            return new Answer(Outcome.ANSWER, addresses, records);
        }
        return new Answer(nxdomain ? Outcome.NXDOMAIN : Outcome.NODATA, List.of(), List.of());
    }
}
