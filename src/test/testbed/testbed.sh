#!/usr/bin/env bash
# Sysbox Doctor test bed: a private Docker Engine (Debian's docker.io) with an emulated
# Sysbox runtime ("sysbox-runc", see sysbox-runc-emulator next to this script).
#
#   testbed.sh start STATE_DIR   start the bed (idempotent); last stdout line: DOCKER_HOST=unix://...
#   testbed.sh stop STATE_DIR    stop it, kill its containers, unmount everything under it
#   testbed.sh env STATE_DIR     print the DOCKER_HOST line if the engine answers, else exit 1
#   testbed.sh sysbox-stop STATE_DIR
#                                "Sysbox stops" (reboot, wsl --shutdown, systemctl restart sysbox):
#                                kills the running sysbox-runc containers (they stop operating
#                                when sysbox-mgr goes), then deletes every rootfs clone like
#                                sysbox-mgr's Stop(). Prints the full id of each container whose
#                                clone was removed (sysbox-mgr's "active" list), one per line.
#                                Their next "docker start" shows the image state.
#   STATE_DIR may also be the dir holding docker.sock (it names the state dir in "statedir").
#
# Layout of STATE_DIR:
#   data/            dockerd --data-root (images, containers, the managed containerd's root)
#   exec/            dockerd --exec-root (managed containerd state + socket, runc state)
#   docker.sock      the API socket
#   sysbox/          data root of the Sysbox emulator (clones in sysbox/rootfs/<id>/overlay2)
#   sysbox-runc      generated wrapper registered with --add-runtime sysbox-runc=...
#   daemon.json      dockerd --config-file (empty: never read /etc/docker/daemon.json)
#   dockerd.pid, dockerd.log
#   rundir           only when STATE_DIR is too long for unix sockets (108 bytes): names a short
#                    dir /tmp/sdbed-XXXXXX that holds exec/ and docker.sock instead.
# Several beds (different STATE_DIRs) can run at the same time; each dockerd starts its own
# containerd (root under data/, state and socket under exec/).

set -euo pipefail
export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin${PATH:+:$PATH}"
unset DOCKER_HOST DOCKER_CONTEXT DOCKER_TLS_VERIFY DOCKER_CERT_PATH || true

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
EMULATOR="$SCRIPT_DIR/sysbox-runc-emulator"
IMAGE="sysbox-doctor/busybox:latest"
START_TIMEOUT=60
# The longest unix socket path below the run dir (dockerd/containerd create these).
LONGEST_SOCK="/exec/containerd/containerd.sock.ttrpc"

die() {
    echo "testbed: $*" >&2
    exit 1
}

usage() {
    echo "usage: $0 start|stop|env|sysbox-stop STATE_DIR" >&2
    exit 2
}

