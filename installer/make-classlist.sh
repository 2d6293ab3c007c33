#!/usr/bin/env bash
# Regenerates installer/linux/sysbox-doctor.classlist, the classes a start loads, from which
# installer/linux/appcds.sh makes the start-up archive. Records a GUI start up to the first
# window (on a private Xvfb display) and the CLI's --help and --version, and merges them.
# Run after the start path changes much (new screens, libraries); a stale list only makes the
# archive cover less, it never breaks a start.
# usage: installer/make-classlist.sh [APP-IMAGE]   (default target/installer/sysbox-doctor)
set -euo pipefail
cd "$(dirname "$0")/.."
APP=$(cd "${1:-target/installer/sysbox-doctor}" && pwd)
OUT=installer/linux/sysbox-doctor.classlist
. bench/lib/display.sh

WORK=$(mktemp -d)
trap 'stop_display; rm -rf "$WORK"' EXIT
start_display

shown=$(launch_until_shown "$APP" "$WORK" "$WORK/gui.out" "-XX:DumpLoadedClassList=$WORK/gui.classlist")
[ -n "$shown" ] || { echo "make-classlist: the window did not appear: $(head -5 "$WORK/gui.out.err")" >&2; exit 3; }
for args in --help --version; do
    HOME="$WORK" _JAVA_OPTIONS="-XX:DumpLoadedClassList=$WORK/cli$args.classlist" \
        "$APP/bin/sysbox-doctor" "$args" >/dev/null 2>&1
done
# Keep the first occurrence of every line (the lists share most JDK classes).
cat "$WORK"/gui.classlist "$WORK"/cli*.classlist | awk '!seen[$0]++' >"$OUT"
echo "make-classlist: $OUT ($(grep -vc '^#' "$OUT") classes)"
