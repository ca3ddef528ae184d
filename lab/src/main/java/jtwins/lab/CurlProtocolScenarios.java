package jtwins.lab;

import java.util.List;

/**
 * curl rows for Debian's other protocols as jcurl learns them: DICT and Gopher (a request, then
 * whatever comes until the server closes), TELNET (negotiation, -t, standard input or -T sent as it
 * is read, telnet_do()'s own -m), MQTT (subscribe and publish, mqtt_doing()'s states and its
 * faults), RTSP (OPTIONS as the tool always asks it, CSeq and Session), through a CONNECT
 * tunnel, and under curl's timers.
 */
final class CurlProtocolScenarios {
    private static final long HANG = 9000;

    private CurlProtocolScenarios() {
    }

    private static Scenario curl(String id, String title, Fault fault, String... args) {
        return new Scenario(id, "curl", title, List.of(args), fault, StdinSpec.EMPTY, HANG);
    }

    private static Scenario telnet(String id, String title, Fault fault, StdinSpec stdin, String... args) {
        return new Scenario(id, "curl", title, List.of(args), fault, stdin, HANG);
    }

    private static Scenario curl(String id, String title, Surroundings around, Fault fault, String... args) {
        return new Scenario(id, "curl", title, List.of(args), fault, StdinSpec.EMPTY, HANG, around);
    }

