# Shared by the launchers in this folder; sourced with $tool and $self (the launcher's real path) set,
# and $argv0 when the name to pass on is not $0 (jtwins wget ...).
# The jar is found relative to the real location of the launcher, so a symlink anywhere works, and
# the name the user called is passed on: a twin called as "nc" says "nc:" as the original does.
# No subshells beyond the launcher's one readlink: each fork is start-up time.
# dist/ in a built checkout, lib/ in an unpacked distribution (bin/make-dist)
dist="${self%/*}/../dist"
[ -d "$dist" ] || dist="${self%/*}/../lib"
jar="$dist/$tool.jar"
if [ ! -f "$jar" ]; then
    echo "${0##*/}: $jar is missing; build first: mvn -B -q package -DskipTests" >&2
    exit 127
fi
# The kernel starts a script with its path where the caller put the name it typed, so a twin found on
# PATH would say "/usr/local/bin/jwget:" where wget says "wget:". A path that PATH's lookup of its own
# last component gives is taken as that name typed bare, as the shell gave it; a path typed in full
# elsewhere stays a path. The lookup is the shell's own, in this process: no fork.
if [ -z "${argv0:-}" ]; then
    case $0 in
        */*)
            name=${0##*/}
            saved_ifs=$IFS
            IFS=:
            for dir in $PATH; do
                if [ -f "$dir/$name" ] && [ -x "$dir/$name" ]; then
                    [ "$dir/$name" = "$0" ] && argv0=$name
                    break
                fi
            done
            IFS=$saved_ifs
            ;;
    esac
fi
# The JDK: JAVA_HOME when set; else the one install-jtwins bound the installation to (read by the
# shell's own read, no fork); else java on PATH.
if [ -n "${JAVA_HOME:-}" ]; then
    java=$JAVA_HOME/bin/java
elif [ -f "$dist/java-home" ] && read -r bound < "$dist/java-home" && [ -n "$bound" ]; then
    java=$bound/bin/java
else
    java=java
fi
# Start-up flags chosen by measurement (bench/run): C1 only, no perf-data file. The collector is the
# default, G1, with a Java 17 archive: there only G1 maps the archive's heap part (the boot module graph,
# interned strings), which the serial collector ignores; with G1 a refused connect ends 3-7 ms sooner
# (jcurl 53.9 -> 47.7 ms, medians of 21). Java 25's serial collector loads the AOT cache's heap objects
# too, and without G1's region tables and concurrent threads a refused connect ends 2 ms sooner (jcurl
# 35.8 -> 34.1, jwget 36.8 -> 34.7): the AOT branch below uses it.
# The class-data archive is mapped where it was dumped (ArchiveRelocationMode=0, the default of earlier
# JDKs; Debian's 17.0.15 and Java 25 map it at a random address): relocating it patches every pointer
# in it, 3-4 ms of page faults at each start (perf: FileMapInfo::relocate_pointers_in_core_regions).
# C1 compiles at 20x its thresholds: a short run's compiles are work the compiler thread takes from the
# main one on a small machine (5x: a refused connect 4-6 ms sooner; 20x: 1.6-1.8 ms more on Java 17,
# medians of 21), while a transfer's methods, called once a read, still reach them early in its first
# megabytes (a GiB by jcurl or jnc took as long at 5x and at 20x, within this machine's noise).
flags="-XX:TieredStopAtLevel=1 -XX:-UsePerfData -XX:+DisableAttachMechanism -XX:-UseDynamicNumberOfCompilerThreads -Xss512k"
flags="$flags -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -XX:CompileThresholdScaling=20"
# Reflection through the VM's native accessor: since Java 18 a reflective call is made through a method
# handle, whose first use spins a lambda form's class (Enum.valueOf() calls values() reflectively, and
# the JDK's own socket options do that for every twin: 3 ms of a refused connect on Java 25, the AOT
# cache notwithstanding). Java 17's first calls are native anyway. bin/make-cds trains with it too.
flags="$flags -Djdk.reflect.useNativeAccessorOnly=true"
# nc, curl and wget leave SIGINT and SIGTERM at their default: the kernel ends them at once, dead of the
# signal. The JVM's handlers would run its exit instead, which waits up to 300 ms for a thread blocked in
# a system call (HotSpot's VM_Exit), and exit with 130/143 rather than die of the signal. mysqladmin and
# rsync catch them, and so do their twins, through the JVM's handlers.
case $tool in jnc|jcurl|jwget) flags="$flags -Xrs" ;; esac
. "${self%/*}/start-form.sh"
# A class-data archive made at package time (bin/make-cds) covers the start-up classes. -Xlog:disable
# keeps the JVM silent if the archive does not fit the java at hand (built with another one): it then
# starts without, as the twin's output must be the original's and nothing else. Java 25's AOT cache is
# made with --enable-native-access (what the manifest's Enable-Native-Access says, for jnr's JNI, which
# Java 24 and later warn about), and a cache is used only with the options it was made with; Java 17
# neither warns nor needs it (there it would cost the archived module graph).
archive=
if [ -z "${JTWINS_NO_CDS:-}" ]; then
    if [ -f "$dist/$tool.aot" ]; then
        archive=aot
    elif [ -f "$dist/$tool.jsa" ] && [ -f "$dist/$tool.cds-java" ] \
            && { read -r made_java; read -r made_jar; } < "$dist/$tool.cds-java" \
            && [ "$made_java" = "$java" ] && [ "$made_jar" -ef "$jar" ]; then
        # Only on the java the archive was made with and beside the jar it was made from (bin/make-cds
        # names both): an archive that does not fit, another JDK's or a copied tree's, costs the JVM its
        # own default archive too (no class shared at all, a start twice as long), and from Java 24 on a
        # start by class would warn of jnr's JNI, which only the manifest's Enable-Native-Access allows.
        archive=jsa
    fi
fi
# without an archive the JDK is unknown: the manifest says what it needs
[ -n "$archive" ] || main=
if [ -n "$main" ]; then set -- -cp "$jar" "$main" "$@"; else set -- -jar "$jar" "$@"; fi
case $archive in
    aot) exec "$java" $flags -XX:+UseSerialGC -XX:+IgnoreUnrecognizedVMOptions -XX:AOTCache="$dist/$tool.aot" \
            -Xlog:disable --enable-native-access=ALL-UNNAMED -Djtwins.argv0="${argv0:-$0}" "$@" ;;
    jsa) exec "$java" $flags -XX:SharedArchiveFile="$dist/$tool.jsa" -Xlog:disable -Djtwins.argv0="${argv0:-$0}" "$@" ;;
esac
exec "$java" $flags -Djtwins.argv0="${argv0:-$0}" "$@"
