package jtwins.curl;

import com.jcraft.jsch.Session;
import com.jcraft.jsch.UserAuthNone;
import java.util.function.Consumer;

/**
 * The "none" request every SSH login starts with, whose failure lists the methods the server takes:
 * what libssh2_userauth_list() gives curl for "SSH authentication methods available". The library
 * builds this class by name on the connecting thread, so the listener is that thread's.
 */
public final class SshAuthList extends UserAuthNone {
    private static final ThreadLocal<Consumer<String>> LISTENER = new ThreadLocal<>();

    /** The class name the library is told to build for its "none" request. */
    static final String NAME = SshAuthList.class.getName();

    public SshAuthList() {
        super();
    }

    static void listenOnThisThread(Consumer<String> listener) {
        if (listener == null) {
            LISTENER.remove();
        } else {
            LISTENER.set(listener);
        }
    }

    @Override
    public boolean start(Session session) throws Exception {
        boolean accepted = super.start(session);
        Consumer<String> listener = LISTENER.get();
        if (listener != null) {
            listener.accept(accepted ? null : getMethods());
        }
        return accepted;
    }
}
