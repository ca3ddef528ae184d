package jtwins.wget;

/** A progress display: told of each piece of the body as it arrives, and of the end. */
interface Progress {
    /** @param dltimeSecs seconds since the body began */
    void update(long howMuch, double dltimeSecs);

    void finish(double dltimeSecs);

    /** -q, -nv or --show-progress off: nothing shown. */
    Progress NONE = new Progress() {
        @Override
        public void update(long howMuch, double dltimeSecs) {
        }

        @Override
        public void finish(double dltimeSecs) {
        }
    };
}
