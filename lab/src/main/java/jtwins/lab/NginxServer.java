package jtwins.lab;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real HTTP/2 server for the HTTP/2 rows: Debian's nginx (nginx-light), one process in the
 * foreground with its own configuration, started once per JVM on first use and stopped by its PID
 * when the JVM ends. Three loopback ports: h2 over TLS (ALPN h2 and http/1.1, a certificate for
 * 127.0.0.1 made with openssl), h2 in the clear (prior knowledge only: nginx does no h2c Upgrade), and
 * HTTP/1.1. Files with a fixed time (their ETag and Last-Modified do not change), a 20 MiB one that
 * takes the client's window past half, a redirect, an echo of what the request carried, and gzip.
 */
public final class NginxServer {
    private static final FileTime WHEN = FileTime.fromMillis(1_700_000_000_000L);
    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static NginxServer running;

    private final Path dir;
    private final int tlsPort;
    private final int h2cPort;
    private final int http1Port;

    private NginxServer(Path dir, int tlsPort, int h2cPort, int http1Port) {
        this.dir = dir;
        this.tlsPort = tlsPort;
        this.h2cPort = h2cPort;
        this.http1Port = http1Port;
    }

    public static boolean installed() {
        return Files.isExecutable(NGINX);
    }

    public int tlsPort() {
        return tlsPort;
    }

    public int h2cPort() {
        return h2cPort;
    }

    public int http1Port() {
        return http1Port;
    }

    /** The certificate the TLS port presents, for --cacert. */
    public Path certificate() {
        return dir.resolve("cert.pem");
    }

    public static synchronized NginxServer get() throws IOException {
        if (running == null) {
            running = start();
        }
        return running;
    }

    private static NginxServer start() throws IOException {
        if (!installed()) {
            throw new IOException("nginx is not installed (apt-get install nginx-light)");
        }
        int tls = LocalDaemon.freePort();
        int h2c = LocalDaemon.freePort();
        int http1 = LocalDaemon.freePort();
        while (h2c == tls || http1 == tls || http1 == h2c) {
            h2c = LocalDaemon.freePort();
            http1 = LocalDaemon.freePort();
        }
        Path dir = Files.createTempDirectory("jtwins-nginx");
        Path www = Files.createDirectories(dir.resolve("www"));
        Files.writeString(www.resolve("index.html"), "hello over HTTP/2\n");
        Files.writeString(www.resolve("text.txt"), "a line of text that gzip makes smaller\n".repeat(200));
        try (RandomAccessFile big = new RandomAccessFile(www.resolve("big.bin").toFile(), "rw")) {
            big.setLength(20L * 1024 * 1024);
        }
        try (Stream<Path> files = Files.list(www)) {
            for (Path f : files.toList()) {
                Files.setLastModifiedTime(f, WHEN);
            }
        }
        SetupCommand.run(List.of("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-nodes", "-keyout", dir.resolve("key.pem").toString(), "-out", dir.resolve("cert.pem").toString(),
                "-days", "30", "-subj", "/CN=lab.test", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"));
        Files.writeString(dir.resolve("nginx.conf"), String.join("\n",
                "daemon off;",
                "master_process off;",
                "pid " + dir.resolve("nginx.pid") + ";",
                "error_log " + dir.resolve("error.log") + ";",
                "events { worker_connections 64; }",
                "http {",
                "  access_log off;",
                "  default_type application/octet-stream;",
                "  types { text/html html; text/plain txt; }",
                "  client_body_temp_path " + dir.resolve("body") + ";",
                "  proxy_temp_path " + dir.resolve("proxy") + ";",
                "  fastcgi_temp_path " + dir.resolve("fastcgi") + ";",
                "  uwsgi_temp_path " + dir.resolve("uwsgi") + ";",
                "  scgi_temp_path " + dir.resolve("scgi") + ";",
                "  gzip on; gzip_types text/plain; gzip_min_length 1;",
                "  server {",
                "    listen 127.0.0.1:" + tls + " ssl http2;",
                "    listen 127.0.0.1:" + h2c + " http2;",
                "    listen 127.0.0.1:" + http1 + ";",
                "    ssl_certificate " + dir.resolve("cert.pem") + ";",
                "    ssl_certificate_key " + dir.resolve("key.pem") + ";",
                "    root " + www + ";",
                "    location = /redirect { return 302 /index.html; }",
                "    location = /echo { default_type text/plain; return 200 \"$request_method $request_uri"
                        + " ua=$http_user_agent accept=$http_accept x=$http_x_lab cl=$content_length"
                        + " ct=$content_type cookie=$http_cookie\\n\"; }",
                "  }",
                "}",
                ""));
        Process nginx = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-e", dir.resolve("error.log").toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("console.log").toFile()).start();
        LocalDaemon.stopOnExit(nginx, dir);
        LocalDaemon.awaitListening(nginx, "nginx", dir.resolve("error.log"), tls, h2c, http1);
        return new NginxServer(dir, tls, h2c, http1);
    }
}
