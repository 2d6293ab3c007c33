#!/usr/bin/env bash
# Start-up benchmark: wall time from launching the app-image's bin/sysbox-doctor to the main
# window being shown, on a private Xvfb display, each run with a fresh empty HOME (a first start).
# Beside it, interleaved in the same run, a minimal JavaFX window (one Label, the test tree's
# dev.sysboxdoctor.bench.MinimalWindow) on the same jlinked runtime: the ratio of the medians says
# what the app adds over what any JavaFX window costs here (goal: at most 1.3x).
# The app prints "window shown at epoch ms N" when -Dsysboxdoctor.startupProbe=true (app/Main).
# Every run also proves the JavaFX natives are not unpacked into the user's home (~/.openjfx).
#
# The image's start-up archive (AppCDS, installer/linux/appcds.sh) is used when it was made for
# the image's place; a second series runs without it, with only jlink's archive of JDK classes.
#
# usage: bench/startup.sh [--runs N] [--app DIR] [--no-compare] [--series NAME=OPTIONS]... [--strict]
#   --app DIR      an app-image (default target/installer/sysbox-doctor, built when missing)
#   --no-compare   skip the series without the start-up archive
#   --series NAME=OPTIONS  one more series of the app with these JVM options added (space-separated,
#                  e.g. "serial-gc=-XX:+UseSerialGC"): tries an option against as-shipped in one run
#   --strict       exit 1 when the median as shipped is over the target
# Exit: 0 measured; 1 over target with --strict; 2 bad usage; 3 the window never appeared or
# ~/.openjfx was created.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET_MS=1500
RUNS=5
APP=target/installer/sysbox-doctor
COMPARE=1
STRICT=0
EXTRA_NAMES=()
EXTRA_OPTIONS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS=$2; shift 2 ;;
        --app) APP=$2; shift 2 ;;
        --no-compare) COMPARE=0; shift ;;
        --series)
            case "${2:-}" in *=*) ;; *) echo "startup: --series wants NAME=OPTIONS" >&2; exit 2 ;; esac
            EXTRA_NAMES+=("${2%%=*}"); EXTRA_OPTIONS+=("${2#*=}"); shift 2 ;;
        --strict) STRICT=1; shift ;;
        *) echo "usage: $0 [--runs N] [--app DIR] [--no-compare] [--series NAME=OPTIONS]... [--strict]" >&2; exit 2 ;;
    esac
done

. bench/lib/display.sh

if [ ! -x "$APP/bin/sysbox-doctor" ]; then
    echo "startup: no app-image at $APP, building it (mvn -Pinstaller)" >&2
    mvn -B -q -Pinstaller -DskipTests package >&2
fi
APP=$(cd "$APP" && pwd)

WORK=$(mktemp -d)
trap 'stop_display; rm -rf "$WORK"' EXIT
start_display || exit 3

# The yardstick's class, compiled from the test tree (mvn test-compile), in a directory of its own.
MINIMAL=$WORK/minimal
if [ ! -f target/test-classes/dev/sysboxdoctor/bench/MinimalWindow.class ]; then
    mvn -B -q test-compile >&2
fi
mkdir -p "$MINIMAL/dev/sysboxdoctor/bench"
cp target/test-classes/dev/sysboxdoctor/bench/MinimalWindow.class "$MINIMAL/dev/sysboxdoctor/bench/"

# one_run JVM-OPTIONS [COMMAND...]: prints "WALL-MS CPU-MS" from launch to the first window.
one_run() {
    local home t0 shown opts=$1
    shift
    home=$(mktemp -d "$WORK/home.XXXX")
    t0=$(date +%s%3N)
    shown=$(launch_until_shown "$APP" "$home" "$home.out" "$opts" "$@")
    if [ -z "$shown" ]; then
        echo "startup: the window did not appear; the app said:" >&2
        grep -v '^Picked up _JAVA_OPTIONS' "$home.out.err" | head -20 >&2
        exit 3
    fi
    if [ -e "$home/.openjfx" ]; then
        echo "startup: FAIL: JavaFX unpacked natives into the user's home: $(find "$home/.openjfx" | head -5)" >&2
        exit 3
    fi
    set -- $shown
    echo "$(($1 - t0)) $2"
}

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

