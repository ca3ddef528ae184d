package jtwins.lab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A TFTP server on loopback (RFC 1350 with RFC 2347-2349 options): a read of "file.txt" gets the
 * content in 512-byte blocks from a port of its own, after an OACK when options were asked for;
 * another name gets ERROR 1 "File not found"; a write is taken block by block and thrown away.
 * Each block is sent again after a second without its ACK, five times at most.
 */
public final class TftpFaultServer implements AutoCloseable {
    private static final int BLOCK = 512;
    private final DatagramSocket socket;
    private final byte[] content;
    private final List<DatagramSocket> transfers = new ArrayList<>();

    private TftpFaultServer(byte[] content) throws IOException {
        this.content = content;
        socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread t = new Thread(this::serve, "tftp-fault-" + port());
        t.setDaemon(true);
        t.start();
    }

    public static TftpFaultServer serving(byte[] content) throws IOException {
        return new TftpFaultServer(content);
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        byte[] buf = new byte[65536];
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
            } catch (IOException e) {
                return;
            }
            byte[] request = java.util.Arrays.copyOf(p.getData(), p.getLength());
            SocketAddress client = p.getSocketAddress();
            Thread t = new Thread(() -> transfer(request, client), "tftp-transfer");
            t.setDaemon(true);
            t.start();
        }
    }

    /** One request, answered from a port of its own (the transfer ID). */
    private void transfer(byte[] request, SocketAddress client) {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            synchronized (transfers) {
                transfers.add(s);
            }
            s.setSoTimeout(1000);
            int opcode = ((request[0] & 0xff) << 8) | (request[1] & 0xff);
            List<String> fields = fields(request);
            boolean options = fields.size() > 2;
            if (opcode == 1) {
                read(s, client, fields.get(0), options);
            } else if (opcode == 2) {
                write(s, client, options);
            }
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    private void read(DatagramSocket s, SocketAddress client, String name, boolean options) throws IOException {
        if (!name.equals("file.txt") && !name.equals("/file.txt")) {
            send(s, client, packet(5, 1, "File not found\0".getBytes(StandardCharsets.ISO_8859_1)));
            return;
        }
        if (options && !exchange(s, client, oack("tsize", Integer.toString(content.length), "blksize", "512"), 0)) {
            return;
        }
        int block = 1;
        for (int at = 0; ; at += BLOCK, block++) {
            int n = Math.max(0, Math.min(BLOCK, content.length - at));
            byte[] data = java.util.Arrays.copyOfRange(content, Math.min(at, content.length), Math.min(at, content.length) + n);
            if (!exchange(s, client, packet(3, block & 0xffff, data), block & 0xffff) || n < BLOCK) {
                return;
            }
        }
    }

    private void write(DatagramSocket s, SocketAddress client, boolean options) throws IOException {
        byte[] first = options ? oack("blksize", "512") : packet(4, 0, new byte[0]);
        send(s, client, first);
        byte[] buf = new byte[BLOCK + 4];
        int expected = 1;
        for (int idle = 0; idle < 5; ) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                s.receive(p);
            } catch (SocketTimeoutException quiet) {
                idle++;
                continue;
            }
            int block = ((buf[2] & 0xff) << 8) | (buf[3] & 0xff);
            send(s, client, packet(4, block, new byte[0]));
            if (block == expected) {
                expected++;
                if (p.getLength() - 4 < BLOCK) {
                    return;
                }
            }
        }
    }

    /** A packet sent until the client ACKs block (or errs), five tries a second apart; false when it never does. */
    private static boolean exchange(DatagramSocket s, SocketAddress client, byte[] packet, int block) throws IOException {
        byte[] buf = new byte[516];
        for (int tries = 0; tries < 5; tries++) {
            send(s, client, packet);
            long until = System.nanoTime() + 1_000_000_000L;
            while (System.nanoTime() < until) {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                try {
                    s.receive(p);
                } catch (SocketTimeoutException quiet) {
                    break;
                }
                int op = ((buf[0] & 0xff) << 8) | (buf[1] & 0xff);
                int acked = ((buf[2] & 0xff) << 8) | (buf[3] & 0xff);
                if (op == 5) {
                    return false;
                }
                if (op == 4 && acked == block) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void send(DatagramSocket s, SocketAddress to, byte[] packet) throws IOException {
        s.send(new DatagramPacket(packet, packet.length, to));
    }

    private static byte[] packet(int opcode, int number, byte[] rest) {
        return ByteBuffer.allocate(4 + rest.length).putShort((short) opcode).putShort((short) number).put(rest).array();
    }

    private static byte[] oack(String... pairs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0);
        out.write(6);
        for (String s : pairs) {
            out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
            out.write(0);
        }
        return out.toByteArray();
    }

    /** The NUL-ended strings after the opcode: name, mode, then option names and values. */
    private static List<String> fields(byte[] request) {
        List<String> fields = new ArrayList<>();
        int start = 2;
        for (int i = 2; i < request.length; i++) {
            if (request[i] == 0) {
                fields.add(new String(request, start, i - start, StandardCharsets.ISO_8859_1));
                start = i + 1;
            }
        }
        return fields;
    }

    @Override
    public void close() {
        socket.close();
        synchronized (transfers) {
            transfers.forEach(DatagramSocket::close);
        }
    }
}
