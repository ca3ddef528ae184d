package jtwins.mysql;

import java.nio.charset.StandardCharsets;

/** The client-side authentication plugins the twin carries, by the names servers ask for. */
final class AuthPlugins {
    static final String NATIVE = "mysql_native_password";
    static final String ED25519 = "client_ed25519";

    private AuthPlugins() {
    }

    static boolean known(String plugin) {
        return plugin.equals(NATIVE) || plugin.equals(ED25519);
    }

    static byte[] answer(String plugin, byte[] challenge, String password, boolean overUnixSocket) {
        return switch (plugin) {
            case ED25519 -> Ed25519Password.sign(challenge, password);
            default -> NativePassword.response(challenge, password);
        };
    }

    /** A plugin's answer to an 0x01 "more data" packet; null when it has nothing to say. */
    static byte[] more(String plugin, byte[] packet, String password, boolean overUnixSocket) {
        return null;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
