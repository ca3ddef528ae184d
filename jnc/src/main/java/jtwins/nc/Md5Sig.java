package jtwins.nc;

import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * struct tcp_md5sig as Linux lays it out (sockaddr_storage, flags, prefix length, key length,
 * ifindex, 80 key bytes: 216 bytes), keyed to the peer the socket is about to talk to.
 */
final class Md5Sig {
    private static final int SIZE = 216;
    private static final int KEYLEN_OFFSET = 130;
    private static final int KEY_OFFSET = 136;

    private Md5Sig() {
    }

    static byte[] of(InetAddress peer, byte[] key) {
        byte[] sig = new byte[SIZE];
        if (peer instanceof Inet6Address) {
            sig[0] = 10;
            System.arraycopy(peer.getAddress(), 0, sig, 8, 16);
        } else if (peer != null) {
            sig[0] = 2;
            System.arraycopy(peer.getAddress(), 0, sig, 4, 4);
        }
        sig[KEYLEN_OFFSET] = (byte) key.length;
        System.arraycopy(key, 0, sig, KEY_OFFSET, key.length);
        return sig;
    }
}
