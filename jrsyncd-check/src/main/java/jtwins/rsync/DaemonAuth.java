package jtwins.rsync;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import jtwins.common.Errno;

/**
 * auth_client() in authenticate.c: the password from --password-file, else RSYNC_PASSWORD, else
 * getpass(); the answer is "USER BASE64(DIGEST(password challenge))" without padding, with the digest
 * the greeting negotiated.
 */
final class DaemonAuth {
    /** The daemon auth digests rsync 3.2.7 and 3.5.0 offer, in its order. */
    static final List<String> OFFERED = List.of("sha512", "sha256", "sha1", "md5", "md4");

    private DaemonAuth() {
    }

    /** The digest for the daemon's list (null: a daemon of protocol 30+ that names none uses md5). */
    static String choose(List<String> daemonList, int protocol) {
        if (daemonList.isEmpty()) {
            return protocol >= 30 ? "md5" : "md4";
        }
        for (String name : daemonList) {
            if (OFFERED.contains(name)) {
                return name;
            }
        }
        return null;
    }

    static String response(String user, byte[] password, String challenge, String digest) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance(switch (digest) {
                case "sha512" -> "SHA-512";
                case "sha256" -> "SHA-256";
                case "sha1" -> "SHA-1";
                case "md5" -> "MD5";
                default -> throw new IllegalStateException("the " + digest + " daemon auth digest is not implemented");
            });
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        md.update(password);
        md.update(challenge.getBytes(StandardCharsets.ISO_8859_1));
        String sum = Base64.getEncoder().withoutPadding().encodeToString(md.digest());
        return user + " " + sum;
    }

    /**
     * start_inband_exchange(): USER@ from the source, else $USER, else $LOGNAME, each taken when set
     * at all, even empty; then auth_client(): an empty or missing name is "nobody".
     */
    static String user(DaemonSource source) {
        String user = source.user();
        if (user == null) {
            user = System.getenv("USER");
        }
        if (user == null) {
            user = System.getenv("LOGNAME");
        }
        return user == null || user.isEmpty() ? "nobody" : user;
    }

    static byte[] password(String passwordFile, PrintStream err) throws RsyncError, IOException {
        System.out.flush();
        if (passwordFile != null) {
            return fromFile(passwordFile, err);
        }
        String env = System.getenv("RSYNC_PASSWORD");
        if (env != null) {
            return env.getBytes(StandardCharsets.UTF_8);
        }
        return prompt(err);
    }

    private static byte[] fromFile(String name, PrintStream err) throws RsyncError, IOException {
        byte[] content;
        if (name.equals("-")) {
            content = System.in.readNBytes(511);
        } else {
            Path path = Path.of(name);
            try {
                content = Files.readAllBytes(path);
            } catch (NoSuchFileException e) {
                err.println("rsync: [Receiver] could not open password file " + name + ": " + Errno.ENOENT.text()
                        + " (" + Errno.ENOENT.number() + ")");
                throw RsyncError.syntaxAsReceiver("authenticate.c(247)");
            } catch (IOException e) {
                Errno errno = Errno.of(e);
                err.println("rsync: [Receiver] could not open password file " + name + ": " + errno.text()
                        + " (" + errno.number() + ")");
                throw RsyncError.syntaxAsReceiver("authenticate.c(247)");
            }
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(path);
            if (mode.contains(PosixFilePermission.OTHERS_READ) || mode.contains(PosixFilePermission.OTHERS_WRITE)) {
                err.println("ERROR: password file must not be other-accessible");
                throw RsyncError.syntaxAsReceiver("authenticate.c(261)");
            }
        }
        // strtok(buffer, "\n\r"): the first line that is not empty
        int start = 0;
        while (start < content.length && (content[start] == '\n' || content[start] == '\r')) {
            start++;
        }
        int end = start;
        while (end < content.length && content[end] != '\n' && content[end] != '\r' && end - start < 511) {
            end++;
        }
        return java.util.Arrays.copyOfRange(content, start, end);
    }

    /** getpass("Password: "): the terminal when there is one, else stderr and stdin, as glibc falls back. */
    private static byte[] prompt(PrintStream err) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password: ");
            return typed == null ? new byte[0] : new String(typed).getBytes(StandardCharsets.UTF_8);
        }
        err.print("Password: ");
        err.flush();
        InputStream in = System.in;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            line.write(b);
        }
        return line.toByteArray();
    }
}
