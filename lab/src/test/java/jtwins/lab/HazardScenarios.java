package jtwins.lab;

import java.util.List;

/**
 * The rows where the trouble is local, not the far end's (issue 11): a full disk (a 16 KiB tmpfs under
 * the working directory, or /dev/full), a reader that takes 10 bytes and goes (`| head -c 10`), a
 * signal mid-transfer, a partial download to resume, and broken option files. What is compared is
 * what a user is left with: the exit status, the messages, and each file with its size.
 */
final class HazardScenarios {
    private static final long HANG = 8000;
    /** Both sides are past their start-up and waiting on a stalled far end when the signal comes. */
    private static final long SIGNAL_AFTER_MILLIS = 1500;
    private static final String HTTP_GET_BIG = "GET /big HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n";
    private static final String HTTP_GET = "GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n";

    private HazardScenarios() {
    }

    private static Scenario row(String tool, String id, String title, Fault fault, Surroundings around, String... args) {
        return new Scenario(id, tool, title, List.of(args), fault, StdinSpec.EMPTY, HANG, around);
    }

    private static Scenario nc(String id, String title, Fault fault, String request, Surroundings around) {
        return new Scenario(id, "nc", title, List.of("127.0.0.1", "{port}"), fault, StdinSpec.text(request, -1), HANG,
                around);
    }

    private static Surroundings home(String... nameThenContent) {
        return Surroundings.files(nameThenContent).withEnv("HOME", "{cwd}");
    }

