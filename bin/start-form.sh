# Sourced by launch.sh and make-cds with $tool set and the twin's arguments as "$@": sets $main to the
# class a twin starts by (-cp JAR CLASS), or empty for a start by the jar's manifest (-jar).
# By its class, no manifest is read and, while the archive holds every class a run loads, the JVM
# never opens the jar: 4-6 ms of every start on Java 17 and 25 (a refused connect, medians of 21), the
# manifest's Add-Opens among them. A run that may read the fd under a JDK channel needs that opening,
# so it starts by the manifest: a trace (JTWINS_TRACE: TCP_INFO), or nc's -S -D -I -O -M -m (their
# setsockopt() through jnr), -F (fd passing) or -u (a UDP socket's shutdown(), which the JDK lacks),
# looked for in every argument that starts with '-', a superset of what getopt reads as those options.
case $tool in
    jnc) main=jtwins.nc.NcMain ;;
    jcurl) main=jtwins.curl.CurlMain ;;
    jwget) main=jtwins.wget.WgetMain ;;
    jmysqlping) main=jtwins.mysql.MysqladminMain ;;
    jrsyncd-check) main=jtwins.rsync.RsyncMain ;;
    *) main= ;;
esac
[ -n "${JTWINS_TRACE:-}" ] && main=
if [ "$tool" = jnc ] && [ -n "$main" ]; then
    for arg in "$@"; do
        case $arg in -*[SDIOMmFu]*) main= ;; esac
    done
fi
