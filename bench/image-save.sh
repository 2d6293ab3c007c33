#!/usr/bin/env bash
# Benchmark of a verified save (issue 4, "Speed and memory"). One run prints:
#   - raw `docker export | docker import` of a container holding random data + a few hundred ELF binaries,
#   - the CLI's export-import without verification (--build-only: built, then removed, no tag),
#   - the CLI's verified export-import,
#   - then, with the container stopped (docker exec cannot enter it: the container's side is read
#     through the engine, not inside it), raw export | import and the verified export-import again,
# for a ~0.5 GiB and a ~1.4 GiB container, the ratios to raw (targets: verified <= 1.5x, unverified <= 1.1x,
# engine view <= 1.5x) and the JVM's peak RSS (target < 300 MB, not growing with size). It asserts nothing.
#
#   bench/image-save.sh            start a private test bed under target/bench-bed (stopped at the end)
#   DOCKER_HOST_BENCH=unix:///... bench/image-save.sh   use that engine instead
#   RUNTIME=runc bench/image-save.sh                    source container runtime (default sysbox-runc)
#   SIZES="512 1434"                                    container sizes in MiB
#   REPEAT=3                                            runs per contender; the table shows medians
#   JAR=/path/sysbox-doctor.jar                         the jar to measure (its lib/ beside it; default target/)
#   BASE_JAR=/path/other/sysbox-doctor.jar              also measure this jar's verified saves, interleaved (A/B)
#   LAUNCHER=/path/app-image/bin/sysbox-doctor          also measure the verified saves through the installed
#                                                       launcher, interleaved (default: the build's app-image,
#                                                       target/installer/sysbox-doctor, when it exists; LAUNCHER=
#                                                       to leave it out). It is what `sysbox-doctor` runs for a
#                                                       user: the launcher's JVM options and its start-up archive.
#
# Fairness: every contender starts after `sync` and a short settle, so none of them pays for
# writing back another's dirty pages (the payload written just before, or the previous import);
# contenders take turns (raw, unverified, verified, raw, ...) so slow drifts hit all of them.
# Two clocks: "page cache" stops when the command returns; "on disk" also times the `sync` after
# it. docker import returns with the whole layer still dirty in memory (1.4 GiB on a 24 GiB host),
# and the first container created from the new image waits for dockerd to write it out (~1.3 s
# here, measured: `docker create` 1.5 s right after the import, 0.08 s after a sync). The raw
# pipeline starts no container, so it leaves that write to whoever comes next; a verified save
# starts its trial container and pays it. "on disk" compares the same work: the image written.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
JAR="${JAR:-$ROOT/target/sysbox-doctor.jar}"
BASE_JAR="${BASE_JAR:-}"
LAUNCHER="${LAUNCHER-$ROOT/target/installer/sysbox-doctor/bin/sysbox-doctor}"
[[ -n "$LAUNCHER" && -x "$LAUNCHER" ]] || LAUNCHER=""
RUNTIME="${RUNTIME:-sysbox-runc}"
SIZES="${SIZES:-512 1434}"
REPEAT="${REPEAT:-3}"
JAVA="${JAVA:-java}"
JAVA_OPTS=(${JAVA_OPTS:-})
IMAGE="sysbox-doctor/busybox:latest"
BED="$ROOT/target/bench-bed"
started_bed=no

if [[ ! -f "$JAR" ]]; then
    (cd "$ROOT" && mvn -B -q -o package -DskipTests)
fi
if [[ -n "${DOCKER_HOST_BENCH:-}" ]]; then
    HOST="$DOCKER_HOST_BENCH"
else
    HOST="$(bash "$ROOT/src/test/testbed/testbed.sh" start "$BED" | tail -1)"
    HOST="${HOST#DOCKER_HOST=}"
    started_bed=yes
fi
dk() { docker -H "$HOST" "$@"; }

