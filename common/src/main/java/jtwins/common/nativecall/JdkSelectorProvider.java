package jtwins.common.nativecall;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.ProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;

/**
 * The JDK's own selector provider, reached without the service-loader search that
 * SelectorProvider.provider() makes first: that search looks through every module of the runtime
 * and costs 20 ms of a twin's start-up here (a bare SelectorProvider.provider() call, measured),
 * more than anything else a twin does. Named by the java.nio.channels.spi.SelectorProvider property,
 * this class hands every call to sun.nio.ch.DefaultSelectorProvider, which the twins' jars open.
 * Channels and selectors all come from the JDK's provider, so they work together as before.
 */
public final class JdkSelectorProvider extends SelectorProvider {
    private static final String PROPERTY = "java.nio.channels.spi.SelectorProvider";
    private static SelectorProvider jdk;

    private final SelectorProvider delegate;

    public JdkSelectorProvider() {
        this.delegate = jdk;
    }

    /**
     * Names this class as the provider, before any channel exists, when the JDK's provider can be
     * reached; otherwise leaves the JDK's own lookup in place.
     */
    public static void install() {
        if (System.getProperty(PROPERTY) != null) {
            return;
        }
        try {
            Method get = Class.forName("sun.nio.ch.DefaultSelectorProvider").getMethod("get");
            get.setAccessible(true);
            jdk = (SelectorProvider) get.invoke(null);
            System.setProperty(PROPERTY, JdkSelectorProvider.class.getName());
        } catch (ReflectiveOperationException | RuntimeException notOpened) {
            jdk = null;
        }
    }

    @Override
    public DatagramChannel openDatagramChannel() throws IOException {
        return delegate.openDatagramChannel();
    }

    @Override
    public DatagramChannel openDatagramChannel(ProtocolFamily family) throws IOException {
        return delegate.openDatagramChannel(family);
    }

    @Override
    public Pipe openPipe() throws IOException {
        return delegate.openPipe();
    }

    @Override
    public AbstractSelector openSelector() throws IOException {
        return delegate.openSelector();
    }

    @Override
    public ServerSocketChannel openServerSocketChannel() throws IOException {
        return delegate.openServerSocketChannel();
    }

    @Override
    public SocketChannel openSocketChannel() throws IOException {
        return delegate.openSocketChannel();
    }

    @Override
    public SocketChannel openSocketChannel(ProtocolFamily family) throws IOException {
        return delegate.openSocketChannel(family);
    }

    @Override
    public ServerSocketChannel openServerSocketChannel(ProtocolFamily family) throws IOException {
        return delegate.openServerSocketChannel(family);
    }

    @Override
    public java.nio.channels.Channel inheritedChannel() throws IOException {
        return delegate.inheritedChannel();
    }
}
