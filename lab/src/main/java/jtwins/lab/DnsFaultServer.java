package jtwins.lab;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * A DNS server on a loopback address (UDP) that answers in one chosen way: swallows every query,
 * says NXDOMAIN or SERVFAIL, or answers A/AAAA from a table, optionally after a delay. Every query's
 * arrival is logged with its time, so a twin's query schedule can be compared with glibc's.
 */
public final class DnsFaultServer implements AutoCloseable {
    public enum Mode {
        SWALLOW, NXDOMAIN, SERVFAIL, TABLE,
        /** Answers A from the table and swallows AAAA: a partial answer, glibc's cue for single-request. */
        SWALLOW_AAAA,
        /** Over UDP only an empty answer with TC set; over TCP on the same port, the table. */
        TRUNCATE
    }

    /** One query as it arrived, and over which transport ("udp" or "tcp"). */
    public record Query(long arrivedNanos, String name, String type, String transport) {
    }

    private final DatagramSocket socket;
    private final Mode mode;
    private final Map<String, List<InetAddress>> table;
    private final long delayMillis;
    private final List<Query> log = new CopyOnWriteArrayList<>();
    private final ServerSocket tcp;
    private final ExecutorService answerer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dns-fault-answer");
        t.setDaemon(true);
        return t;
    });

    private DnsFaultServer(InetAddress address, int port, Mode mode, Map<String, List<InetAddress>> table,
                           long delayMillis) throws IOException {
        this.mode = mode;
        this.table = table;
        this.delayMillis = delayMillis;
        socket = new DatagramSocket(null);
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(address, port));
        // dnsjava's first parse loads its classes (about 100 ms): done now, so no query's arrival waits on it
        answer(Message.newQuery(Record.newRecord(Name.root, Type.A, DClass.IN)),
                Record.newRecord(Name.root, Type.A, DClass.IN)).toWire();
        Thread t = new Thread(this::serve, "dns-fault");
        t.setDaemon(true);
        t.start();
        if (mode == Mode.TRUNCATE) {
            tcp = new ServerSocket();
            tcp.setReuseAddress(true);
            tcp.bind(new InetSocketAddress(address, socket.getLocalPort()));
            Thread v = new Thread(this::serveTcp, "dns-fault-tcp");
            v.setDaemon(true);
            v.start();
        } else {
            tcp = null;
        }
    }

    public static DnsFaultServer start(InetAddress address, int port, Mode mode) throws IOException {
        return new DnsFaultServer(address, port, mode, Map.of(), 0);
    }

    /** Answers names in the table (lower case, no final dot); other names get NXDOMAIN. */
    public static DnsFaultServer table(InetAddress address, int port, Map<String, List<InetAddress>> table,
                                       long delayMillis) throws IOException {
        return new DnsFaultServer(address, port, Mode.TABLE, table, delayMillis);
    }

    /** A table-driven mode (TABLE, SWALLOW_AAAA, TRUNCATE) with its table. */
    public static DnsFaultServer start(InetAddress address, int port, Mode mode, Map<String, List<InetAddress>> table)
            throws IOException {
        return new DnsFaultServer(address, port, mode, table, 0);
    }

    public List<Query> log() {
        return List.copyOf(log);
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        byte[] buf = new byte[4096];
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
            } catch (IOException e) {
                return;
            }
            long arrived = System.nanoTime();
            Message query;
            try {
                byte[] data = new byte[p.getLength()];
                System.arraycopy(p.getData(), 0, data, 0, p.getLength());
                query = new Message(data);
            } catch (IOException e) {
                continue;
            }
            Record question = query.getQuestion();
            if (question == null) {
                continue;
            }
            log.add(new Query(arrived, question.getName().toString(true), Type.string(question.getType()), "udp"));
            if (mode == Mode.SWALLOW || (mode == Mode.SWALLOW_AAAA && question.getType() == Type.AAAA)) {
                continue;
            }
            InetSocketAddress to = (InetSocketAddress) p.getSocketAddress();
            Message asked = query;
            Runnable send = () -> {
                Message answer = answer(asked, question);
                if (mode == Mode.TRUNCATE) {
                    answer.removeAllRecords(Section.ANSWER);
                    answer.getHeader().setFlag(Flags.TC);
                }
                byte[] out = answer.toWire();
                try {
                    socket.send(new DatagramPacket(out, out.length, to));
                } catch (IOException e) {
                    // the client is gone
                }
            };
            if (delayMillis > 0) {
                Thread d = new Thread(() -> {
                    try {
                        Thread.sleep(delayMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                    send.run();
                }, "dns-delay");
                d.setDaemon(true);
                d.start();
            } else {
                // answered on another thread, so this one is back in receive() at once: a query that
                // arrives meanwhile is logged when it arrives, not when the previous answer has gone
                answerer.execute(send);
            }
        }
    }

    /** DNS over TCP: two-byte length, message; as many queries as the client sends on one connection. */
    private void serveTcp() {
        while (!tcp.isClosed()) {
            try (Socket c = tcp.accept()) {
                DataInputStream in = new DataInputStream(c.getInputStream());
                DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(c.getOutputStream()));
                while (true) {
                    int length;
                    try {
                        length = in.readUnsignedShort();
                    } catch (EOFException closed) {
                        break;
                    }
                    byte[] data = new byte[length];
                    in.readFully(data);
                    Message query = new Message(data);
                    Record question = query.getQuestion();
                    log.add(new Query(System.nanoTime(), question.getName().toString(true),
                            Type.string(question.getType()), "tcp"));
                    byte[] wire = answer(query, question).toWire();
                    out.writeShort(wire.length);
                    out.write(wire);
                    out.flush();
                }
            } catch (IOException e) {
                // the client went away, or the server is closing
            }
        }
    }

    private Message answer(Message query, Record question) {
        Message answer = new Message(query.getHeader().getID());
        answer.getHeader().setFlag(Flags.QR);
        answer.getHeader().setFlag(Flags.RA);
        if (query.getHeader().getFlag(Flags.RD)) {
            answer.getHeader().setFlag(Flags.RD);
        }
        answer.addRecord(question, Section.QUESTION);
        switch (mode) {
            case NXDOMAIN -> answer.getHeader().setRcode(Rcode.NXDOMAIN);
            case SERVFAIL -> answer.getHeader().setRcode(Rcode.SERVFAIL);
            default -> {
                List<InetAddress> addresses = table.get(question.getName().toString(true).toLowerCase());
                if (addresses == null) {
                    answer.getHeader().setRcode(Rcode.NXDOMAIN);
                    break;
                }
                Name name = question.getName();
                for (InetAddress a : addresses) {
                    if (question.getType() == Type.A && a.getAddress().length == 4) {
                        answer.addRecord(new ARecord(name, DClass.IN, 60, a), Section.ANSWER);
                    } else if (question.getType() == Type.AAAA && a.getAddress().length == 16) {
                        answer.addRecord(new AAAARecord(name, DClass.IN, 60, a), Section.ANSWER);
                    }
                }
            }
        }
        return answer;
    }

    @Override
    public void close() {
        socket.close();
        answerer.shutdownNow();
        if (tcp != null) {
            try {
                tcp.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