containers=()
cleanup() {
    for c in "${containers[@]}"; do dk rm -f "$c" >/dev/null 2>&1 || true; done
    dk rmi -f bench/raw:1 bench/verified:1 >/dev/null 2>&1 || true
    if [[ "$started_bed" == yes ]]; then bash "$ROOT/src/test/testbed/testbed.sh" stop "$BED" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

# A few hundred ELF binaries: 100 copies of busybox and up to 200 host binaries; then random data up to MIB.
make_container() {
    local name="$1" mib="$2" hostbins=() f
    dk run -d --name "$name" --runtime "$RUNTIME" --network none "$IMAGE" sleep 100000000 >/dev/null
    containers+=("$name")
    dk exec "$name" sh -c 'mkdir -p /payload/busybox /payload/host /payload/random && for i in $(seq 1 100); do cp /bin/busybox /payload/busybox/busybox-$i; done'
    for f in /usr/bin/*; do
        [[ -f "$f" && ! -L "$f" ]] || continue
        [[ "$(head -c 4 "$f" 2>/dev/null | od -An -c | tr -d ' ')" == '177ELF' ]] || continue
        hostbins+=("$(basename "$f")")
        (( ${#hostbins[@]} < 200 )) || break
    done
    tar -C /usr/bin -cf - "${hostbins[@]}" | dk cp - "$name:/payload/host"
    local used
    used=$(dk exec "$name" du -sm /payload | cut -f1)
    local left=$(( mib - used ))
    local i=0
    while (( left > 0 )); do
        local chunk=$(( left > 256 ? 256 : left ))
        dk exec "$name" dd if=/dev/urandom of="/payload/random/r$i.bin" bs=1048576 count="$chunk" 2>/dev/null
        left=$(( left - chunk )); i=$(( i + 1 ))
    done
    echo "$(( ${#hostbins[@]} + 100 ))"
}

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
settle() { sync; sleep 2; }

# Runs the CLI under GNU time; sets T (seconds) and RSS (peak RSS in MB). CLI_JAR overrides the jar,
# CLI_BIN runs that launcher instead of java -jar.
cli() {
    local out cmd
    out="$(mktemp)"
    if [[ -n "${CLI_BIN:-}" ]]; then cmd=("$CLI_BIN"); else cmd=("$JAVA" "${JAVA_OPTS[@]}" -jar "${CLI_JAR:-$JAR}"); fi
    /usr/bin/time -f '%e %M' -o "$out" "${cmd[@]}" image "$@" --docker-host "$HOST" >/dev/null 2>"$out.err" || {
        echo "CLI failed: image $*" >&2; cat "$out.err" >&2; exit 1; }
    local s0; s0=$(now); sync; SYNC=$(secs "$s0" "$(now)")
    read -r T RSS_KB <"$out"
    RSS=$(( RSS_KB / 1024 ))
    rm -f "$out" "$out.err"
}

# launcher_line N RAW RAW-ON-DISK TIMES... ON-DISK-TIMES...: the installed launcher's line, when it was measured.
launcher_line() {
    local n="$1" raw="$2" rawd="$3"; shift 3
    (( n > 0 )) || return 0
    local times=("${@:1:n}") disks=("${@:n+1:n}") m md
    m=$(median "${times[@]}"); md=$(median "${disks[@]}")
    echo "       installed launcher ($LAUNCHER) verified: median $m s, $(ratio "$m" "$raw")x raw, on disk $(ratio "$md" "$rawd")x; runs ${times[*]}"
}

printf '%-6s %-7s %-5s %-3s %9s %9s %9s %7s %7s %8s %8s\n' "MiB" "runtime" "ELF" "n" "raw s" "unver s" "verif s" "unv/raw" "ver/raw" "on disk" "peak MB"
for mib in $SIZES; do
    name="bench-$mib-$$"
    elves=$(make_container "$name" "$mib")
    # Warm the page cache the same way for every contender.
    dk export "$name" >/dev/null
    raws=(); rawds=(); unvs=(); vers=(); verds=(); lvers=(); lverds=(); peak=0
    for _ in $(seq 1 "$REPEAT"); do
        settle
        t0=$(now); dk export "$name" | dk import - bench/raw:1 >/dev/null; t1=$(now); sync; t2=$(now)
        raws+=("$(secs "$t0" "$t1")"); rawds+=("$(secs "$t0" "$t2")")
        dk rmi -f bench/raw:1 >/dev/null
        settle
        cli export-import "$name" --tag bench/unverified:1 --build-only
        unvs+=("$T"); peak=$(( RSS > peak ? RSS : peak ))
        settle
        cli export-import "$name" --tag bench/verified:1 --force
        vers+=("$T"); verds+=("$(awk -v t="$T" -v s="$SYNC" 'BEGIN { printf "%.2f", t + s }')"); peak=$(( RSS > peak ? RSS : peak ))
        dk rmi -f bench/verified:1 >/dev/null
        if [[ -n "$LAUNCHER" ]]; then
            settle
            CLI_BIN="$LAUNCHER" cli export-import "$name" --tag bench/verified:1 --force
            lvers+=("$T"); lverds+=("$(awk -v t="$T" -v s="$SYNC" 'BEGIN { printf "%.2f", t + s }')")
            dk rmi -f bench/verified:1 >/dev/null
        fi
    done
    raw=$(median "${raws[@]}"); unv=$(median "${unvs[@]}"); ver=$(median "${vers[@]}")
    rawd=$(median "${rawds[@]}"); verd=$(median "${verds[@]}")
    printf '%-6s %-7s %-5s %-3s %9s %9s %9s %7s %7s %8s %8s\n' "$mib" "${RUNTIME%-runc}" "$elves" "$REPEAT" "$raw" "$unv" "$ver" \
        "$(ratio "$unv" "$raw")" "$(ratio "$ver" "$raw")" "$(ratio "$verd" "$rawd")" "$peak"
    echo "       runs (s): raw ${raws[*]} | unverified ${unvs[*]} | verified ${vers[*]}"
    echo "       on disk (s, + the sync after it): raw ${rawds[*]} | verified ${verds[*]}"
    launcher_line "${#lvers[@]}" "$raw" "$rawd" "${lvers[@]}" "${lverds[@]}"
    echo "       load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    # The engine view: a stopped container is read through the engine's archive/export stream.
    dk stop -t 1 "$name" >/dev/null
    sraws=(); srawds=(); engs=(); engds=(); bases=(); lengs=(); lengds=(); epeak=0
    for _ in $(seq 1 "$REPEAT"); do
        settle
        t0=$(now); dk export "$name" | dk import - bench/raw:1 >/dev/null; t1=$(now); sync; t2=$(now)
        sraws+=("$(secs "$t0" "$t1")"); srawds+=("$(secs "$t0" "$t2")")
        dk rmi -f bench/raw:1 >/dev/null
        settle
        cli export-import "$name" --tag bench/verified:1 --force
        engs+=("$T"); engds+=("$(awk -v t="$T" -v s="$SYNC" 'BEGIN { printf "%.2f", t + s }')"); epeak=$(( RSS > epeak ? RSS : epeak ))
        dk rmi -f bench/verified:1 >/dev/null
        if [[ -n "$LAUNCHER" ]]; then
            settle
            CLI_BIN="$LAUNCHER" cli export-import "$name" --tag bench/verified:1 --force
            lengs+=("$T"); lengds+=("$(awk -v t="$T" -v s="$SYNC" 'BEGIN { printf "%.2f", t + s }')")
            dk rmi -f bench/verified:1 >/dev/null
        fi
        if [[ -n "$BASE_JAR" ]]; then
            settle
            CLI_JAR="$BASE_JAR" cli export-import "$name" --tag bench/verified:1 --force
            bases+=("$T")
            dk rmi -f bench/verified:1 >/dev/null
        fi
    done
    sraw=$(median "${sraws[@]}"); eng=$(median "${engs[@]}")
    srawd=$(median "${srawds[@]}"); engd=$(median "${engds[@]}")
    printf '%-6s %-7s %-5s %-3s %9s %9s %9s %7s %7s %8s %8s  (stopped: engine view)\n' "$mib" "${RUNTIME%-runc}" "$elves" "$REPEAT" \
        "$sraw" "-" "$eng" "-" "$(ratio "$eng" "$sraw")" "$(ratio "$engd" "$srawd")" "$epeak"
    echo "       runs (s): raw ${sraws[*]} | verified through the engine ${engs[*]}"
    echo "       on disk (s, + the sync after it): raw ${srawds[*]} | verified ${engds[*]}"
    launcher_line "${#lengs[@]}" "$sraw" "$srawd" "${lengs[@]}" "${lengds[@]}"
    if [[ -n "$BASE_JAR" ]]; then
        base=$(median "${bases[@]}")
        echo "       BASE_JAR verified through the engine: median $base s, $(ratio "$base" "$sraw")x raw; runs ${bases[*]}"
    fi
    echo "       load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    dk rm -f "$name" >/dev/null
done
echo "targets: unverified <= 1.1x raw, verified <= 1.5x raw (engine view too), peak RSS < 300 MB and not growing with size"
echo "ver/raw: until the command returns (the raw import's layer still in the page cache); on disk: until the image is written (+ sync)"
