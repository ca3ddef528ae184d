package jtwins.common;

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

    public static int of(Channel channel) {
        try {
            Method getFdVal = Class.forName("sun.nio.ch.SelChImpl").getMethod("getFDVal");
            getFdVal.setAccessible(true);
            return (int) getFdVal.invoke(channel);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("no file descriptor behind " + channel.getClass().getName()
                    + " (is java.base/sun.nio.ch opened to this program?)", e);
        }
    }
}
