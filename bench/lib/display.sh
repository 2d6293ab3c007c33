# Sourced by bench/startup.sh and installer/make-classlist.sh: the packages a real JavaFX window
# needs, and a private Xvfb display. Callers set WORK (a temp dir) and call stop_display on exit.

need_package() { # need_package DEBIAN-PACKAGE (Xvfb; GTK 3 for JavaFX 21's glass)
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed' && return
    echo "installing $1" >&2
    apt-get install -y -q "$1" >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q "$1" >/dev/null; }
}

XVFB_PID=
start_display() { # sets DISPLAY_NAME; Xvfb picks a free number and writes it to fd 3
    need_package xvfb
    need_package libgtk-3-0
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$WORK/display" 2>"$WORK/xvfb.log" &
    XVFB_PID=$!
    for _ in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.05; done
    [ -s "$WORK/display" ] || { echo "Xvfb did not start: $(cat "$WORK/xvfb.log")" >&2; return 3; }
    DISPLAY_NAME=":$(head -n1 "$WORK/display")"
}

stop_display() {
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
}

# launch_until_shown APP-IMAGE HOME OUT JVM-OPTIONS [COMMAND...]: starts the GUI (or COMMAND, e.g.
# the minimal yardstick window on the image's runtime) with the start-up probe on
# DISPLAY_NAME, waits (30 s at most) for "window shown at epoch ms N [cpu ms C]", ends the app and
# prints "N CPU-MS" (CPU-MS: the process's user+system time when shown, C when the window says it;
# nothing when no window appeared). The options go in _JAVA_OPTIONS, which the JVM reads
# after the launcher's own, so they win. HOME is also Java's user.home: Java takes user.home
# from the password database, not from $HOME, and JavaFX unpacks natives into user.home/.openjfx.
launch_until_shown() {
    local pid app=$1 home=$2 out=$3 opts=$4
    shift 4
    [ $# -gt 0 ] || set -- "$app/bin/sysbox-doctor"
    set -- "$app" "$home" "$out" "$opts" "$@"
    : >"$3"
    env -u WAYLAND_DISPLAY DISPLAY="$DISPLAY_NAME" HOME="$2" \
        _JAVA_OPTIONS="-Dsysboxdoctor.startupProbe=true -Duser.home=$2 $4" \
        "${@:5}" >"$3" 2>"$3.err" &
    pid=$!
    for _ in $(seq 3000); do
        grep -q 'window shown at epoch ms' "$3" && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.01
    done
    local cpu_ms=0 ticks
    # utime and stime are fields 14 and 15 of /proc/PID/stat, after the "(comm)" field; only for a
    # window that does not say its own CPU ms (that one is exact: taken at the moment it was shown).
    ticks=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{print $12 + $13}') || true
    [ -n "$ticks" ] && cpu_ms=$((ticks * 1000 / $(getconf CLK_TCK)))
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    local shown own_cpu
    shown=$(sed -n 's/.*window shown at epoch ms \([0-9]*\).*/\1/p' "$3")
    own_cpu=$(sed -n 's/.*window shown at epoch ms [0-9]* cpu ms \([0-9]*\).*/\1/p' "$3")
    [ -n "$own_cpu" ] && cpu_ms=$own_cpu
    [ -n "$shown" ] && echo "$shown $cpu_ms"
    return 0
}
