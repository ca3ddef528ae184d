package jtwins.curl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import jtwins.common.Errno;
import jtwins.common.trace.Trace;

/**
 * A dict://, gopher:// or gophers:// URL (lib/dict.c, lib/gopher.c): one request written on a new
 * connection, then Curl_setup_transfer() with no size, so the body is whatever comes until the
 * server closes, and the connection is closed after it. DICT's request shows on -v's data trace;
 * Gopher's selector goes to the header callback (-D) instead. -I asks for no body.
 */
final class UntilCloseTransfer {
    private final CurlConfig config;
    private final TransferPulse pulse;
    private final DebugTrace verbose;
    private final TransferInfo info;
    private final ConnectionSetup connections;
    private final HeaderDump dump;

    UntilCloseTransfer(CurlConfig config, TransferPulse pulse, DebugTrace verbose, TransferInfo info,
                       ConnectionSetup connections, HeaderDump dump) {
        this.config = config;
        this.pulse = pulse;
        this.verbose = verbose;
        this.info = info;
        this.connections = connections;
        this.dump = dump;
    }

    void run(CurlUrl url, RequestScope scope, BodySink sink, HttpAuth auth) throws IOException, TransferFailed {
        info.urlEffective = url.effective();
        info.scheme = url.scheme().toUpperCase(java.util.Locale.ROOT);
        // allocate_conn() marks a connection for closing; an HTTP proxy's CONNECT marks it to be kept
        info.connectionEnds = config.proxyFor(url) == null;
        boolean dict = url.scheme().equals("dict");
        try (Wire wire = connections.open(url, null, false, scope, sink, auth)) {
            // the do phase: the URL's path is decoded only once the connection is up
            if (dict) {
                byte[] request = DictRequest.of(url, verbose).getBytes(StandardCharsets.ISO_8859_1);
                send(wire, request, "DICT");
                verbose.sentData(request);
            } else {
                byte[] selector = GopherSelector.of(url).getBytes(StandardCharsets.ISO_8859_1);
                if (selector.length > 0) {
                    send(wire, selector, "Gopher");
                    header(selector);
                }
                send(wire, new byte[] {'\r', '\n'}, "Gopher");
                header(new byte[] {'\r', '\n'});
            }
            Trace.listener().requestSent(dict ? "the DICT request" : "the Gopher selector");
            if (!config.head) {
                readToClose(wire, sink);
            }
        }
    }

    private void send(Wire wire, byte[] bytes, String protocol) throws IOException, TransferFailed {
        try {
            wire.write(ByteBuffer.wrap(bytes));
        } catch (IOException e) {
            // the socket's failf() fills the error buffer first; the protocol's own shows only on -v
            String first = "Send failure: " + Errno.of(e).text();
            verbose.info(first);
            throw TransferFailed.afterEarlierFailf(CurlCode.SEND_ERROR, first, "Failed sending " + protocol + " request");
        }
    }

    /** Curl_client_write(CLIENTWRITE_HEADER): -D's file has it; -i shows headers for HTTP, RTSP and FILE only. */
    private void header(byte[] bytes) {
        if (dump != null) {
            dump.write(bytes);
        }
    }

    private void readToClose(Wire wire, BodySink sink) throws IOException, TransferFailed {
        ByteBuffer buf = ByteBuffer.allocate(102400);
        long count = 0;
        while (true) {
            buf.clear();
            int n;
            try {
                n = wire.read(buf);
            } catch (IOException e) {
                throw TransferFailed.recvFailure(e);
            }
            if (n < 0) {
                break;
            }
            buf.flip();
            verbose.bodyData(buf);
            sink.write(buf);
            count += n;
            pulse.received(count);
        }
        info.sizeDownload = count;
    }
}
