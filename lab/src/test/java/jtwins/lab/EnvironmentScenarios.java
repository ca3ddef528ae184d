package jtwins.lab;

import java.util.List;

/**
 * What each original reads from its environment and its option files, beside its twin: the proxy
 * variables of curl and wget (lower and upper case, no_proxy), .curlrc through CURL_HOME and
 * XDG_CONFIG_HOME, wgetrc through WGETRC, SYSTEM_WGETRC and HOME, MYSQL_PWD, MYSQL_TCP_PORT,
 * MYSQL_UNIX_PORT and ~/.my.cnf, RSYNC_PASSWORD and USER. Each row sets HOME to its own working
 * directory, so the runner's own files never count. "{port}" in a value is the far end's port.
 */
final class EnvironmentScenarios {
    private static final long HANG = 14000;
    private static final String CURLRC = "silent\nwrite-out = \"[%{http_code}]\\n\"\n";

    private EnvironmentScenarios() {
    }

    private static Scenario row(String tool, String id, String title, Fault fault, Surroundings around, String... args) {
        return new Scenario(id, tool, title, List.of(args), fault, StdinSpec.EMPTY, HANG, around);
    }

    /** An empty home of the run's own, then these variables. */
    private static Surroundings env(String... nameThenValue) {
        return Surroundings.NONE.withEnv("HOME", "{cwd}").withEnv(nameThenValue);
    }

