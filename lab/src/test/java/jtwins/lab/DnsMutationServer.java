package jtwins.lab;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * A DNS server (UDP, on a loopback address) for the resolver's fuzz rows: every name has A 127.0.0.2
 * and AAAA ::2, and each answer goes out mutated as the seed says (DnsMutations): for each query
 * type, whether it is mutated and how, the same for every try, so getent and the twin meet the same
 * server. The addresses in a mutated answer are only printed by the clients, never connected to.
 */
public final class DnsMutationServer implements AutoCloseable {
    private final DatagramSocket socket;
    private final long seed;

    private DnsMutationServer(InetAddress address, long seed) throws IOException {
        this.seed = seed;
        socket = new DatagramSocket(null);
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(address, 53));
        Thread t = new Thread(this::serve, "dns-mutation");
        t.setDaemon(true);
        t.start();
    }

    public static DnsMutationServer start(InetAddress address, long seed) throws IOException {
        return new DnsMutationServer(address, seed);
    }

    /** The mutations a query type gets under this seed: none, one or two, named. */
    public static List<String> mutationsFor(long seed, int type) {
        Random r = new Random(seed * 1_000_003L + type);
        List<String> names = new ArrayList<>();
        int count = r.nextInt(3);
        for (int i = 0; i < count; i++) {
            names.add(DnsMutations.pick(r));
        }
        return names;
    }

    private void serve() {
        byte[] buf = new byte[4096];
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
                byte[] data = new byte[p.getLength()];
                System.arraycopy(p.getData(), 0, data, 0, p.getLength());
                Message query = new Message(data);
                Record question = query.getQuestion();
                if (question == null) {
                    continue;
                }
                byte[] out = mutated(answer(query, question), question.getType());
                socket.send(new DatagramPacket(out, out.length, p.getSocketAddress()));
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private static Message answer(Message query, Record question) throws IOException {
        Message answer = new Message(query.getHeader().getID());
        answer.getHeader().setFlag(Flags.QR);
        answer.getHeader().setFlag(Flags.RD);
        answer.getHeader().setFlag(Flags.RA);
        answer.addRecord(question, Section.QUESTION);
        if (question.getType() == Type.A) {
            answer.addRecord(new ARecord(question.getName(), DClass.IN, 60, InetAddress.getByName("127.0.0.2")), Section.ANSWER);
        } else if (question.getType() == Type.AAAA) {
            answer.addRecord(new AAAARecord(question.getName(), DClass.IN, 60, InetAddress.getByName("::2")), Section.ANSWER);
        }
        return answer;
    }

    private byte[] mutated(Message answer, int type) {
        byte[] wire = answer.toWire();
        Random r = new Random(seed * 7919L + type);
        for (String name : mutationsFor(seed, type)) {
            wire = DnsMutations.mutate(name, wire, r);
        }
        return wire;
    }

    @Override
    public void close() {
        socket.close();
    }
}
