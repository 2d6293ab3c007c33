#!/usr/bin/env bash
# Benchmark of `image save-all` (issue 12, "Speed"): one run makes N Sysbox containers (random
# data plus a hundred busybox copies each), times N single verified saves (`image save`, one CLI
# run each) and one `image save-all` of the same N, and prints the ratio save-all / sum of singles
# (target <= 1.1x). Both plan for ROOTFS_CLONING (--sysbox-mode) so no diagnosis is timed. It
# asserts nothing.
#
#   bench/save-all.sh              start a private test bed under target/bench-saveall-bed (stopped at the end);
#                                  save-all saves every Sysbox container of the engine, so the bed must hold only ours
#   N=3 MIB=200                    containers and MiB of random data each
#   REPEAT=1                       rounds (singles, then save-all, alternating); the table shows medians
#   JAR=/path/sysbox-doctor.jar    the jar to measure (its lib/ beside it; default target/)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
JAR="${JAR:-$ROOT/target/sysbox-doctor.jar}"
N="${N:-3}"
MIB="${MIB:-200}"
REPEAT="${REPEAT:-1}"
JAVA="${JAVA:-java}"
IMAGE="sysbox-doctor/busybox:latest"
BED="$ROOT/target/bench-saveall-bed"

if [[ ! -f "$JAR" ]]; then
    (cd "$ROOT" && mvn -B -q -o package -DskipTests)
fi
HOST="$(bash "$ROOT/src/test/testbed/testbed.sh" start "$BED" | tail -1)"
HOST="${HOST#DOCKER_HOST=}"
dk() { docker -H "$HOST" "$@"; }

containers=()
cleanup() {
    for c in "${containers[@]}"; do dk rm -f "$c" >/dev/null 2>&1 || true; done
    dk images --format '{{.Repository}}:{{.Tag}}' | grep '^bench-' | xargs -r docker -H "$HOST" rmi -f >/dev/null 2>&1 || true
    bash "$ROOT/src/test/testbed/testbed.sh" stop "$BED" >/dev/null 2>&1 || true
}
trap cleanup EXIT

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
settle() { sync; sleep 2; }
cli() { "$JAVA" -jar "$JAR" image "$@" --docker-host "$HOST" >/dev/null 2>"$BED/cli.err" || {
    echo "CLI failed: image $*" >&2; cat "$BED/cli.err" >&2; exit 1; }; }

for i in $(seq 1 "$N"); do
    name="bench-sa-$i-$$"
    dk run -d --name "$name" --runtime sysbox-runc --network none "$IMAGE" sleep 100000000 >/dev/null
    containers+=("$name")
    dk exec "$name" sh -c 'mkdir -p /payload && for i in $(seq 1 100); do cp /bin/busybox /payload/busybox-$i; done'
    dk exec "$name" dd if=/dev/urandom of=/payload/random.bin bs=1048576 count="$MIB" 2>/dev/null
done
for c in "${containers[@]}"; do dk export "$c" >/dev/null; done   # the same warm page cache for both

singles=(); alls=()
for r in $(seq 1 "$REPEAT"); do
    sum=0
    for c in "${containers[@]}"; do
        settle
        t0=$(now); cli save "$c" --tag "bench-single/$c:$r" --sysbox-mode ROOTFS_CLONING; t1=$(now)
        sum=$(awk -v s="$sum" -v d="$(secs "$t0" "$t1")" 'BEGIN { printf "%.2f", s + d }')
    done
    singles+=("$sum")
    settle
    t0=$(now); cli save-all --tag-prefix "bench-all$r/" --sysbox-mode ROOTFS_CLONING; t1=$(now)
    alls+=("$(secs "$t0" "$t1")")
    dk images --format '{{.Repository}}:{{.Tag}}' | grep '^bench-' | xargs -r docker -H "$HOST" rmi -f >/dev/null
done
single=$(median "${singles[@]}"); all=$(median "${alls[@]}")
printf '%-3s %-6s %-3s %14s %12s %7s\n' "N" "MiB" "n" "sum singles s" "save-all s" "ratio"
printf '%-3s %-6s %-3s %14s %12s %7s\n' "$N" "$MIB" "$REPEAT" "$single" "$all" "$(awk -v a="$all" -v b="$single" 'BEGIN { printf "%.2f", a / b }')"
echo "runs (s): sum of singles ${singles[*]} | save-all ${alls[*]}"
echo "target: save-all <= 1.1x the sum of single verified saves"
