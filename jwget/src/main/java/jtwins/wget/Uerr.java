package jtwins.wget;

/** wget's uerr_t results that this twin can reach, each with the exit status exits.c gives it. */
enum Uerr {
    RETROK(0),
    RETRFINISHED(0),
    HOSTERR(4),
    CONERROR(4),
    CONIMPOSSIBLE(4),
    HERR(7),
    HEOF(7),
    READERR(4),
    WRITEFAILED(3),
    TRYLIMEXC(4),
    WRONGCODE(8),
    NEWLOCATION(0),
    NEWLOCATION_KEEP_POST(0),
    AUTHFAILED(6),
    URLERROR(1),
    FOPENERR(3),
    FWRITEERR(3),
    RANGEERR(8),
    CONSSLERR(4),
    VERIFCERTERR(5),
    GATEWAYTIMEOUT(8),
    FILEBADFILE(3),
    NOT_RETRIEVED(0);

    private final int exitStatus;

    Uerr(int exitStatus) {
        this.exitStatus = exitStatus;
    }

    int exitStatus() {
        return exitStatus;
    }
}
