package jtwins.rsync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Answers recorded from rsync 3.2.7 (3.5.0 sends the same) talking to a daemon through a logging proxy. */
class DaemonAuthTest {
    @Test
    void sha512AsNegotiatedWithA327Daemon() {
        assertEquals("alice /RLCXwOgXSzOgjER4LiioFy6okcjC6ItR/lbCcrjML/vxIATNkobTUdoYwJZ4F1CT2vl8YTrDrJums+phXT3mw",
                DaemonAuth.response("alice", "wonder".getBytes(StandardCharsets.UTF_8),
                        "TDbSwKARQxRHP4b1jeEGMeHdVMg/c7PwVK8F2Gapz0jXt3iTYiJLmJTbcXMLYIYO8GAKOOZvypuQDiiPpcvl/w", "sha512"));
    }

    @Test
    void md5ForADaemonOfferingOnlyMd5AndMd4() {
        String digest = DaemonAuth.choose(List.of("md5", "md4"), 32);
        assertEquals("md5", digest);
        assertEquals("bob 4F4yx3D0CwiPgwGCsb4Szg",
                DaemonAuth.response("bob", "pw".getBytes(StandardCharsets.UTF_8), "abcdefghijklmnopqrstuv", digest));
    }
}
