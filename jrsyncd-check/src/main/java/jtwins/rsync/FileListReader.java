package jtwins.rsync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * recv_file_entry() in flist.c for what a listing asks (-d, no -r, no -o/-g/-D/-H): names sharing a
 * prefix with the previous one, sizes and times as varlongs, a mode or "the same as before".
 */
final class FileListReader {
    private static final int XMIT_TOP_DIR = 1 << 0;
    private static final int XMIT_SAME_MODE = 1 << 1;
    private static final int XMIT_EXTENDED_FLAGS = 1 << 2;
    private static final int XMIT_SAME_NAME = 1 << 5;
    private static final int XMIT_LONG_NAME = 1 << 6;
    private static final int XMIT_SAME_TIME = 1 << 7;
    private static final int XMIT_IO_ERROR_ENDLIST = 1 << 12;
    private static final int XMIT_MOD_NSEC = 1 << 13;
    /** compat flag: the flags above come as one varint (protocol 30 with the 'v' capability). */
    static final int CF_VARINT_FLIST_FLAGS = 1 << 7;

    /** The list and the I/O error the sender ended it with. */
    record FileList(List<FileEntry> entries, int ioError) {
    }

    private FileListReader() {
    }

    static FileList read(MuxStream in, int protocol, int compatFlags) throws IOException, RsyncError {
        boolean varintFlags = (compatFlags & CF_VARINT_FLIST_FLAGS) != 0;
        List<FileEntry> entries = new ArrayList<>();
        byte[] lastName = new byte[0];
        long lastTime = 0;
        int lastMode = 0;
        while (true) {
            int flags;
            if (varintFlags) {
                flags = in.readVarint();
                if (flags == 0) {
                    return new FileList(entries, in.readVarint());
                }
            } else {
                flags = in.readByte();
                if (flags == 0) {
                    return new FileList(entries, 0);
                }
                if ((flags & XMIT_EXTENDED_FLAGS) != 0) {
                    flags |= in.readByte() << 8;
                }
                if (flags == (XMIT_EXTENDED_FLAGS | XMIT_IO_ERROR_ENDLIST)) {
                    return new FileList(entries, in.readVarint());
                }
            }
            int shared = (flags & XMIT_SAME_NAME) != 0 ? in.readByte() : 0;
            int length = (flags & XMIT_LONG_NAME) != 0 ? in.readVarint() : in.readByte();
            byte[] name = Arrays.copyOf(lastName, shared + length);
            System.arraycopy(in.readBytes(length), 0, name, shared, length);
            lastName = name;
            long size = in.readVarlong(3);
            if ((flags & XMIT_SAME_TIME) == 0) {
                lastTime = in.readVarlong(4);
            }
            if ((flags & XMIT_MOD_NSEC) != 0) {
                in.readVarint();
            }
            if ((flags & XMIT_SAME_MODE) == 0) {
                lastMode = in.readInt();
            }
            entries.add(new FileEntry(new String(name, StandardCharsets.UTF_8), size, lastTime, lastMode, null));
        }
    }
}
