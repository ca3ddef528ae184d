package jtwins.common.nativecall;

import java.lang.reflect.Method;
import java.nio.channels.Channel;

/**
 * The file descriptor number under a JDK channel, for the few system calls the JDK has no name for.
 * The JDK keeps it behind sun.nio.ch.SelChImpl; the launchers' jars open that package
 * (manifest "Add-Opens: java.base/sun.nio.ch"), so this reads it without any native code.
 */
public final class ChannelDescriptor {
    private ChannelDescriptor() {
    }

    /** Looked up once, on the first call: each of -M -m -D -S asks for the same socket's fd. */
    private static final class Accessor {
        static final Method GET_FD_VAL = find();

        private static Method find() {
            try {
                Method m = Class.forName("sun.nio.ch.SelChImpl").getMethod("getFDVal");
                m.setAccessible(true);
                return m;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
    }

    public static int of(Channel channel) {
        try {
            if (Accessor.GET_FD_VAL != null) {
                return (int) Accessor.GET_FD_VAL.invoke(channel);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // reported below
        }
        throw new IllegalStateException("no file descriptor behind " + channel.getClass().getName()
                + " (is java.base/sun.nio.ch opened to this program?)");
    }
}
