package jtwins.lab;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Hostile replies for the protocols where the server speaks first, from a seed: an rsync daemon's
 * greeting and module list (with a MOTD, an @ERROR, an old protocol), a MariaDB server's handshake
 * and OKs (native password; an ERR; a 4.1-less greeting). Up to three of ByteMutations' land on
 * replies chosen by the seed; the same seed makes the same bytes.
 */
public final class ProtocolMutations {
    /** One fuzz case: the replies in turn, and what was done to them. */
    public record Case(long seed, String template, List<String> mutations, List<byte[]> replies) {
        @Override
        public String toString() {
            return "seed " + seed + ": " + template + (mutations.isEmpty() ? "" : " + " + String.join(" + ", mutations));
        }
    }

    private static final String[] RSYNC = {"modules", "motd", "error", "protocol-29", "exit-only"};
    private static final String[] MYSQL = {"native-ok", "err-1045", "err-1040", "old-greeting", "auth-switch"};

    private ProtocolMutations() {
    }

    public static Case rsync(long seed) {
        Random r = new Random(seed);
        String template = RSYNC[r.nextInt(RSYNC.length)];
        String greeting = template.equals("protocol-29") ? "@RSYNCD: 29.0\n" : "@RSYNCD: 32.0 sha512 sha256 sha1 md5 md4\n";
        String rest = switch (template) {
            case "motd" -> "Welcome to the lab\n\npub            \tpublic files\n@RSYNCD: EXIT\n";
            case "error" -> "@ERROR: access denied to #list from localhost (127.0.0.1)\n";
            case "exit-only" -> "@RSYNCD: EXIT\n";
            default -> "pub            \tpublic files\npriv           \tprivate\n@RSYNCD: EXIT\n";
        };
        return mutated(seed, template, r, List.of(ascii(greeting), ascii(rest)));
    }

    /**
     * A listing of module "pub" (a.txt and sub/, dated 2023-11-14) as Debian's rsync 3.5.0 daemon sent
     * it, recorded through a logging proxy: after the client's module line "@RSYNCD: OK"; after its
     * arguments, the compatibility flags, the checksum names, the seed, the multiplexed file list, the
     * end of the list and the statistics, in one piece (the daemon's later turns wait on the client,
     * whose bytes arrive as they would). Up to three mutations land anywhere, mostly in the frames.
     */
    public static Case rsyncListing(long seed) {
        Random r = new Random(seed * 31 + 7);
        byte[] frames = HexFormat.of().parseHex("81fe"
                + "237878683132382078786833207878683634206d6435206d64342073686131206e6f6e65"
                + "dd59096b"
                + "2800000719012e0000106500f153ed410000819a03737562000010809805612e747874000600a48100000000"
                + "0100000700" + "020000070000" + "1000000700140000370000060000010000000000");
        return mutated(seed, "listing", r, List.of(ascii("@RSYNCD: 32.0 sha512 sha256 sha1 md5 md4\n"),
                ascii("@RSYNCD: OK\n"), frames));
    }

    public static Case mysql(long seed) {
        Random r = new Random(seed);
        String template = MYSQL[r.nextInt(MYSQL.length)];
        List<byte[]> replies = new ArrayList<>();
        replies.add(packet(0, MysqlFaults.mariadbGreeting(!template.equals("old-greeting"), true, 21,
                "mysql_native_password")));
        switch (template) {
            case "err-1045" -> replies.add(packet(2, concat(new byte[] {(byte) 0xff, 0x15, 0x04},
                    ascii("#28000Access denied for user 'fuzz'@'localhost' (using password: NO)"))));
            case "err-1040" -> replies.set(0, packet(0, concat(new byte[] {(byte) 0xff, 0x10, 0x04}, ascii("Too many connections"))));
            case "auth-switch" -> {
                replies.add(packet(2, concat(new byte[] {(byte) 0xfe}, ascii("mysql_native_password\0"),
                        ascii("0123456789abcdefghij\0"))));
                replies.add(packet(4, OK));
                replies.add(packet(1, OK));
            }
            default -> {
                replies.add(packet(2, OK));
                replies.add(packet(1, OK));
            }
        }
        return mutated(seed, template, r, replies);
    }

    private static final byte[] OK = {0, 0, 0, 2, 0, 0, 0};

    private static Case mutated(long seed, String template, Random r, List<byte[]> replies) {
        List<byte[]> out = new ArrayList<>(replies);
        List<String> done = new ArrayList<>();
        int count = r.nextInt(4);
        for (int i = 0; i < count; i++) {
            int which = r.nextInt(out.size());
            String name = ByteMutations.pick(r);
            out.set(which, ByteMutations.mutate(name, out.get(which), r));
            done.add(name + "@" + which);
        }
        return new Case(seed, template, done, out);
    }

    private static byte[] packet(int sequence, byte[] payload) {
        byte[] p = new byte[payload.length + 4];
        p[0] = (byte) payload.length;
        p[1] = (byte) (payload.length >>> 8);
        p[2] = (byte) (payload.length >>> 16);
        p[3] = (byte) sequence;
        System.arraycopy(payload, 0, p, 4, payload.length);
        return p;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
