package jtwins.rsync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class ListingTest {
    @Test
    void filesBeforeDirectoriesEachInByteOrderAsRsyncPrintsThem() {
        TimeZone saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            List<FileEntry> entries = List.of(
                    new FileEntry("sub", 4096, 1_700_000_000L, 040755, null),
                    new FileEntry("big.bin", 1_234_567, 1_700_000_000L, 0100644, null),
                    new FileEntry(".", 4096, 1_700_000_000L, 040755, null),
                    new FileEntry("a", 4096, 1_700_000_000L, 040755, null),
                    new FileEntry("Upper", 0, 1_700_000_000L, 0100600, null),
                    new FileEntry("link", 10, 1_700_000_000L, 0120777, null));
            assertEquals(List.of(
                    "drwxr-xr-x          4,096 2023/11/14 22:13:20 .",
                    "-rw-------              0 2023/11/14 22:13:20 Upper",
                    "-rw-r--r--      1,234,567 2023/11/14 22:13:20 big.bin",
                    "lrwxrwxrwx             10 2023/11/14 22:13:20 link",
                    "drwxr-xr-x          4,096 2023/11/14 22:13:20 a",
                    "drwxr-xr-x          4,096 2023/11/14 22:13:20 sub"), Listing.lines(entries));
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void specialBitsAsLsShowsThem() {
        assertEquals("-rwsr-xr-x", Permissions.of(0104755));
        assertEquals("drwxrwxrwt", Permissions.of(041777));
        assertEquals("-rw-r-Sr--", Permissions.of(0102644));
    }
}
