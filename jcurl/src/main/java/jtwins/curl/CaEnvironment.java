package jtwins.curl;

import java.util.Map;

/**
 * The tool's CA files from the environment (tool_operate.c transfer_per_config()): with no --cacert,
 * no --capath and no -k, CURL_CA_BUNDLE names the CA file, else SSL_CERT_DIR the directory, else
 * SSL_CERT_FILE the file; a variable set to nothing is not set (curl_getenv()).
 */
final class CaEnvironment {
    private CaEnvironment() {
    }

    static void apply(CurlConfig config, Map<String, String> env) {
        if (config.caCert != null || config.caPath != null || config.insecure) {
            return;
        }
        if (set(env.get("CURL_CA_BUNDLE"))) {
            config.caCert = env.get("CURL_CA_BUNDLE");
        } else if (set(env.get("SSL_CERT_DIR"))) {
            config.caPath = env.get("SSL_CERT_DIR");
        } else if (set(env.get("SSL_CERT_FILE"))) {
            config.caCert = env.get("SSL_CERT_FILE");
        }
    }

    private static boolean set(String value) {
        return value != null && !value.isEmpty();
    }
}
