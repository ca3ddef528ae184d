package jtwins.common;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * The DNS step of a lookup, shaped like glibc's stub resolver: the search list and ndots, then for
 * each name `attempts` rounds over the servers, A and AAAA sent together on one UDP socket, each try
 * waiting (timeout << index) / servers seconds (index > 0). dnsjava only writes and reads messages.
 */
final class DnsLookup {
    private enum Outcome { ANSWER, NODATA, NXDOMAIN, FAILED }

    private record Answer(Outcome outcome, List<InetAddress> addresses, List<Record> records) {
    }

    private DnsLookup() {
    }

    static List<InetAddress> lookup(String host, AddressFamily family, Deadline deadline) throws ResolveException {
        ResolvConf conf = ResolvConf.system();
        int[] types = switch (family) {
            case INET -> new int[] {Type.A};
            case INET6 -> new int[] {Type.AAAA};
            case UNSPEC -> new int[] {Type.A, Type.AAAA};
        };
        boolean sawNoData = false;
        boolean sawFailure = false;
        for (String candidate : candidates(host, conf)) {
            Name name;
            try {
                name = Name.fromString(candidate, Name.root);
            } catch (TextParseException e) {
                throw new ResolveException(GaiError.EAI_NONAME);
            }
            Answer a = query(name, types, conf, deadline);
            switch (a.outcome) {
                case ANSWER -> {
                    return a.addresses;
                }
                case NODATA -> sawNoData = true;
                case FAILED -> sawFailure = true;
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
        Answer a = query(ReverseMap.fromAddress(address), new int[] {Type.PTR}, ResolvConf.system(), Deadline.NONE);
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
            case FAILED -> throw new ResolveException(GaiError.EAI_AGAIN);
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

    private static Answer query(Name name, int[] types, ResolvConf conf, Deadline deadline) {
        int servers = conf.nameservers.size();
        for (int attempt = 0; attempt < Math.max(1, conf.attempts); attempt++) {
            for (int ns = 0; ns < servers; ns++) {
                // res_send.c send_dg(): seconds = retrans << ns; if (ns > 0) seconds /= nscount; at least 1
                long seconds = (long) conf.timeoutSeconds << ns;
                if (ns > 0) {
                    seconds /= servers;
                }
                seconds = Math.max(1, seconds);
                Deadline tryDeadline = Deadline.afterMillis(seconds * 1000).min(deadline);
                Answer a = ask(conf.nameservers.get(ns), name, types, tryDeadline);
                if (a != null && a.outcome != Outcome.FAILED) {
                    return a;
                }
                if (deadline.expired()) {
                    return new Answer(Outcome.FAILED, List.of(), List.of());
                }
            }
        }
        return new Answer(Outcome.FAILED, List.of(), List.of());
    }

    /** One try at one server; null (or FAILED) sends the resolver on to the next server. */
    private static Answer ask(String server, Name name, int[] types, Deadline deadline) {
        InetAddress address = NumericAddress.parse(server);
        if (address == null) {
            return null;
        }
        try (DatagramChannel channel = DatagramChannel.open(); Selector selector = Selector.open()) {
            channel.connect(new InetSocketAddress(address, 53));
            channel.configureBlocking(false);
            int[] ids = new int[types.length];
            for (int i = 0; i < types.length; i++) {
                Message q = Message.newQuery(Record.newRecord(name, types[i], DClass.IN));
                ids[i] = q.getHeader().getID();
                channel.write(ByteBuffer.wrap(q.toWire()));
            }
            channel.register(selector, SelectionKey.OP_READ);
            Message[] replies = new Message[types.length];
            int pending = types.length;
            ByteBuffer buf = ByteBuffer.allocate(65536);
            while (pending > 0) {
                ReadinessWait.await(selector, deadline);
                if (selector.selectedKeys().isEmpty()) {
                    return null; // this try's timeout: on to the next server
                }
                buf.clear();
                if (channel.read(buf) <= 0) {
                    continue;
                }
                Message reply;
                try {
                    reply = new Message(java.util.Arrays.copyOf(buf.array(), buf.position()));
                } catch (IOException malformed) {
                    continue;
                }
                for (int i = 0; i < ids.length; i++) {
                    if (replies[i] == null && reply.getHeader().getID() == ids[i]
                            && reply.getHeader().getFlag(Flags.QR)) {
                        replies[i] = reply;
                        pending--;
                    }
                }
            }
            return combine(replies);
        } catch (PortUnreachableException refused) {
            return null; // ICMP port unreachable: glibc moves on to the next server at once
        } catch (IOException e) {
            return null;
        }
    }

    private static Answer combine(Message[] replies) {
        List<InetAddress> addresses = new ArrayList<>();
        List<Record> records = new ArrayList<>();
        boolean nxdomain = false;
        for (Message m : replies) {
            int rcode = m.getHeader().getRcode();
            if (rcode == Rcode.NXDOMAIN) {
                nxdomain = true;
                continue;
            }
            if (rcode != Rcode.NOERROR) {
                return new Answer(Outcome.FAILED, List.of(), List.of());
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
        if (!records.isEmpty()) {
            return new Answer(Outcome.ANSWER, addresses, records);
        }
        return new Answer(nxdomain ? Outcome.NXDOMAIN : Outcome.NODATA, List.of(), List.of());
    }
}
