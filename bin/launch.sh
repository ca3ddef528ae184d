# Shared by the launchers in this folder; sourced with $tool and $self (the launcher's real path) set,
# and $argv0 when the name to pass on is not $0 (jtwins wget ...).
# The jar is found relative to the real location of the launcher, so a symlink anywhere works, and
# the name the user called is passed on: a twin called as "nc" says "nc:" as the original does.
# No subshells beyond the launcher's one readlink: each fork is start-up time.
dist="${self%/*}/../dist"
jar="$dist/$tool.jar"
if [ ! -f "$jar" ]; then
    echo "${0##*/}: $jar is missing; build first: mvn -B -q package -DskipTests" >&2
    exit 127
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
# Start-up flags chosen by measurement (bench/startup): C1 only, the serial GC, no perf-data file.
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss512k"
# nc, curl and wget leave SIGINT and SIGTERM at their default: the kernel ends them at once, dead of the
# signal. The JVM's handlers would run its exit instead, which waits up to 300 ms for a thread blocked in
# a system call (HotSpot's VM_Exit), and exit with 130/143 rather than die of the signal. mysqladmin and
# rsync catch them, and so do their twins, through the JVM's handlers.
case $tool in jnc|jcurl|jwget) flags="$flags -Xrs" ;; esac
# A class-data archive made at package time (bin/make-cds) covers the start-up classes. -Xlog:disable
# keeps the JVM silent if the archive does not fit the java at hand (built with another one): it then
# starts without, as the twin's output must be the original's and nothing else.
if [ -f "$dist/$tool.aot" ] && [ -z "${JTWINS_NO_CDS:-}" ]; then
    exec "$java" $flags -XX:+IgnoreUnrecognizedVMOptions -XX:AOTCache="$dist/$tool.aot" -Xlog:disable \
        -Djtwins.argv0="${argv0:-$0}" -jar "$jar" "$@"
fi
if [ -f "$dist/$tool.jsa" ] && [ -z "${JTWINS_NO_CDS:-}" ]; then
    exec "$java" $flags -XX:SharedArchiveFile="$dist/$tool.jsa" -Xlog:disable \
        -Djtwins.argv0="${argv0:-$0}" -jar "$jar" "$@"
fi
exec "$java" $flags -Djtwins.argv0="${argv0:-$0}" -jar "$jar" "$@"