    static List<Scenario> all() {
        return List.of(
                row("curl", "curl-env-http-proxy", "http_proxy: the absolute request the proxy gets", Fault.HTTP_ECHO_REQUEST,
                        env("http_proxy", "http://127.0.0.1:{port}"), "-sS", "http://target.lab.test/z?q"),
                row("curl", "curl-env-http-proxy-upper", "HTTP_PROXY is not read (a CGI caller may set it)", Fault.HTTP_OK,
                        env("HTTP_PROXY", "http://127.0.0.1:1"), "-sS", "http://127.0.0.1:{port}/"),
                row("curl", "curl-env-all-proxy", "ALL_PROXY without a scheme: http on that port", Fault.HTTP_ECHO_REQUEST,
                        env("ALL_PROXY", "127.0.0.1:{port}"), "-sS", "http://target.lab.test/a"),
                row("curl", "curl-env-no-proxy", "no_proxy names the host: straight there", Fault.HTTP_OK,
                        env("http_proxy", "http://127.0.0.1:1", "no_proxy", "other.test,lab.test"), "-sS",
                        "http://lab.test:{port}/"),
                row("curl", "curl-env-no-proxy-star", "NO_PROXY=*: no proxy at all", Fault.HTTP_OK,
                        env("http_proxy", "http://127.0.0.1:1", "NO_PROXY", "*"), "-sS", "http://127.0.0.1:{port}/"),
                row("curl", "curl-env-proxy-refused", "http_proxy on a refused port: code 7 naming the proxy", Fault.REFUSED,
                        env("http_proxy", "http://127.0.0.1:{port}"), "-sS", "http://target.lab.test/"),
                row("curl", "curl-curl-home", "CURL_HOME's .curlrc: silent and a write-out", Fault.HTTP_OK,
                        env("CURL_HOME", "{cwd}").withFiles(".curlrc", CURLRC), "http://127.0.0.1:{port}/"),
                row("curl", "curl-curl-home-q", "-q first: .curlrc not read", Fault.HTTP_OK,
                        env("CURL_HOME", "{cwd}").withFiles(".curlrc", CURLRC), "-q", "-sS", "http://127.0.0.1:{port}/"),
                row("curl", "curl-xdg-config-home", "XDG_CONFIG_HOME's .curlrc when CURL_HOME has none", Fault.HTTP_OK,
                        env("CURL_HOME", "{cwd}/none", "XDG_CONFIG_HOME", "{cwd}").withFiles(".curlrc", CURLRC),
                        "http://127.0.0.1:{port}/"),
                row("curl", "curl-home-curlrc", "HOME's .curlrc", Fault.HTTP_OK,
                        env().withFiles(".curlrc", CURLRC), "http://127.0.0.1:{port}/"),
                row("wget", "wget-env-http-proxy", "http_proxy: the request the proxy gets", Fault.HTTP_ECHO_REQUEST,
                        env("http_proxy", "http://127.0.0.1:{port}/"), "-q", "-O", "-", "http://far.lab.test/p"),
                row("wget", "wget-env-http-proxy-upper", "HTTP_PROXY is not read", Fault.HTTP_OK,
                        env("HTTP_PROXY", "http://127.0.0.1:1/"), "-q", "-O", "-", "http://127.0.0.1:{port}/"),
                row("wget", "wget-env-no-proxy", "no_proxy's suffix goes direct", Fault.HTTP_OK,
                        env("http_proxy", "http://127.0.0.1:1/", "no_proxy", ".other,lab.test"), "-q", "-O", "-",
                        "http://lab.test:{port}/np"),
                row("wget", "wget-env-no-proxy-option", "--no-proxy over the environment", Fault.HTTP_OK,
                        env("http_proxy", "http://127.0.0.1:1/"), "--no-proxy", "-q", "-O", "-", "http://127.0.0.1:{port}/"),
                row("wget", "wget-env-proxy-refused", "http_proxy on a refused port: code 4", Fault.REFUSED,
                        env("http_proxy", "http://127.0.0.1:{port}/"), "-nv", "-t", "1", "http://far.lab.test/"),
                row("wget", "wget-wgetrc-env", "WGETRC names the user's startup file", Fault.HTTP_OK,
                        env("WGETRC", "{cwd}/rc").withFiles("rc", "quiet = on\noutput_document = -\n"),
                        "http://127.0.0.1:{port}/"),
                row("wget", "wget-home-wgetrc", "HOME's .wgetrc", Fault.HTTP_OK,
                        env().withFiles(".wgetrc", "quiet = on\noutput_document = -\n"), "http://127.0.0.1:{port}/"),
                row("wget", "wget-system-wgetrc", "SYSTEM_WGETRC first, then .wgetrc over it", Fault.HTTP_OK,
                        env("SYSTEM_WGETRC", "{cwd}/sys").withFiles("sys", "quiet = on\noutput_document = sys.out\n",
                                ".wgetrc", "output_document = -\n"), "http://127.0.0.1:{port}/"),
                row("mysqladmin", "mysql-env-pwd", "MYSQL_PWD: the password", Fault.MARIADB,
                        env("MYSQL_PWD", "sekret"), "-h", "127.0.0.1", "-P", "{port}", "-u", "probe", "ping"),
                row("mysqladmin", "mysql-env-pwd-wrong", "MYSQL_PWD wrong: access denied, still alive", Fault.MARIADB,
                        env("MYSQL_PWD", "wrong"), "-h", "127.0.0.1", "-P", "{port}", "-u", "probe", "ping"),
                row("mysqladmin", "mysql-env-tcp-port", "MYSQL_TCP_PORT: the port", Fault.MARIADB,
                        env("MYSQL_TCP_PORT", "{port}", "MYSQL_PWD", "sekret"), "-h", "127.0.0.1", "-u", "probe", "ping"),
                row("mysqladmin", "mysql-env-unix-port", "MYSQL_UNIX_PORT: the socket", Fault.MARIADB,
                        env("MYSQL_UNIX_PORT", "/tmp/jtwins-mariadb-{port}.sock"), "-u", "nopw", "ping"),
                row("mysqladmin", "mysql-my-cnf", "~/.my.cnf's [client]: user and password", Fault.MARIADB,
                        env().withFiles(".my.cnf", "[client]\nuser=probe\npassword=sekret\n"),
                        "-h", "127.0.0.1", "-P", "{port}", "ping"),
                row("mysqladmin", "mysql-my-cnf-group", "~/.my.cnf's [mysqladmin] over [client]", Fault.MARIADB,
                        env().withFiles(".my.cnf", "[client]\nuser=probe\npassword=wrong\n[mysqladmin]\npassword=sekret\n"),
                        "-h", "127.0.0.1", "-P", "{port}", "ping"),
                row("rsync", "rsync-env-password", "RSYNC_PASSWORD answers the module's challenge", Fault.RSYNCD,
                        env("RSYNC_PASSWORD", "wonder"), "rsync://alice@127.0.0.1:{port}/priv/"),
                row("rsync", "rsync-env-password-wrong", "RSYNC_PASSWORD wrong: auth failed, code 5", Fault.RSYNCD,
                        env("RSYNC_PASSWORD", "nope"), "rsync://alice@127.0.0.1:{port}/priv/"),
                row("rsync", "rsync-env-user", "USER names the user when the URL does not", Fault.RSYNCD,
                        env("USER", "alice", "RSYNC_PASSWORD", "wonder"), "rsync://127.0.0.1:{port}/priv/"),
                row("rsync", "rsync-env-logname", "USER set but empty: taken as it is, so LOGNAME is not read", Fault.RSYNCD,
                        env("USER", "", "LOGNAME", "alice", "RSYNC_PASSWORD", "wonder"), "rsync://127.0.0.1:{port}/priv/"),
                row("rsync", "rsync-env-user-empty-at", "an empty USER@ in the URL: the variables not read", Fault.RSYNCD,
                        env("USER", "alice", "RSYNC_PASSWORD", "wonder"), "rsync://@127.0.0.1:{port}/priv/"));
    }
}
