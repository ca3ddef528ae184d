package jtwins.lab;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** A UDP server on loopback that echoes each datagram back, or swallows them all. */
public final class UdpFaultServer implements AutoCloseable {
    private final DatagramSocket socket;

    private UdpFaultServer(int port, boolean echo) throws IOException {
        socket = new DatagramSocket(null);
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        Thread t = new Thread(() -> serve(echo), "udp-fault-" + port());
        t.setDaemon(true);
        t.start();
    }

    public static UdpFaultServer echo(int port) throws IOException {
        return new UdpFaultServer(port, true);
    }

    public static UdpFaultServer silent(int port) throws IOException {
        return new UdpFaultServer(port, false);
    }

    public int port() {
        return socket.getLocalPort();
    }

    private void serve(boolean echo) {
        byte[] buf = new byte[65536];
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
                if (echo) {
                    socket.send(new DatagramPacket(p.getData(), p.getLength(), p.getSocketAddress()));
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
