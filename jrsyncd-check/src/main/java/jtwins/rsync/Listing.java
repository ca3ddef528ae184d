package jtwins.rsync;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * list_file_entry() in generator.c: "PERMS SIZE DATE TIME NAME", the size with thousands separators in
 * 14 columns, the time as localtime "%Y/%m/%d %H:%M:%S", in the order of the sorted file list.
 */
final class Listing {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    private Listing() {
    }

    static List<String> lines(List<FileEntry> entries) {
        List<FileEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Listing::compare);
        List<String> lines = new ArrayList<>();
        ZoneId zone = ZoneId.systemDefault();
        for (FileEntry e : sorted) {
            String when = TIME.format(Instant.ofEpochSecond(e.mtime()).atZone(zone));
            String size = String.format("%14s", Numbers.comma(e.size()));
            String name = Names.printable(e.name());
            lines.add(Permissions.of(e.mode()) + " " + size + " " + when + " " + name
                    + (e.linkTarget() != null ? " -> " + e.linkTarget() : ""));
        }
        return lines;
    }

    /** f_name_cmp() for one directory's entries: "." first, then the files, then the directories, each in byte order. */
    private static int compare(FileEntry a, FileEntry b) {
        if (a.name().equals(".") || b.name().equals(".")) {
            return Boolean.compare(!a.name().equals("."), !b.name().equals("."));
        }
        if (a.isDirectory() != b.isDirectory()) {
            return a.isDirectory() ? 1 : -1;
        }
        return Arrays.compareUnsigned(a.name().getBytes(StandardCharsets.UTF_8), b.name().getBytes(StandardCharsets.UTF_8));
    }
}
