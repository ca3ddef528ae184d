package jtwins.lab;

import java.util.List;

/**
 * curl rows for scp:// and sftp:// against the lab's real OpenSSH server (SshDaemon): downloads,
 * listings, uploads, -Q's SFTP commands, ranges, the host key checks (--hostpubmd5, known_hosts in
 * a HOME of the row's choosing), the login's failures, and the connect phase under curl's timers
 * against servers that are no SSH server. Rows that change the server's files are idempotent, since
 * curl and jcurl run them one after the other against the same server.
 */
final class CurlSshScenarios {
    private static final long HANG = 9000;
    private static final String DIR = "/tmp/jtwins-sshd-{port}";
    private static final String FILES = DIR + "/files";
    private static final String SFTP = "sftp://127.0.0.1:{port}" + FILES;
    private static final String SCP = "scp://127.0.0.1:{port}" + FILES;
    private static final String KEY = DIR + "/client_key";

    private CurlSshScenarios() {
    }

    private static Scenario curl(String id, String title, Fault fault, String... args) {
        return new Scenario(id, "curl", title, List.of(args), fault, StdinSpec.EMPTY, HANG);
    }

    private static Scenario keyed(String id, String title, String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "-sS";
        all[1] = "-k";
        all[2] = "--key";
        all[3] = KEY;
        all[4] = "-uroot:";
        System.arraycopy(args, 0, all, 5, args.length);
        return curl(id, title, Fault.SSHD, all);
    }

    private static Scenario home(String id, String title, String home, String... args) {
        return new Scenario(id, "curl", title, List.of(args), Fault.SSHD, StdinSpec.EMPTY, HANG,
                Surroundings.NONE.withEnv("HOME", DIR + "/" + home));
    }

