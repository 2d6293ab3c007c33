#!/bin/sh
# Writes lib/app/sysbox-doctor.jsa into an installed app-image: a static AppCDS archive of the
# classes a start loads (sysbox-doctor.classlist: JDK, JavaFX and the app), which roughly halves
# the time to the first window (bench/startup.sh). Java 17 only accepts the archive with the very
# class path it was made for, so it is made where the app lives: by the Maven build for
# target/installer/sysbox-doctor and by the .deb's postinst for /opt/sysbox-doctor. Anywhere
# else the JVM ignores it silently and starts without it.
# usage: appcds.sh APP-IMAGE-DIR
set -eu
app=$(cd "${1:?usage: appcds.sh APP-IMAGE-DIR}" && pwd)
appdir="$app/lib/app"
cfg="$appdir/sysbox-doctor.cfg"
# The launcher's class path, in the launcher's order, with $APPDIR resolved.
cp=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$appdir|" | paste -sd: -)
# The launcher's module options shape the archived module graph; the archive option itself is left out.
opts=$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e SharedArchiveFile -e '^-Xshare' -e '^-Xlog' | tr '\n' ' ')
rm -f "$appdir/sysbox-doctor.jsa"
# shellcheck disable=SC2086 # $opts is a list of single-word options
"$app/lib/runtime/bin/java" -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off \
    -XX:SharedClassListFile="$appdir/sysbox-doctor.classlist" \
    -XX:SharedArchiveFile="$appdir/sysbox-doctor.jsa" -cp "$cp" $opts >/dev/null
echo "appcds: $appdir/sysbox-doctor.jsa ($(du -k "$appdir/sysbox-doctor.jsa" | cut -f1) KiB)"
