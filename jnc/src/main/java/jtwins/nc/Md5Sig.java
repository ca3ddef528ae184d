package jtwins.nc;

import java.net.Inet6Address;
import java.net.InetSocketAddress;

/**
 * struct tcp_md5sig as Debian's set-TCP-MD5SIG patch fills it for TCP_MD5SIG_EXT: the socket's whole
 * sockaddr (the peer's, or the listener's own), TCP_MD5SIG_FLAG_PREFIX with prefix length 0, the key.
 * Linux's layout: sockaddr_storage, flags, prefix length, key length, ifindex, 80 key bytes (216).
 */
final class Md5Sig {
    private static final int SIZE = 216;
    private static final int FLAGS_OFFSET = 128;
    private static final int KEYLEN_OFFSET = 130;
    private static final int KEY_OFFSET = 136;
    private static final int TCP_MD5SIG_FLAG_PREFIX = 1;

    private Md5Sig() {
    }

    static byte[] of(InetSocketAddress address, byte[] key) {
        byte[] sig = new byte[SIZE];
        if (address != null) {
            int port = address.getPort();
            boolean inet6 = address.getAddress() instanceof Inet6Address;
            sig[0] = (byte) (inet6 ? 10 : 2);
            sig[2] = (byte) (port >> 8);
            sig[3] = (byte) port;
            byte[] raw = address.getAddress().getAddress();
            System.arraycopy(raw, 0, sig, inet6 ? 8 : 4, raw.length);
        }
        sig[FLAGS_OFFSET] = TCP_MD5SIG_FLAG_PREFIX;
        sig[KEYLEN_OFFSET] = (byte) key.length;
        System.arraycopy(key, 0, sig, KEY_OFFSET, key.length);
        return sig;
    }
}
