package jtwins.curl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.X509TrustManager;
import jtwins.common.tls.CaBundle;

/** --cacert's file (the system bundle by default) and --capath's PEM files, with curl's errors. */
final class CurlCaFiles {
    private CurlCaFiles() {
    }

    static X509TrustManager trustManager(String caCert, String caPath) throws TransferFailed {
        List<byte[]> entries = new ArrayList<>();
        if (caCert != null || caPath == null) {
            String file = caCert != null ? caCert : CaBundle.SYSTEM_BUNDLE;
            try {
                entries.addAll(CaBundle.pemEntries(Files.readString(LocalPath.of(file), StandardCharsets.ISO_8859_1)));
            } catch (IOException e) {
                throw new TransferFailed(CurlCode.SSL_CACERT_BADFILE, "error setting certificate file: " + file);
            }
        }
        if (caPath != null) {
            try (DirectoryStream<Path> dir = Files.newDirectoryStream(LocalPath.of(caPath))) {
                for (Path p : dir) {
                    try {
                        entries.addAll(CaBundle.pemEntries(Files.readString(p, StandardCharsets.ISO_8859_1)));
                    } catch (IOException e) {
                        // a file that is not readable is skipped, as OpenSSL's lookup never sees it
                    }
                }
            } catch (IOException e) {
                throw new TransferFailed(CurlCode.SSL_CACERT_BADFILE, "error setting certificate path: " + caPath);
            }
        }
        return CaBundle.trustManager(entries);
    }
}
