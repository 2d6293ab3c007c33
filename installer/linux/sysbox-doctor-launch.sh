#!/bin/sh
# Starts Sysbox Doctor (window or command line) on the app-image's runtime with exactly what its
# jpackage configuration says (lib/app/sysbox-doctor.cfg: JVM options, class path, main class).
#
# Why not jpackage's own Linux launcher: before it creates the JVM it asks the package manager
# which package owns it, `rpm -qf` and then `dpkg -S` (JDK 17 to 25,
# jdk.jpackage/linux/native/applauncher/LinuxPackage.c findOwnerOfFile), twice per start. On a
# Debian or Ubuntu system (WSL distros included) each `dpkg -S` reads every package's file list:
# ~0.4-0.6 s, so ~1 s of every start, window and CLI alike (bench/startup.sh, docs/startup.md).
#
# Lives in lib/app (the .deb links /usr/bin/sysbox-doctor to it) and, in the app-image, as
# bin/sysbox-doctor; it finds the image from either place, through symlinks.
set -eu
self=$(readlink -f "$0")
here=$(dirname "$self")
case "$here" in
    */lib/app) image=$(dirname "$(dirname "$here")") ;;
    *) image=$(dirname "$here") ;;
esac
appdir="$image/lib/app"
cfg="$appdir/sysbox-doctor.cfg"
java="$image/lib/runtime/bin/java"
if [ ! -r "$cfg" ] || [ ! -x "$java" ]; then
    echo "sysbox-doctor: incomplete installation: $cfg or $java is missing" >&2
    exit 3
fi

# The user's arguments stay in "$@"; the JVM's go after them, then the user's are rotated to the end.
count=$#
classpath=""
main=""
while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
        java-options=*)
            option=${line#java-options=}
            # shellcheck disable=SC2016 # $APPDIR is jpackage's placeholder, not a shell variable
            case "$option" in *'$APPDIR'*) option="${option%%\$APPDIR*}$appdir${option#*\$APPDIR}" ;; esac
            set -- "$@" "$option" ;;
        app.classpath=*)
            entry=${line#app.classpath=}
            case "$entry" in \$APPDIR*) entry="$appdir${entry#\$APPDIR}" ;; esac
            classpath="${classpath:+$classpath:}$entry" ;;
        app.mainclass=*) main=${line#app.mainclass=} ;;
    esac
done <"$cfg"
set -- "$@" "-Djpackage.app-path=$self" -cp "$classpath" "$main"
while [ "$count" -gt 0 ]; do
    set -- "$@" "$1"
    shift
    count=$((count - 1))
done
exec "$java" "$@"