    static List<Scenario> all() {
        return List.of(
                keyed("curl-sftp-get", "sftp://: the file, logged in with the key", SFTP + "/hello.txt"),
                keyed("curl-scp-get", "scp://: the file through the server's scp -f", SCP + "/hello.txt"),
                keyed("curl-sftp-get-v", "-v: the host key notes, the methods offered, the key taken, the body",
                        "-v", SFTP + "/hello.txt"),
                keyed("curl-scp-get-v", "-v on scp://: 'SSH CONNECT phase done' after the login", "-v", SCP + "/hello.txt"),
                keyed("curl-sftp-big-w", "a 100000-byte file to -o; -w's size, scheme and response code",
                        "-o", "/dev/null", "-w", "%{size_download} %{scheme} %{response_code} %{num_connects}\\n",
                        SFTP + "/big.bin"),
                keyed("curl-sftp-two-urls", "two sftp:// URLs: the session kept and taken up again for the second",
                        "-v", SFTP + "/hello.txt", SFTP + "/dir/inner.txt"),
                keyed("curl-scp-missing-then-file", "a refused scp:// leaves the session intact for the next URL",
                        "-v", SCP + "/nope.txt", SCP + "/hello.txt"),
                keyed("curl-sftp-listing", "a path ending in '/': the server's long lines, a link's target after ' -> '",
                        SFTP + "/dir/"),
                keyed("curl-sftp-listing-l", "-l: the names alone; -w's size_download stays 0 for a listing", "-l",
                        "-w", "%{size_download}\\n", SFTP + "/dir/"),
                keyed("curl-sftp-missing", "a file that is not there: 78, 'Could not open remote file for reading'",
                        SFTP + "/nope.txt"),
                keyed("curl-scp-missing", "scp://, a file that is not there: 78, 'Failed to recv file'", SCP + "/nope.txt"),
                keyed("curl-sftp-listing-missing", "a directory that is not there: 78", SFTP + "/nodir/"),
                keyed("curl-sftp-range", "-r 5-9: five bytes from the sixth", "-r", "5-9", SFTP + "/hello.txt"),
                keyed("curl-sftp-range-tail", "-r -6: the last six bytes", "-r", "-6", SFTP + "/hello.txt"),
                keyed("curl-sftp-range-open", "-r 6-: from the seventh byte on", "-r", "6-", SFTP + "/hello.txt"),
                keyed("curl-sftp-range-beyond", "-r 99-: past the end, 36", "-r", "99-", SFTP + "/hello.txt"),
                keyed("curl-sftp-resume", "-C 6: the rest of the file", "-C", "6", SFTP + "/hello.txt"),
                keyed("curl-sftp-head", "-I: the time asked for, nothing written", "-I", SFTP + "/hello.txt"),
                keyed("curl-sftp-home", "/~/: the path from the home directory the server names", "-w", "%{size_download}\\n",
                        "-o", "/dev/null", "sftp://127.0.0.1:{port}/~/../" + FILES + "/hello.txt"),
                keyed("curl-sftp-upload", "-T: the file created or truncated, -v's upload", "-T", "/etc/hostname",
                        SFTP.replace("/files", "/up") + "/hostname.txt"),
                keyed("curl-scp-upload", "-T on scp://, -v: C0644 and the size, the data, 'completely uploaded'", "-v",
                        "-T", "/etc/hostname",
                        SCP.replace("/files", "/up") + "/hostname-scp.txt"),
                keyed("curl-scp-upload-stdin", "-T - on scp://: no size known, 25", "-T", "-",
                        SCP.replace("/files", "/up") + "/stdin.txt"),
                keyed("curl-sftp-upload-nodir", "-T into a directory that is not there: 78, 'Upload failed'", "-T",
                        "/etc/hostname", SFTP.replace("/files", "/up") + "/no/such/dir/x.txt"),
                keyed("curl-sftp-create-dirs", "--ftp-create-dirs: each directory made, then the file; all removed after", "-v",
                        "--ftp-create-dirs", "-T", "/etc/hostname", "-Q", "-rm " + DIR + "/up/made/deeper/x.txt", "-Q",
                        "-rmdir " + DIR + "/up/made/deeper", "-Q", "-rmdir " + DIR + "/up/made",
                        SFTP.replace("/files", "/up") + "/made/deeper/x.txt"),
                keyed("curl-sftp-quote-mkdir-rmdir", "-Q mkdir before, -Q -rmdir after the transfer", "-Q",
                        "mkdir " + DIR + "/up/qdir", "-Q", "-rmdir " + DIR + "/up/qdir", SFTP + "/hello.txt"),
                keyed("curl-sftp-quote-pwd", "-Q pwd: its FTP-like header to -D, not to stdout with -i", "-Q", "pwd",
                        "-i", "-D", "-", SFTP + "/hello.txt"),
                keyed("curl-sftp-quote-refused", "-Q rename of a file that is not there: 21 before any transfer",
                        "-Q", "rename " + DIR + "/nope " + DIR + "/nope2", SFTP + "/hello.txt"),
                keyed("curl-sftp-quote-accept-fail", "-Q '*rename': allowed to fail", "-Q",
                        "*rename " + DIR + "/nope " + DIR + "/nope2", SFTP + "/hello.txt"),
                keyed("curl-sftp-quote-unknown", "-Q with a command SFTP has not: 21", "-Q", "frobnicate a b",
                        SFTP + "/hello.txt"),
                keyed("curl-sftp-quote-missing-arg", "-Q rm without a blank: 21, 'missing parameter'", "-Q", "rm",
                        SFTP + "/hello.txt"),
                keyed("curl-sftp-quote-chmod", "-Q chmod, a mode that is no number: 21", "-Q",
                        "chmod abc " + FILES + "/hello.txt", SFTP + "/hello.txt"),
                curl("curl-sftp-wrong-user", "a user the server does not let in: the methods tried, 67",
                        Fault.SSHD, "-sS", "-v", "-k", "--key", KEY, "-unobody:", SFTP + "/hello.txt"),
                curl("curl-sftp-no-key", "--key naming no file: the password alone is tried, 67",
                        Fault.SSHD, "-sS", "-v", "-k", "--key", DIR + "/no_such_key", "-uroot:", SFTP + "/hello.txt"),
                keyed("curl-sftp-hostpubmd5-mismatch", "--hostpubmd5 of another key: 60 with both fingerprints",
                        "--hostpubmd5", "00000000000000000000000000000000", SFTP + "/hello.txt"),
                keyed("curl-sftp-hostpubsha256-mismatch", "--hostpubsha256 of another key: 60",
                        "--hostpubsha256", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", SFTP + "/hello.txt"),
                curl("curl-sftp-hostpubmd5-short", "--hostpubmd5 of other than 32 characters: a usage error, 2",
                        Fault.SSHD, "-sS", "--hostpubmd5", "00", SFTP + "/hello.txt"),
                home("curl-sftp-known-host", "known_hosts names the server's key: the type forced, the check passes",
                        "home-match", "-sS", "-v", "--key", KEY, "-uroot:", SFTP + "/hello.txt"),
                home("curl-scp-known-host-mismatch", "known_hosts names another key for the host: 60",
                        "home-mismatch", "-sS", "-v", "--key", KEY, "-uroot:", SCP + "/hello.txt"),
                home("curl-sftp-no-known-hosts", "no known_hosts: the warning, then no check",
                        "home-none", "--no-progress-meter", "--key", KEY, "-uroot:", SFTP + "/hello.txt"),
                curl("curl-sftp-not-ssh", "a server that says hello and closes: 2, 'Failed getting banner'",
                        Fault.HELLO_THEN_CLOSE, "-sS", "-k", "sftp://127.0.0.1:{port}/x"),
                curl("curl-scp-closed", "a server that closes at once: 2", Fault.ACCEPT_THEN_CLOSE, "-sS", "-k",
                        "scp://127.0.0.1:{port}/x"),
                curl("curl-sftp-silent-m1", "-m 1, a server that never speaks: 28 at 1 s", Fault.SILENT,
                        "-sS", "-k", "-m", "1", "sftp://127.0.0.1:{port}/x"),
                curl("curl-sftp-silent-ct1", "--connect-timeout 1, a server that never speaks: the SSH phase is "
                        + "the connect's, 28 at 1 s", Fault.SILENT, "-sS", "-k", "--connect-timeout", "1",
                        "sftp://127.0.0.1:{port}/x"),
                curl("curl-scp-blackhole-ct1", "--connect-timeout 1, a black hole: 28 at 1 s", Fault.BLACK_HOLE,
                        "-sS", "-k", "--connect-timeout", "1", "scp://127.0.0.1:{port}/x"));
    }
}
