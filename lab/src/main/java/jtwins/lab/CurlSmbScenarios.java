package jtwins.lab;

import java.util.List;

/**
 * curl rows for smb:// against the lab's real Samba server (SambaDaemon): SMB1 as lib/smb.c speaks
 * it (NEGOTIATE, the NTLM login, TREE_CONNECT, NT_CREATE, READ/WRITE, CLOSE), its refusals (login,
 * share, file, the URL's missing share, no credentials), uploads, and the connect phase under curl's
 * timers, including a server that closes, which curl waits out, and one that resets, which it reads.
 */
final class CurlSmbScenarios {
    private static final long HANG = 9000;
    private static final String SHARE = "smb://127.0.0.1:{port}/TESTS";

    private CurlSmbScenarios() {
    }

    private static Scenario curl(String id, String title, Fault fault, String... args) {
        return new Scenario(id, "curl", title, List.of(args), fault, StdinSpec.EMPTY, HANG);
    }

    private static Scenario smb(String id, String title, String... args) {
        return curl(id, title, Fault.SMBD, args);
    }

    static List<Scenario> all() {
        return List.of(
                smb("curl-smb-get", "a file of the share, logged in with NTLM", "-sS", "-u", "root:curltest",
                        SHARE + "/hello.txt"),
                smb("curl-smb-get-v", "-v: the connect, then the connection closed after the transfer", "-sS", "-v",
                        "-u", "root:curltest", SHARE + "/hello.txt"),
                smb("curl-smb-two-urls", "two smb:// URLs: a connection each", "-sS", "-v", "-u", "root:curltest",
                        SHARE + "/hello.txt", SHARE + "/hello.txt"),
                smb("curl-smb-big-w", "100000 bytes in 32 KiB reads; -w's size and scheme", "-sS", "-u",
                        "root:curltest", "-o", "/dev/null", "-w", "%{size_download} %{scheme} %{response_code}\\n",
                        SHARE + "/big.bin"),
                smb("curl-smb-domain-user", "-u DOMAIN/user: the domain sent apart", "-sS", "-u", "LAB/root:curltest",
                        SHARE + "/hello.txt"),
                smb("curl-smb-wrong-password", "a wrong password: 67", "-sS", "-v", "-u", "root:wrong",
                        SHARE + "/hello.txt"),
                smb("curl-smb-no-user", "no -u: 67 once connected", "-sS", "-v", SHARE + "/hello.txt"),
                smb("curl-smb-missing-file", "a file that is not there: 78", "-sS", "-u", "root:curltest",
                        SHARE + "/nope.txt"),
                smb("curl-smb-missing-share", "a share that is not there: 78", "-sS", "-u", "root:curltest",
                        "smb://127.0.0.1:{port}/NOPE/hello.txt"),
                smb("curl-smb-no-share-in-url", "a path without a share: 3 before any connect", "-sS", "-v", "-u",
                        "root:curltest", "smb://127.0.0.1:{port}/TESTS"),
                smb("curl-smb-upload", "-T: NT_CREATE to overwrite, then WRITE_ANDX", "-sS", "-u", "root:curltest",
                        "-T", "/etc/hostname", SHARE + "/up/hostname.txt"),
                smb("curl-smb-upload-stdin", "-T -: no size known, 55", "-sS", "-u", "root:curltest", "-T", "-",
                        SHARE + "/up/stdin.txt"),
                smb("curl-smb-remote-time", "-R: the file's change time on the -o file", "-sS", "-u", "root:curltest",
                        "-R", "-w", "%{size_download}\\n", "-o", "/dev/null", SHARE + "/hello.txt"),
                curl("curl-smb-silent-ct1", "--connect-timeout 1, a server that never answers NEGOTIATE: 28 at 1 s",
                        Fault.SILENT, "-sS", "-u", "a:b", "--connect-timeout", "1", "smb://127.0.0.1:{port}/S/x"),
                curl("curl-smb-closed-m1", "a server that closes: curl hears no message and waits for -m, 28 at 1 s",
                        Fault.CLOSE_AFTER_200MS, "-sS", "-u", "a:b", "-m", "1", "smb://127.0.0.1:{port}/S/x"),
                curl("curl-smb-reset-m1", "a server that resets after NEGOTIATE: the reset read at once, 56",
                        Fault.ACCEPT_THEN_RESET, "-sS", "-u", "a:b", "-m", "1", "smb://127.0.0.1:{port}/S/x"));
    }
}
