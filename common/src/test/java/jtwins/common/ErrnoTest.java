package jtwins.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class ErrnoTest {
    @Test
    void readsTheErrnoOutOfEachFormTheJdkWritesItIn() {
        assertEquals(Errno.ECONNREFUSED, Errno.of(new ConnectException("Connection refused")));
        assertEquals(Errno.ENOENT, Errno.of(new IOException("/etc/x: No such file or directory")));
        assertEquals(Errno.ECONNREFUSED, Errno.of(new IOException("Connection refused (while connecting)")));
        assertEquals(Errno.ENOENT, Errno.of(new IOException("/etc/x (No such file or directory)")));
    }

    @Test
    void aTextOnlyPartlyThereIsNoMatch() {
        assertEquals(Errno.EIO, Errno.of(new IOException("Connection refusedX")));
        assertEquals(Errno.EIO, Errno.of(new IOException("x:Connection refused")));
        assertEquals(Errno.EIO, Errno.of(new IOException("x (Connection refused")));
        assertEquals(Errno.ENOENT, Errno.of(new NoSuchFileException("/etc/x")));
    }
}
