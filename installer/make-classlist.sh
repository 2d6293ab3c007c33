#!/usr/bin/env bash
# Regenerates installer/linux/sysbox-doctor.classlist, the classes a start loads, from which
# installer/linux/appcds.sh makes the start-up archive. Records a GUI start up to the first
# window (on a private Xvfb display), the CLI's --help and --version, and, on the project's private
# test-bed engine (src/test/testbed/testbed.sh, started and stopped here), a `diagnose --json` and
# a verified `image export-import` of a small Sysbox container: the engine client, JSON and
# checking classes every engine command loads (~0.35 s of each CLI start without them).
# Run after the start path changes much (new screens, libraries); a stale list only makes the
# archive cover less, it never breaks a start.
# usage: installer/make-classlist.sh [APP-IMAGE]   (default target/installer/sysbox-doctor)
set -euo pipefail
cd "$(dirname "$0")/.."
APP=$(cd "${1:-target/installer/sysbox-doctor}" && pwd)
OUT=installer/linux/sysbox-doctor.classlist
. bench/lib/display.sh

WORK=$(mktemp -d)
trap 'stop_display; bash src/test/testbed/testbed.sh stop "$WORK/bed" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
start_display

# Two GUI starts: what loads before the first window varies a little from run to run (timing).
for run in 1 2; do
    shown=$(launch_until_shown "$APP" "$WORK" "$WORK/gui$run.out" "-XX:DumpLoadedClassList=$WORK/gui$run.classlist")
    [ -n "$shown" ] || { echo "make-classlist: the window did not appear: $(head -5 "$WORK/gui$run.out.err")" >&2; exit 3; }
done
for args in --help --version; do
    HOME="$WORK" _JAVA_OPTIONS="-XX:DumpLoadedClassList=$WORK/cli$args.classlist" \
        "$APP/bin/sysbox-doctor" "$args" >/dev/null 2>&1
done
BED="$WORK/bed"
if host=$(bash src/test/testbed/testbed.sh start "$BED" | tail -n1) && [[ "$host" == DOCKER_HOST=* ]]; then
    host=${host#DOCKER_HOST=}
    container=classlist-$$
    docker -H "$host" run -d --name "$container" --runtime sysbox-runc --network none sysbox-doctor/busybox:latest \
        sh -c 'cp /bin/busybox /tool && echo data > /data && exec sleep 100000' >/dev/null
    HOME="$WORK" _JAVA_OPTIONS="-XX:DumpLoadedClassList=$WORK/cli-diagnose.classlist" \
        "$APP/bin/sysbox-doctor" diagnose --json --docker-host "$host" >/dev/null 2>&1 || true
    HOME="$WORK" _JAVA_OPTIONS="-XX:DumpLoadedClassList=$WORK/cli-save.classlist" \
        "$APP/bin/sysbox-doctor" image export-import "$container" --tag classlist/save:1 --docker-host "$host" >/dev/null 2>&1 \
        || echo "make-classlist: the save on the test bed failed; its classes are still listed up to the failure" >&2
    bash src/test/testbed/testbed.sh stop "$BED" >/dev/null 2>&1 || true
else
    echo "make-classlist: no test-bed engine ($host): the list leaves out the engine commands' classes" >&2
fi
# Keep the first occurrence of every line (the lists share most JDK classes).
cat "$WORK"/gui*.classlist "$WORK"/cli*.classlist | awk '!seen[$0]++' >"$OUT"
echo "make-classlist: $OUT ($(grep -vc '^#' "$OUT") classes)"
