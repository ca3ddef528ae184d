package jtwins.nc;

import java.nio.charset.Charset;
import jtwins.common.Errno;
import jtwins.common.nativecall.NativeCallFailed;
import jtwins.common.nativecall.UnixSockaddr;

/**
 * Debian's unix_setup_sockaddr() (abstract-unix-domain-socket.patch): a name starting with '@' is an
 * abstract one, the '@' becoming the NUL; anything else is a file name. It runs before socket(), so a
 * name that cannot be laid out fails with no socket made.
 */
final class NcUnixAddress {
    private NcUnixAddress() {
    }

    static UnixSockaddr of(String path) throws NativeCallFailed {
        byte[] bytes = path.getBytes(Charset.defaultCharset());
        if (bytes.length == 0) {
            // the NUL abstract name is refused; the empty abstract name is "@"
            throw new NativeCallFailed(Errno.EINVAL.number());
        }
        if (bytes[0] == '@') {
            byte[] name = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, name, 0, name.length);
            return UnixSockaddr.abstractName(name);
        }
        return UnixSockaddr.file(bytes);
    }
}