# The series run interleaved, so a burst of load on this shared machine hits both alike.
names=(as-shipped minimal-window)
options=("" "")
commands=("" "$APP/lib/runtime/bin/java -cp $MINIMAL dev.sysboxdoctor.bench.MinimalWindow")
if [ "$COMPARE" = 1 ]; then
    jdk_archive=$(find "$APP/lib/runtime" -name classes.jsa | head -n1)
    names+=(without-startup-archive)
    options+=("-XX:SharedArchiveFile=${jdk_archive:-none}")
    commands+=("")
fi
# The yardstick again with the app's own -XX options (its launcher configuration): what of the
# app's lead over the default yardstick any JavaFX window would get from the same JVM options.
app_xx=$(sed -n 's/^java-options=\(-XX:.*\)/\1/p' "$APP/lib/app/sysbox-doctor.cfg" | grep -v SharedArchiveFile | tr '\n' ' ' | sed 's/ *$//' || true)
xx_series=
if [ -n "${app_xx// /}" ]; then
    xx_series=${#names[@]}
    names+=(minimal-app-xx-options)
    options+=("")
    commands+=("$APP/lib/runtime/bin/java $app_xx -cp $MINIMAL dev.sysboxdoctor.bench.MinimalWindow")
fi
for i in "${!EXTRA_NAMES[@]}"; do
    names+=("${EXTRA_NAMES[$i]}")
    options+=("${EXTRA_OPTIONS[$i]}")
    commands+=("")
done
declare -A wall cpu
archive="missing: run installer/linux/appcds.sh $APP"
[ -s "$APP/lib/app/sysbox-doctor.jsa" ] && archive="$(du -h "$APP/lib/app/sysbox-doctor.jsa" | cut -f1)"
echo "startup: app-image $APP ($(du -sh "$APP" | cut -f1)), start-up archive $archive, display $DISPLAY_NAME, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
one_run "" >/dev/null || exit 3 # warms the page cache; not counted
for _ in $(seq "$RUNS"); do
    for i in "${!names[@]}"; do
        # shellcheck disable=SC2086 # the command is words without spaces inside
        r=$(one_run "${options[$i]}" ${commands[$i]}) || exit 3
        wall[$i]+="${r% *} "
        cpu[$i]+="${r#* } "
    done
done
minimal_median=$(echo "${wall[1]}" | median)
for i in "${!names[@]}"; do
    med=$(echo "${wall[$i]}" | median)
    [ "$i" = 0 ] && shipped_median=$med
    [ "$i" = 0 ] && shipped_cpu=$(echo "${cpu[$i]}" | median)
    [ "$i" = 1 ] && minimal_cpu=$(echo "${cpu[$i]}" | median)
    printf 'startup: %-24s first window in (ms): %-36s median %5d ms (%.2fx minimal), target %d ms: %s (CPU median %d ms)\n' \
        "${names[$i]}" "${wall[$i]}" "$med" "$(awk -v a="$med" -v m="$minimal_median" 'BEGIN { print a / m }')" \
        "$TARGET_MS" "$([ "$med" -le "$TARGET_MS" ] && echo OK || echo OVER)" "$(echo "${cpu[$i]}" | median)"
done
awk -v a="$shipped_median" -v m="$minimal_median" 'BEGIN { r = a / m;
    printf "startup: ratio as-shipped / minimal-window (medians, same runtime, interleaved): %.2fx, goal <= 1.30x: %s\n",
        r, (r <= 1.30 ? "OK" : "OVER") }'
if [ -n "$xx_series" ]; then
    awk -v a="$shipped_median" -v m="$(echo "${wall[$xx_series]}" | median)" -v o="$app_xx" 'BEGIN {
        printf "startup: ratio as-shipped / minimal-window given the same JVM options (%s): %.2fx\n", o, a / m }'
fi
# On a busy machine wall times swing with the load; the CPU either start burns is steadier.
awk -v a="$shipped_cpu" -v m="$minimal_cpu" 'BEGIN { printf "startup: CPU ratio as-shipped / minimal-window (medians): %.2fx\n", a / m }'
echo "startup: no ~/.openjfx in any run's fresh HOME (JavaFX natives load from the runtime's lib)"
echo "startup: load after runs $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "$STRICT" = 1 ] && [ "$shipped_median" -gt "$TARGET_MS" ]; then
    exit 1
fi