    static List<Scenario> all() {
        return List.of(
                row("wget", "wget-tinydisk", "a 64 KiB body onto a 16 KiB disk: the part that fits stays",
                        Fault.HTTP_BIG, Surroundings.tinyDisk(16), "-nv", "-t", "1", "http://127.0.0.1:{port}/big"),
                row("wget", "wget-devfull", "-O /dev/full: the first write fails", Fault.HTTP_BIG,
                        Surroundings.NONE, "-q", "-O", "/dev/full", "http://127.0.0.1:{port}/big"),
                row("wget", "wget-head-c", "-O - | head -c 10: the write after head is gone", Fault.HTTP_HUGE,
                        Surroundings.pipedToHead(10), "-q", "-O", "-", "http://127.0.0.1:{port}/big"),
                row("wget", "wget-term-stall", "SIGTERM while the body stalls: the 30 bytes stay", Fault.HTTP_STALL_BODY,
                        Surroundings.signalAfter("TERM", SIGNAL_AFTER_MILLIS), "-q", "-t", "1", "http://127.0.0.1:{port}/f.txt"),
                row("wget", "wget-int-stall", "SIGINT while the body stalls", Fault.HTTP_STALL_BODY,
                        Surroundings.signalAfter("INT", SIGNAL_AFTER_MILLIS), "-q", "-t", "1", "http://127.0.0.1:{port}/f.txt"),
                row("wget", "wget-resume-partial", "-c on the 30 bytes a stalled run left: a Range for the rest",
                        Fault.HTTP_RESUMABLE, Surroundings.files("r.bin", "y".repeat(30)), "-c", "-q", "-t", "1",
                        "http://127.0.0.1:{port}/r.bin"),
                row("wget", "wget-c-whole-416", "-c on a file that is whole: the 416 says nothing is left to do, exit 0",
                        Fault.HTTP_RANGE_416, Surroundings.files("whole.bin", "abc"), "-c", "-t", "1",
                        "http://127.0.0.1:{port}/whole.bin"),
                row("wget", "wget-netrc", "~/.netrc gives the user and password a 401 asks for", Fault.HTTP_BASIC_AUTH,
                        home(".netrc", "machine 127.0.0.1\n\tlogin u\n\tpassword p\n"), "-d", "-O", "-",
                        "http://127.0.0.1:{port}/n"),
                row("wget", "wget-netrc-quoted", "~/.netrc: a quoted login, the password for that user only",
                        Fault.HTTP_BASIC_AUTH, home(".netrc", "machine 127.0.0.1 login \"u v\" password p\n"),
                        "--user=u v", "-O", "-", "http://127.0.0.1:{port}/n"),
                row("wget", "wget-load-cookies", "--load-cookies: a cookies.txt's session and port-bound lines sent",
                        Fault.HTTP_ECHO_REQUEST, Surroundings.files("in.txt", "# c\n127.0.0.1\tFALSE\t/\tFALSE\t0\ts\tv\n"
                                + ".127.0.0.1\tTRUE\t/\tFALSE\t1\told\tgone\nno tabs here\n"), "--load-cookies", "in.txt", "-O", "-",
                        "http://127.0.0.1:{port}/c"),
                row("wget", "wget-save-cookies", "--save-cookies with --keep-session-cookies after a redirect's cookies",
                        Fault.HTTP_COOKIE_REDIRECT, Surroundings.NONE, "-q", "--save-cookies", "out.txt",
                        "--keep-session-cookies", "-O", "-", "http://127.0.0.1:{port}/"),
                row("wget", "wget-input-file", "-i: blank lines, a shorthand, a bad URL (the lowest status), keep-alive",
                        Fault.HTTP_KEEPALIVE_ECHO, Surroundings.files("urls.txt",
                                "  \n127.0.0.1:{port}/a\n\nhttp://[bad\nhttp://127.0.0.1:{port}/b\n"), "-d", "-i", "urls.txt"),
                row("wget", "wget-input-missing", "-i of a file that is not there: said, then no URLs found, exit 0",
                        Fault.HTTP_OK, Surroundings.NONE, "-i", "no-such-list"),
                row("wget", "wget-wgetrc-bad-value", ".wgetrc: timeout = abc", Fault.HTTP_OK,
                        home(".wgetrc", "timeout = abc\n"), "-q", "-O", "-", "http://127.0.0.1:{port}/"),
                row("wget", "wget-wgetrc-unknown", ".wgetrc: an unknown command and a line without '='", Fault.HTTP_OK,
                        home(".wgetrc", "no_such_command = on\njust words\n"), "-q", "-O", "-", "http://127.0.0.1:{port}/"),
                row("wget", "wget-wgetrc-binary", ".wgetrc: bytes that are no text", Fault.HTTP_OK,
                        home(".wgetrc", "\u0000\u00ff\u00fe=\u0001\n[tries]\n\u00e9 = 3\n"), "-q", "-O", "-", "http://127.0.0.1:{port}/"),
                row("wget", "wget-wgetrc-missing", "WGETRC names a file that is not there", Fault.HTTP_OK,
                        Surroundings.NONE.withEnv("WGETRC", "{cwd}/nope"), "-q", "-O", "-", "http://127.0.0.1:{port}/"),
                row("curl", "curl-tinydisk", "-o onto a 16 KiB disk: curl (23), the part that fits stays",
                        Fault.HTTP_BIG, Surroundings.tinyDisk(16), "-sS", "-o", "big", "http://127.0.0.1:{port}/big"),
                row("curl", "curl-head-c", "| head -c 10: a failed write to stdout, curl (23)", Fault.HTTP_HUGE,
                        Surroundings.pipedToHead(10), "-sS", "http://127.0.0.1:{port}/big"),
                row("curl", "curl-term-stall", "SIGTERM while the body stalls: what stdio held is lost",
                        Fault.HTTP_STALL_BODY, Surroundings.signalAfter("TERM", SIGNAL_AFTER_MILLIS), "-sS", "-o", "f",
                        "http://127.0.0.1:{port}/"),
                row("curl", "curl-int-stall", "SIGINT while the body stalls", Fault.HTTP_STALL_BODY,
                        Surroundings.signalAfter("INT", SIGNAL_AFTER_MILLIS), "-sS", "-o", "f", "http://127.0.0.1:{port}/"),
                row("curl", "curl-resume-partial", "-C - on the 30 bytes a stalled run left", Fault.HTTP_RESUMABLE,
                        Surroundings.files("r.bin", "y".repeat(30)), "-sS", "-C", "-", "-o", "r.bin",
                        "http://127.0.0.1:{port}/r.bin"),
                row("curl", "curl-curlrc-bad-value", ".curlrc: --max-time abc", Fault.HTTP_OK,
                        Surroundings.files(".curlrc", "--max-time abc\n").withEnv("CURL_HOME", "{cwd}"),
                        "-sS", "http://127.0.0.1:{port}/"),
                row("curl", "curl-curlrc-unknown", ".curlrc: an unknown option and an open quote", Fault.HTTP_OK,
                        Surroundings.files(".curlrc", "--no-such-option\nuser-agent = \"open\n").withEnv("CURL_HOME", "{cwd}"),
                        "-sS", "http://127.0.0.1:{port}/"),
                row("curl", "curl-config-missing", "-K names a file that is not there", Fault.HTTP_OK,
                        Surroundings.NONE, "-sS", "-K", "nope", "http://127.0.0.1:{port}/"),
                nc("nc-head-c", "| head -c 10 on a 4 MiB answer", Fault.HTTP_HUGE, HTTP_GET_BIG, Surroundings.pipedToHead(10)),
                nc("nc-devfull", "stdout is /dev/full", Fault.HTTP_BIG, HTTP_GET_BIG, Surroundings.stdoutTo("/dev/full")),
                nc("nc-tinydisk", "stdout to a file on a 16 KiB disk", Fault.HTTP_BIG, HTTP_GET_BIG,
                        Surroundings.tinyDisk(16).withStdoutTo("out")),
                nc("nc-term-stall", "SIGTERM while the answer stalls", Fault.HTTP_STALL_BODY, HTTP_GET,
                        Surroundings.signalAfter("TERM", SIGNAL_AFTER_MILLIS)),
                row("mysqladmin", "mysql-head-c", "-c 3 -i 1 | head -c 10: the second line meets no reader",
                        Fault.MARIADB, Surroundings.pipedToHead(10), "-h", "127.0.0.1", "-P", "{port}", "-u", "probe",
                        "-psekret", "-c", "3", "-i", "1", "ping"),
                row("mysqladmin", "mysql-devfull", "stdout is /dev/full: 'mysqld is alive' goes nowhere",
                        Fault.MARIADB, Surroundings.stdoutTo("/dev/full"), "-h", "127.0.0.1", "-P", "{port}", "-u",
                        "probe", "-psekret", "ping"),
                row("mysqladmin", "mysql-term-loop", "SIGTERM in -c 5 -i 1: the loop ends", Fault.MARIADB,
                        Surroundings.signalAfter("TERM", SIGNAL_AFTER_MILLIS), "-h", "127.0.0.1", "-P", "{port}",
                        "-u", "probe", "-psekret", "-c", "5", "-i", "1", "ping"),
                row("mysqladmin", "mysql-mycnf-bad-value", "~/.my.cnf: connect-timeout=abc", Fault.MARIADB,
                        home(".my.cnf", "[client]\nconnect-timeout=abc\n"), "-h", "127.0.0.1", "-P", "{port}", "-u",
                        "probe", "-psekret", "ping"),
                row("mysqladmin", "mysql-mycnf-no-group", "~/.my.cnf: an option before any group", Fault.MARIADB,
                        home(".my.cnf", "user=probe\n[client]\n"), "-h", "127.0.0.1", "-P", "{port}", "-psekret", "ping"),
                row("mysqladmin", "mysql-mycnf-include-missing", "~/.my.cnf: !include of a missing file",
                        Fault.MARIADB, home(".my.cnf", "[client]\n!include /nonexistent/nope.cnf\nuser=probe\n"), "-h", "127.0.0.1",
                        "-P", "{port}", "-psekret", "ping"),
                row("mysqladmin", "mysql-mycnf-binary", "~/.my.cnf: bytes that are no text", Fault.MARIADB,
                        home(".my.cnf", "[client]\n\u0000\u00ff=\u0001\nuser=probe\n[\n"), "-h", "127.0.0.1", "-P", "{port}",
                        "-psekret", "ping"),
                row("rsync", "rsync-head-c", "the module list | head -c 10", Fault.RSYNCD, Surroundings.pipedToHead(10),
                        "rsync://127.0.0.1:{port}/"),
                row("rsync", "rsync-devfull", "the module list to /dev/full", Fault.RSYNCD,
                        Surroundings.stdoutTo("/dev/full"), "rsync://127.0.0.1:{port}/"),
                row("rsync", "rsync-term-stall", "SIGTERM while the daemon stalls: code 20", Fault.RSYNC_OK_STALL,
                        Surroundings.signalAfter("TERM", SIGNAL_AFTER_MILLIS), "rsync://127.0.0.1:{port}/"),
                row("rsync", "rsync-password-file-missing", "--password-file that is not there", Fault.RSYNCD,
                        Surroundings.NONE, "--password-file=nope", "rsync://127.0.0.1:{port}/"));
    }
}
