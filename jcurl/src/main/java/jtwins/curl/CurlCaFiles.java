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

/**
 * --cacert's file (the system bundle by default) and --capath's PEM files, with curl's errors. OpenSSL
 * looks a folder's certificates up by their subject's hash, so only files named as c_rehash names
 * them (8 hex digits, a dot, a number) are ever read; a folder of plain .pem files trusts nothing.
 */
final class CurlCaFiles {
    private static final java.util.regex.Pattern HASHED_NAME = java.util.regex.Pattern.compile("[0-9a-f]{8}\\.[0-9]+");

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
                    if (!HASHED_NAME.matcher(p.getFileName().toString()).matches()) {
                        continue;
                    }
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