# Sets S (absolute state dir), RUN (dir holding exec/ and docker.sock), SOCK, EXEC_ROOT.
resolve_dirs() {
    local create="$1"
    if [[ "$create" == yes ]]; then
        mkdir -p "$STATE_ARG"
    fi
    S="$(cd "$STATE_ARG" 2>/dev/null && pwd -P)" || return 1
    if [[ -f "$S/statedir" && "$create" != yes ]]; then
        S="$(cat "$S/statedir")"
    fi
    if [[ -f "$S/rundir" ]]; then
        RUN="$(cat "$S/rundir")"
        if [[ "$create" == yes && ! -d "$RUN" ]]; then
            mkdir -p "$RUN"
        fi
    elif (( ${#S} + ${#LONGEST_SOCK} >= 100 )); then
        if [[ "$create" == yes ]]; then
            RUN="$(mktemp -d /tmp/sdbed-XXXXXX)"
            echo "$RUN" >"$S/rundir"
            echo "$S" >"$RUN/statedir"
        else
            RUN="$S"
        fi
    else
        RUN="$S"
    fi
    SOCK="$RUN/docker.sock"
    EXEC_ROOT="$RUN/exec"
    return 0
}

host_line() {
    echo "DOCKER_HOST=unix://$SOCK"
}

dk() {
    timeout 60 docker -H "unix://$SOCK" "$@"
}

answers() {
    [[ -S "$SOCK" ]] && timeout 10 docker -H "unix://$SOCK" version >/dev/null 2>&1
}

# cmdline_has PID STRING: whether the process' command line contains STRING.
cmdline_has() {
    local pid="$1" s="$2"
    [[ -r "/proc/$pid/cmdline" ]] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$s"
}

# The pid of this bed's dockerd, if it is running.
dockerd_pid() {
    local pid
    [[ -f "$S/dockerd.pid" ]] || return 1
    pid="$(cat "$S/dockerd.pid" 2>/dev/null)" || return 1
    [[ "$pid" =~ ^[0-9]+$ ]] || return 1
    cmdline_has "$pid" "unix://$SOCK" || return 1
    echo "$pid"
}

# Pids of processes whose command line contains STRING and whose name (comm) starts with NAME.
pids_matching() {
    local name="$1" s="$2" d pid comm
    for d in /proc/[0-9]*; do
        pid="${d#/proc/}"
        comm="$(cat "$d/comm" 2>/dev/null)" || continue
        [[ "$comm" == "$name"* ]] || continue
        cmdline_has "$pid" "$s" && echo "$pid"
    done
    return 0
}

lock() {
    exec 9>"$S/.lock"
    flock -w 120 9 || die "cannot lock $S/.lock"
}

ensure_packages() {
    local missing=no
    command -v dockerd >/dev/null 2>&1 || missing=yes
    command -v docker >/dev/null 2>&1 || missing=yes
    command -v runc >/dev/null 2>&1 || missing=yes
    if ! dpkg-query -W -f='${Status}' busybox-static 2>/dev/null | grep -q 'ok installed' ||
        [[ ! -x /bin/busybox ]]; then
        missing=yes
    fi
    if [[ "$missing" == yes ]]; then
        echo "testbed: installing docker.io busybox-static" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update >&2 || die "apt-get update failed"
        apt-get install -y docker.io busybox-static >&2 || die "apt-get install docker.io busybox-static failed"
    fi
}

write_config() {
    echo '{}' >"$S/daemon.json"
    cat >"$S/sysbox-runc" <<EOF
#!/bin/sh
# Generated by testbed.sh: the emulated Sysbox runtime of the bed in $S.
SYSBOX_EMULATOR_DATA_ROOT='$S/sysbox'
export SYSBOX_EMULATOR_DATA_ROOT
exec '$EMULATOR' "\$@"
EOF
    chmod 755 "$S/sysbox-runc"
    [[ -x "$EMULATOR" ]] || chmod +x "$EMULATOR" 2>/dev/null || true
    [[ -x "$EMULATOR" ]] || die "$EMULATOR is not executable"
}

build_image() {
    if dk image inspect "$IMAGE" >/dev/null 2>&1; then
        return 0
    fi
    local root
    root="$(mktemp -d "$S/rootfs.XXXXXX")"
    chmod 755 "$root"
    mkdir -p "$root/bin" "$root/etc" "$root/tmp" "$root/root"
    cp /bin/busybox "$root/bin/busybox"
    local applet
    for applet in $(/bin/busybox --list); do
        [[ -e "$root/bin/$applet" || -L "$root/bin/$applet" ]] || ln -s busybox "$root/bin/$applet"
    done
    [[ -e "$root/bin/sh" ]] || ln -s busybox "$root/bin/sh"
    printf 'root:x:0:0:root:/root:/bin/sh\n' >"$root/etc/passwd"
    printf 'root:x:0:\n' >"$root/etc/group"
    chmod 1777 "$root/tmp"
    chmod 700 "$root/root"
    local out rc=0
    out="$(tar -C "$root" --numeric-owner --owner=0 --group=0 -cf - . |
        timeout 120 docker -H "unix://$SOCK" import --change 'CMD ["/bin/sh"]' - "$IMAGE" 2>&1)" || rc=$?
    rm -rf "$root"
    [[ $rc -eq 0 ]] || die "docker import of $IMAGE failed: $out"
    echo "testbed: built $IMAGE ($out)" >&2
}

log_tail() {
    if [[ -f "$S/dockerd.log" ]]; then
        echo "---- last 40 lines of $S/dockerd.log ----" >&2
        tail -n 40 "$S/dockerd.log" >&2
    fi
}

cmd_start() {
    [[ "$(id -u)" == 0 ]] || die "start must run as root"
    ensure_packages
    resolve_dirs yes || die "cannot use state dir $STATE_ARG"
    lock

    local pid
    if pid="$(dockerd_pid)"; then
        local i
        for ((i = 0; i < START_TIMEOUT; i++)); do
            if answers; then
                build_image
                host_line
                return 0
            fi
            kill -0 "$pid" 2>/dev/null || break
            sleep 1
        done
        die "dockerd (pid $pid) of $S runs but does not answer on $SOCK"
    fi

    # Not running: clean up what a crashed bed may have left, then start.
    cleanup_bed
    mkdir -p "$S/data" "$EXEC_ROOT" "$S/sysbox" || die "cannot create the dirs of the bed in $S"
    rm -f "$S/dockerd.pid" "$SOCK"
    write_config

    echo "==== $(date -u +%FT%TZ) testbed start" >>"$S/dockerd.log"
    setsid dockerd \
        --config-file "$S/daemon.json" \
        --data-root "$S/data" \
        --exec-root "$EXEC_ROOT" \
        --pidfile "$S/dockerd.pid" \
        -H "unix://$SOCK" \
        --bridge=none --iptables=false --ip6tables=false \
        --storage-driver overlay2 \
        --shutdown-timeout 5 \
        --add-runtime "sysbox-runc=$S/sysbox-runc" \
        </dev/null >>"$S/dockerd.log" 2>&1 9>&- &
    local spid=$!

    local i ok=no
    for ((i = 0; i < START_TIMEOUT * 2; i++)); do
        if answers; then
            ok=yes
            break
        fi
        if ! kill -0 "$spid" 2>/dev/null; then
            log_tail
            cleanup_bed >&2
            die "dockerd exited during startup (see $S/dockerd.log)"
        fi
        sleep 0.5
    done
    if [[ "$ok" != yes ]]; then
        log_tail
        kill -KILL "$spid" 2>/dev/null || true
        cleanup_bed >&2
        die "dockerd did not answer on $SOCK within ${START_TIMEOUT}s (see $S/dockerd.log)"
    fi
    build_image
    host_line
}

# Kills this bed's leftover containers and processes and unmounts everything under it.
cleanup_bed() {
    local pid d id runtime
    # Containers that survived their dockerd/containerd: kill and delete them through the
    # runtime that created them (the emulator also removes its clones).
    for d in "$EXEC_ROOT"/runtime-*/*/; do
        [[ -d "$d" ]] || continue
        runtime=runc
        if [[ "$d" == "$EXEC_ROOT/runtime-sysbox-runc/"* && -x "$S/sysbox-runc" ]]; then
            runtime="$S/sysbox-runc"
        fi
        for id in "$d"*/; do
            [[ -d "$id" ]] || continue
            id="$(basename "$id")"
            timeout 20 "$runtime" --root "${d%/}" kill -a "$id" KILL >/dev/null 2>&1 || true
            timeout 20 "$runtime" --root "${d%/}" delete --force "$id" >/dev/null 2>&1 || true
        done
    done
    # Shims of this bed's containerd.
    for pid in $(pids_matching containerd-shim "$EXEC_ROOT/containerd/containerd.sock"); do
        kill -KILL "$pid" 2>/dev/null || true
    done
    # This bed's containerd.
    for pid in $(pids_matching containerd "$EXEC_ROOT/containerd/containerd.toml"); do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        [[ -n "$(pids_matching containerd "$EXEC_ROOT/containerd/containerd.toml")" ]] || break
        sleep 0.5
    done
    for pid in $(pids_matching containerd "$EXEC_ROOT/containerd/containerd.toml"); do
        kill -KILL "$pid" 2>/dev/null || true
    done
    # The emulator's removal watchers of this bed.
    for pid in $(pids_matching "" "__watch $S/sysbox "); do
        kill -KILL "$pid" 2>/dev/null || true
    done
    unmount_under "$S"
    if [[ "$RUN" != "$S" ]]; then
        unmount_under "$RUN"
    fi
    # Like sysbox-mgr at startup/shutdown: drop all clones (their mounts are gone now).
    if [[ -z "$(mounts_under "$S/sysbox")" ]]; then
        rm -rf --one-file-system "$S/sysbox/rootfs" "$S/sysbox/emulator-state"
    fi
}

# mounts_under DIR: mount points at or under DIR, top-most/last-mounted first.
mounts_under() {
    local dir="$1"
    awk -v d="$dir" '
        function unesc(s,   out, i, c) {
            out = ""
            for (i = 1; i <= length(s); i++) {
                c = substr(s, i, 1)
                if (c == "\\" && substr(s, i + 1, 3) ~ /^[0-7][0-7][0-7]$/) {
                    out = out sprintf("%c", (substr(s, i + 1, 1) * 64) + (substr(s, i + 2, 1) * 8) + substr(s, i + 3, 1))
                    i += 3
                } else {
                    out = out c
                }
            }
            return out
        }
        { mp = unesc($5); if (mp == d || index(mp, d "/") == 1) print mp }
    ' /proc/self/mountinfo | tac
}

unmount_under() {
    local dir="$1" mp i
    for ((i = 0; i < 20; i++)); do
        local mps
        mps="$(mounts_under "$dir")"
        [[ -n "$mps" ]] || return 0
        while IFS= read -r mp; do
            [[ -n "$mp" ]] || continue
            umount "$mp" 2>/dev/null || umount -l "$mp" 2>/dev/null || true
        done <<<"$mps"
    done
    mps="$(mounts_under "$dir")"
    [[ -z "$mps" ]] || echo "testbed: warning: still mounted under $dir: $mps" >&2
}

cmd_stop() {
    resolve_dirs no || return 0   # no such dir: nothing to stop
    [[ "$(id -u)" == 0 ]] || die "stop must run as root"
    lock
    local pid
    if pid="$(dockerd_pid)"; then
        if answers; then
            local ids
            ids="$(dk ps -aq 2>/dev/null || true)"
            if [[ -n "$ids" ]]; then
                # shellcheck disable=SC2086
                dk rm -f $ids >/dev/null 2>&1 || true
            fi
        fi
        kill -TERM "$pid" 2>/dev/null || true
        local i
        for ((i = 0; i < 40; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 "$pid" 2>/dev/null; then
            echo "testbed: dockerd $pid did not stop after SIGTERM, sending SIGKILL" >&2
            kill -KILL "$pid" 2>/dev/null || true
            sleep 0.5
        fi
    fi
    cleanup_bed
    rm -f "$S/dockerd.pid" "$SOCK"
    if [[ "$RUN" != "$S" && "$RUN" == /tmp/sdbed-* ]]; then
        rm -rf --one-file-system "$RUN"
        rm -f "$S/rundir"
    fi
    echo "testbed: stopped $S" >&2
}

cmd_sysbox_stop() {
    resolve_dirs no || die "no state dir $STATE_ARG"
    [[ "$(id -u)" == 0 ]] || die "sysbox-stop must run as root"
    [[ -x "$S/sysbox-runc" ]] || die "no emulated Sysbox runtime in $S (bed not started?)"
    # sysbox-mgr is down until the clones are gone: no Sysbox container starts meanwhile (a
    # restart policy retries, and comes up with a fresh clone afterwards).
    touch "$S/sysbox/mgr-stopped"
    # Docker runs every runtime with the same runc root; the Sysbox containers are those the
    # emulator keeps a clone for.
    local root="$EXEC_ROOT/runtime-runc/moby" f id
    local -a killed=()
    for f in "$S/sysbox/emulator-state"/*; do
        [[ -f "$f" ]] || continue
        id="$(basename "$f")"
        case "$id" in *.lock|*.stopped) continue ;; esac
        [[ -d "$root/$id" ]] || continue
        timeout 20 "$S/sysbox-runc" --root "$root" kill "$id" KILL >/dev/null 2>&1 || true
        killed+=("$id")
    done
    # Docker notices the exits and deletes them through the runtime (the emulator keeps their
    # clones as for any stop); wait for that so that the removal below is the last word.
    local i left
    for ((i = 0; i < 60; i++)); do
        left=no
        for id in ${killed[@]+"${killed[@]}"}; do
            if [[ -d "$root/$id" ]]; then left=yes; fi
            if answers && [[ "$(dk inspect -f '{{.State.Running}}' "$id" 2>/dev/null || true)" == true ]]; then
                left=yes
            fi
        done
        [[ "$left" == yes ]] || break
        sleep 0.5
    done
    [[ "$left" == no ]] || echo "testbed: warning: some Sysbox containers still run after the kill: ${killed[*]}" >&2
    local rc=0
    SYSBOX_EMULATOR_DATA_ROOT="$S/sysbox" "$EMULATOR" __remove-all "$S/sysbox" || rc=$?
    rm -f "$S/sysbox/mgr-stopped"
    return $rc
}

cmd_env() {
    resolve_dirs no || die "no state dir $STATE_ARG"
    if answers; then
        host_line
    else
        die "no engine answers on $SOCK"
    fi
}

[[ $# -eq 2 ]] || usage
STATE_ARG="$2"
[[ -n "$STATE_ARG" ]] || usage
case "$1" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    env) cmd_env ;;
    sysbox-stop) cmd_sysbox_stop ;;
    *) usage ;;
esac
