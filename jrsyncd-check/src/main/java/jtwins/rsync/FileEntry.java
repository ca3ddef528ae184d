package jtwins.rsync;

/** One entry of the sender's file list, as much of it as a listing shows. */
record FileEntry(String name, long size, long mtime, int mode, String linkTarget) {
    static final int S_IFMT = 0170000;
    static final int S_IFDIR = 0040000;

    boolean isDirectory() {
        return (mode & S_IFMT) == S_IFDIR;
    }
}
