package jtwins.mysql;

import java.nio.charset.StandardCharsets;

/**
 * The server's first packet (protocol 10), read as leniently as Connector/C reads it: a field the
 * packet is too short for is zero or empty, so a garbage greeting still gets a login answer. Beside
 * the fields, what mthd_my_real_connect() makes of the scramble: the plugin it is meant for
 * (dataPlugin), its length as that plugin is handed it, and whether the packet is malformed by it.
 */
record Greeting(int protocol, String serverVersion, long capabilities, byte[] scramble, String dataPlugin,
                int scrambleLength, boolean malformed) {
    static final long CLIENT_PROTOCOL_41 = 0x200;
    static final long CLIENT_SSL = 0x800;
    static final long CLIENT_SECURE_CONNECTION = 0x8000;
    static final long CLIENT_PLUGIN_AUTH = 0x80000;
    static final String OLD_PASSWORD = "mysql_old_password";

    static Greeting parse(byte[] p) {
        Reader r = new Reader(p);
        int protocol = r.u8();
        String version = r.cString();
        r.skip(4);
        byte[] scramble1 = r.bytes(8);
        r.skip(1);
        long caps = r.u16();
        r.skip(1 + 2);
        caps |= (long) r.u16() << 16;
        // the scramble's length (read below, as Connector/C reads it) and 10 reserved bytes
        r.skip(1 + 10);
        byte[] scramble = new byte[20];
        System.arraycopy(scramble1, 0, scramble, 0, 8);
        System.arraycopy(r.bytes(12), 0, scramble, 8, 12);
        // Connector/C 3.3: the 18 bytes after the first part's filler hold the scramble's length when
        // the packet reaches past them. A packet long enough for the second part gives the plugin that
        // many bytes and names it after them (CLIENT_PLUGIN_AUTH), or gives mysql_native_password the
        // rest of the packet; a shorter one leaves the first part's 9 bytes, for mysql_old_password
        int nul = 1;
        while (nul < p.length && p[nul] != 0) {
            nul++;
        }
        int end = nul + 5 + 9;
        int pktScrambleLength = p.length >= end + 18 ? p[end + 7] & 0xff : 0;
        int scrambleLength = 9;
        String dataPlugin = OLD_PASSWORD;
        boolean malformed = false;
        end += 18;
        if (p.length >= end + 13) {
            int data = end - 8;
            if ((caps & CLIENT_PLUGIN_AUTH) != 0) {
                scrambleLength = pktScrambleLength;
                malformed = data + scrambleLength > p.length;
                Reader named = new Reader(p);
                named.skip(data + scrambleLength);
                dataPlugin = named.cString();
            } else {
                scrambleLength = p.length - data;
                dataPlugin = AuthPlugins.NATIVE;
            }
        }
        return new Greeting(protocol, version, caps, scramble, dataPlugin, scrambleLength, malformed);
    }

    /**
     * run_plugin_auth()'s first plugin: the one the scramble was meant for when the server speaks
     * CLIENT_PLUGIN_AUTH, else mysql_native_password from a 4.1 server and mysql_old_password before.
     */
    String authPlugin() {
        if ((capabilities & CLIENT_PLUGIN_AUTH) != 0) {
            return dataPlugin;
        }
        return (capabilities & CLIENT_PROTOCOL_41) != 0 ? AuthPlugins.NATIVE : OLD_PASSWORD;
    }

    /** Bounded reads over a packet: past its end, zeros and empty strings. */
    static final class Reader {
        private final byte[] p;
        private int at;

        Reader(byte[] p) {
            this.p = p;
        }

        int u8() {
            return at < p.length ? p[at++] & 0xff : 0;
        }

        int u16() {
            return u8() | u8() << 8;
        }

        void skip(int n) {
            at = Math.min(p.length, at + n);
        }

        byte[] bytes(int n) {
            byte[] out = new byte[n];
            int take = Math.max(0, Math.min(n, p.length - at));
            System.arraycopy(p, at, out, 0, take);
            at += take;
            return out;
        }

        String cString() {
            int start = at;
            while (at < p.length && p[at] != 0) {
                at++;
            }
            String s = new String(p, start, at - start, StandardCharsets.UTF_8);
            if (at < p.length) {
                at++;
            }
            return s;
        }

        String rest() {
            String s = new String(p, at, p.length - at, StandardCharsets.UTF_8);
            at = p.length;
            return s;
        }
    }
}
