# Shared by the launchers in this folder; sourced with $tool set (jnc, jtwins, ...).
# The jar is found relative to the real location of the launcher, so a symlink anywhere works, and
# the name the user called is passed on: a twin called as "nc" says "nc:" as the original does.
self=$(readlink -f "$0")
dist=$(cd "$(dirname "$self")/../dist" 2>/dev/null && pwd)
jar="$dist/$tool.jar"
if [ ! -f "$jar" ]; then
    echo "$(basename "$0"): $(dirname "$self")/../dist/$tool.jar is missing; build first: mvn -q package -DskipTests" >&2
    exit 127
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
# Start-up flags chosen by measurement (bench/startup): C1 only, the serial GC, no perf-data file.
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss512k"
# A class-data archive made at package time (bin/make-cds) covers the start-up classes.
if [ -f "$dist/$tool.jsa" ] && [ -z "${JTWINS_NO_CDS:-}" ]; then
    exec "$java" $flags -XX:SharedArchiveFile="$dist/$tool.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -Djtwins.argv0="$0" -jar "$jar" "$@"
fi
exec "$java" $flags -Djtwins.argv0="$0" -jar "$jar" "$@"