    static List<Scenario> all() {
        return List.of(
                curl("curl-dict-define", "dict:// /d:word: CLIENT, DEFINE ! word, QUIT; the answer until the close",
                        Fault.DICT_SERVER, "-sS", "dict://127.0.0.1:{port}/d:basic"),
                curl("curl-dict-match-escaped", "/m:word:db:strategy: MATCH, the word's quote, blank and 8-bit bytes escaped",
                        Fault.DICT_SERVER, "-sS", "dict://127.0.0.1:{port}/m:a%22b%20c%C3%A9:lab:prefix:7"),
                curl("curl-dict-lookup-no-word", "/lookup: with no word: 'default' looked up, -v says the word is missing",
                        Fault.DICT_SERVER, "-sS", "-v", "dict://127.0.0.1:{port}/LOOKUP:"),
                curl("curl-dict-command", "any other path: sent as a command, its colons blanks", Fault.DICT_SERVER,
                        "-sS", "dict://127.0.0.1:{port}/show:db:x?query"),
                curl("curl-dict-control", "a control byte in the path: exit 3 after the connect", Fault.DICT_SERVER,
                        "-sS", "-w", "%{num_connects}\\n", "dict://127.0.0.1:{port}/d:a%01b"),
                curl("curl-dict-w", "-w: no response code, DICT's scheme, the bytes until the close", Fault.DICT_SERVER,
                        "-sS", "-o", "/dev/null", "-w", "%{response_code} %{scheme} %{size_download} %{num_connects}\\n",
                        "dict://127.0.0.1:{port}/d:basic"),
                curl("curl-dict-guessed", "a host name starting 'dict.': the scheme guessed", Fault.DICT_SERVER,
                        "-sS", "--resolve", "dict.lab.test:{port}:127.0.0.1", "dict.lab.test:{port}/d:basic"),
                curl("curl-dict-silent-m1", "-m 1, a server that never answers: 28 at 1 s", Fault.SILENT,
                        "-sS", "-m", "1", "dict://127.0.0.1:{port}/d:basic"),
                curl("curl-dict-blackhole-ct1", "--connect-timeout 1, a black hole: 28 at 1 s", Fault.BLACK_HOLE,
                        "-sS", "--connect-timeout", "1", "dict://127.0.0.1:{port}/d:basic"),
                curl("curl-gopher-menu", "gopher:// with no selector: CRLF alone, the menu", Fault.GOPHER_SERVER,
                        "-sS", "gopher://127.0.0.1:{port}/"),
                curl("curl-gopher-selector-d", "the item type dropped, the selector decoded; -D - shows it as a header",
                        Fault.GOPHER_SERVER, "-sS", "-D", "-", "gopher://127.0.0.1:{port}/0/a%20b/c?x=1"),
                curl("curl-gopher-include", "-i: the selector is no header for Gopher", Fault.GOPHER_SERVER,
                        "-sS", "-i", "gopher://127.0.0.1:{port}/0/about"),
                curl("curl-gopher-head", "-I: the selector sent, no body read", Fault.GOPHER_SERVER,
                        "-sS", "-I", "-w", "%{size_download}\\n", "gopher://127.0.0.1:{port}/0/about"),
                curl("curl-gopher-nul", "%00 in the selector: exit 3", Fault.GOPHER_SERVER, "-sS",
                        "gopher://127.0.0.1:{port}/1/a%00b"),
                curl("curl-gopher-v", "-v: the connect, the body's size, the close", Fault.GOPHER_SERVER,
                        "-sS", "-v", "gopher://127.0.0.1:{port}/0/about"),
                curl("curl-gopher-proxytunnel", "-x http:// -p: Gopher through a CONNECT tunnel",
                        Fault.GOPHER_BEHIND_CONNECT, "-sS", "-x", "http://127.0.0.1:{port}", "-p",
                        "gopher://gopher.lab.test/1/through"),
                curl("curl-gopher-proxy-forced-tunnel", "an HTTP proxy without -p: Gopher is tunnelled all the same",
                        Fault.GOPHER_BEHIND_CONNECT, "-sS", "-x", "http://127.0.0.1:{port}",
                        "gopher://gopher.lab.test/1/forced"),
                curl("curl-gopher-proxy-env", "gopher_proxy from the environment, not http_proxy",
                        Surroundings.NONE.withEnv("gopher_proxy", "http://127.0.0.1:{port}", "http_proxy",
                                "http://127.0.0.1:1"),
                        Fault.GOPHER_BEHIND_CONNECT, "-sS", "gopher://gopher.lab.test/1/env"),
                curl("curl-proxy-env-notes", "-v: 'Uses proxy env variable' for no_proxy, then for the proxy taken",
                        Surroundings.NONE.withEnv("no_proxy", "other.test", "http_proxy", "http://127.0.0.1:{port}"),
                        Fault.HTTP_ECHO_REQUEST, "-sS", "-v", "http://origin.lab.test/x"),
                curl("curl-proxy-env-exempt", "-v: a host no_proxy exempts: its note alone, no proxy",
                        Surroundings.NONE.withEnv("no_proxy", "127.0.0.1", "http_proxy", "http://127.0.0.1:1"),
                        Fault.HTTP_ECHO_REQUEST, "-sS", "-v", "http://127.0.0.1:{port}/x"),
                curl("curl-proxy-env-upper-all", "-v: ALL_PROXY in upper case for a gopher:// URL; the tunnel's "
                        + "server goes away after its 200", Surroundings.NONE.withEnv("ALL_PROXY", "http://127.0.0.1:{port}"),
                        Fault.HTTP_ONCE_THEN_CLOSE, "-sS", "-v", "gopher://gopher.lab.test/1/x"),
                curl("curl-proxy-env-ftp", "-v: ftp:// asked of an HTTP proxy from ftp_proxy: the notes once",
                        Surroundings.NONE.withEnv("no_proxy", "other.test", "ftp_proxy", "http://127.0.0.1:{port}"),
                        Fault.HTTP_ECHO_REQUEST, "-sS", "-v", "ftp://ftp.lab.test/pub/file.txt"),
                curl("curl-proxy-env-empty", "an empty http_proxy is unset: all_proxy is used",
                        Surroundings.NONE.withEnv("http_proxy", "", "all_proxy", "http://127.0.0.1:{port}"),
                        Fault.HTTP_ECHO_REQUEST, "-sS", "http://origin.lab.test/empty"),
                curl("curl-gopher-proto", "--proto -gopher: exit 1 before any connect", Fault.GOPHER_SERVER,
                        "-sS", "--proto", "-gopher", "gopher://127.0.0.1:{port}/"),
                curl("curl-gopher-silent-m1", "-m 1, a server that never answers: 28 at 1 s", Fault.SILENT,
                        "-sS", "-m", "1", "gopher://127.0.0.1:{port}/1/x"),
                telnet("curl-telnet-session", "telnet://: the server's options answered, curl's own asked once it has, "
                        + "the data (CR NUL, IAC IAC) written, stdin sent", Fault.TELNET_SERVER,
                        StdinSpec.text("line one\n", 0), "-sS", "telnet://127.0.0.1:{port}"),
                telnet("curl-telnet-v", "-v: each option sent and received, the sub-options part by part",
                        Fault.TELNET_SERVER, StdinSpec.text("line one\n", 0), "-sS", "-v", "telnet://127.0.0.1:{port}"),
                telnet("curl-telnet-options", "-t TTYPE, NEW_ENV, WS and -u's user: offered, then sent when asked",
                        Fault.TELNET_SERVER, StdinSpec.text("x\n", 0), "-sS", "-v", "-t", "TTYPE=vt100", "-t",
                        "NEW_ENV=FOO,bar", "-t", "WS=80x24", "-u", "joe:pw", "telnet://127.0.0.1:{port}"),
                telnet("curl-telnet-binary-off", "-t BINARY=0 and XDISPLOC: no BINARY asked, the display sent",
                        Fault.TELNET_SERVER, StdinSpec.text("x\n", 0), "-sS", "-v", "-t", "BINARY=0", "-t",
                        "XDISPLOC=:0", "telnet://127.0.0.1:{port}"),
                telnet("curl-telnet-iac-doubled", "a 255 byte on stdin is sent twice", Fault.TELNET_SERVER,
                        new StdinSpec(new byte[] {'a', (byte) 255, 'b', '\n'}, 0), "-sS", "telnet://127.0.0.1:{port}"),
                curl("curl-telnet-upload-file", "-T file: the file is what is sent", Surroundings.NONE.withFiles(
                        "up.txt", "from a file\n"), Fault.TELNET_SERVER, "-sS", "-T", "up.txt", "telnet://127.0.0.1:{port}"),
                telnet("curl-telnet-unknown-option", "-t with a keyword curl lacks: 48 once connected",
                        Fault.TELNET_SERVER, StdinSpec.EMPTY, "-sS", "-t", "BOGUS=1", "telnet://127.0.0.1:{port}"),
                telnet("curl-telnet-option-syntax", "-t without a value, -t WS without a height: 49", Fault.TELNET_SERVER,
                        StdinSpec.EMPTY, "-sS", "-t", "WS=80", "telnet://127.0.0.1:{port}"),
                telnet("curl-telnet-not-telnet", "a server that does not negotiate is not negotiated with",
                        Fault.HTTP_ECHO_REQUEST, StdinSpec.text("GET /t HTTP/1.0\r\n\r\n", 0), "-sS", "-v",
                        "telnet://127.0.0.1:{port}"),
                telnet("curl-telnet-m1-stdin-open", "-m 1, a silent server and a quiet stdin: the read callback's wait, "
                        + "then 'Time-out' at 1 s", Fault.SILENT, StdinSpec.openFor(5000), "-sS", "-m", "1",
                        "telnet://127.0.0.1:{port}"),
                telnet("curl-telnet-m1-eof", "-m 1, a silent server, stdin at its end: 'Time-out' at 1 s", Fault.SILENT,
                        StdinSpec.EMPTY, "-sS", "-m", "1", "-w", "%{size_download}\n", "telnet://127.0.0.1:{port}"),
                telnet("curl-telnet-blackhole-ct1", "--connect-timeout 1, a black hole: 28 at 1 s", Fault.BLACK_HOLE,
                        StdinSpec.EMPTY, "-sS", "--connect-timeout", "1", "telnet://127.0.0.1:{port}"),
                curl("curl-mqtt-subscribe", "mqtt:// without -d: SUBSCRIBE; the PUBLISH's topic and payload are the body",
                        Fault.MQTT_SERVER, "-sS", "mqtt://127.0.0.1:{port}/lab/t%20opic"),
                curl("curl-mqtt-subscribe-v", "-v: mqtt_doing()'s states, each packet byte as a header line",
                        Fault.MQTT_SERVER, "-sS", "-v", "mqtt://127.0.0.1:{port}/lab"),
                curl("curl-mqtt-publish-then-subscribe", "-d: PUBLISH and DISCONNECT; the next URL's SUBSCRIBE hears it",
                        Fault.MQTT_SERVER, "-sS", "-v", "-u", "us:pw", "-d", "published by curl",
                        "mqtt://127.0.0.1:{port}/lab", "--next", "-sS", "mqtt://127.0.0.1:{port}/lab"),
                curl("curl-mqtt-no-topic", "-d with no topic: 3 after the CONNACK", Fault.MQTT_SERVER, "-sS", "-d", "x",
                        "mqtt://127.0.0.1:{port}"),
                curl("curl-mqtt-refused", "a CONNACK with return code 5: 'Expected 0000 but got 0005', 8",
                        Fault.MQTT_REFUSING, "-sS", "mqtt://127.0.0.1:{port}/lab"),
                curl("curl-mqtt-excessive-length", "a PUBLISH length past four bytes: 8", Fault.MQTT_EXCESSIVE_LENGTH,
                        "-sS", "mqtt://127.0.0.1:{port}/lab"),
                curl("curl-mqtt-cut", "a PUBLISH cut short by the close: 'server disconnected', 18", Fault.MQTT_CUT_PUBLISH,
                        "-sS", "-w", "%{size_download}\n", "mqtt://127.0.0.1:{port}/lab"),
                curl("curl-mqtt-stall-m1", "-m 1 on a stalled PUBLISH: multi.c's 'with 5 out of 100 bytes', 28",
                        Fault.MQTT_STALL_PUBLISH, "-sS", "-m", "1", "mqtt://127.0.0.1:{port}/lab"),
                curl("curl-mqtt-silent-m1", "-m 1, no CONNACK: 28 at 1 s", Fault.SILENT, "-sS", "-m", "1",
                        "mqtt://127.0.0.1:{port}/lab"),
                curl("curl-mqtt-max-filesize", "--max-filesize below the PUBLISH's length: 63", Fault.MQTT_SERVER,
                        "-sS", "--max-filesize", "5", "mqtt://127.0.0.1:{port}/lab"),
                curl("curl-mqtt-closed", "a server that closes before its CONNACK: 'Connection disconnected', 56",
                        Fault.CLOSE_AFTER_200MS, "-sS", "mqtt://127.0.0.1:{port}/lab"),
                curl("curl-mqtt-blackhole-ct1", "--connect-timeout 1, a black hole: 28 at 1 s", Fault.BLACK_HOLE,
                        "-sS", "--connect-timeout", "1", "mqtt://127.0.0.1:{port}/lab"),
                curl("curl-rtsp-options", "rtsp://: OPTIONS * with CSeq 1; -i shows the answer's head, no body is read",
                        Fault.RTSP_SERVER, "-sS", "-i", "rtsp://127.0.0.1:{port}/media/one"),
                curl("curl-rtsp-v-reuse", "two rtsp:// URLs, -u and -H: the kept connection's request goes with CSeq 0; "
                        + "'Excess found' for the body", Fault.RTSP_SERVER, "-v", "-u", "a:b", "-H", "X-Lab: 1",
                        "rtsp://127.0.0.1:{port}/media/one", "rtsp://127.0.0.1:{port}/media/two"),
                curl("curl-rtsp-methods-ignored", "-X and -I change nothing: still OPTIONS", Fault.RTSP_SERVER, "-sS",
                        "-v", "-X", "PLAY", "-I", "rtsp://127.0.0.1:{port}/m"),
                curl("curl-rtsp-w", "-w: the RTSP status as the response code, HTTP/1.1 as the version, no body counted",
                        Fault.RTSP_SERVER, "-sS", "-w", "%{response_code} %{http_version} %{size_download} %{size_header}\n",
                        "rtsp://127.0.0.1:{port}/m"),
                curl("curl-rtsp-no-cseq", "an answer without CSeq: 85 in rtsp_done(), the connection kept",
                        Fault.RTSP_NO_CSEQ, "-sS", "-v", "rtsp://127.0.0.1:{port}/m"),
                curl("curl-rtsp-bad-cseq", "'CSeq: abc': 85 as the line is parsed, the line and its CRLF in the message",
                        Fault.RTSP_BAD_CSEQ, "-sS", "-v", "rtsp://127.0.0.1:{port}/m"),
                curl("curl-rtsp-wrong-cseq", "CSeq 7 for 1: 85 'did not match'", Fault.RTSP_WRONG_CSEQ, "-sS",
                        "rtsp://127.0.0.1:{port}/m"),
                curl("curl-rtsp-cseq-header", "-H CSeq: 85 before anything is sent", Fault.RTSP_SERVER, "-sS", "-H",
                        "CSeq: 5", "rtsp://127.0.0.1:{port}/m"),
                curl("curl-rtsp-session-header", "-H Session: 43 before anything is sent", Fault.RTSP_SERVER, "-sS",
                        "-H", "Session: x", "rtsp://127.0.0.1:{port}/m"),
                curl("curl-rtsp-silent-m1", "-m 1, a server that never answers: 28 at 1 s", Fault.SILENT, "-sS", "-m",
                        "1", "rtsp://127.0.0.1:{port}/m"),
                curl("curl-gopher-close", "a server that closes 200 ms later without a word: an empty body, exit 0",
                        Fault.CLOSE_AFTER_200MS, "-sS", "-w", "%{size_download}\\n", "gopher://127.0.0.1:{port}/1/x"));
    }
}
