#!/usr/bin/env bash
# CI check of the Linux delivery (.ci/run calls it): builds the app-image and the .deb with the
# installer profile, checks what they contain, unpacks the .deb (dpkg-deb -x, no root needed)
# and runs the unpacked launcher: --version, and a headless diagnose --json against a tiny
# fixture machine root. With Xvfb present it also opens the window once from the app-image and
# proves the JavaFX natives were not unpacked into the user's home.
# usage: installer/ci-check.sh [--no-build]    (extra Maven options: MAVEN_ARGS="-o")
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=1
[ "${1:-}" = --no-build ] && BUILD=0
MAX_IMAGE_MB=120
MAX_ARCHIVE_MB=64
IMAGE=target/installer/sysbox-doctor

fail() { echo "ci-check: FAIL: $*" >&2; exit 1; }
ok() { echo "ci-check: ok: $*"; }

need_package() { # jpackage's .deb needs fakeroot and dpkg-deb
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed' && return
    echo "ci-check: installing $1" >&2
    apt-get install -y -q "$1" >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q "$1" >/dev/null; }
}
need_package fakeroot
need_package dpkg

if [ "$BUILD" = 1 ]; then
    # shellcheck disable=SC2086 # MAVEN_ARGS is a list of options
    mvn -B -q ${MAVEN_ARGS:-} -Pinstaller -DskipTests package
fi

# --- the app-image
[ -x "$IMAGE/bin/sysbox-doctor" ] || fail "no launcher $IMAGE/bin/sysbox-doctor"
# What is shipped: the start-up archive (lib/app/sysbox-doctor.jsa) is not, it is made where the
# app is installed (by this build here, by the .deb's postinst there), so it has its own limit.
archive="$IMAGE/lib/app/sysbox-doctor.jsa"
image_mb=$(du -sm --exclude=sysbox-doctor.jsa "$IMAGE" | cut -f1)
[ "$image_mb" -le "$MAX_IMAGE_MB" ] || fail "app-image is $image_mb MB without its start-up archive, more than $MAX_IMAGE_MB MB"
ok "app-image $IMAGE: $image_mb MB without its start-up archive (at most $MAX_IMAGE_MB MB)"
if [ -f "$archive" ]; then
    archive_mb=$(du -sm "$archive" | cut -f1)
    [ "$archive_mb" -le "$MAX_ARCHIVE_MB" ] || fail "start-up archive is $archive_mb MB, more than $MAX_ARCHIVE_MB MB"
    ok "start-up archive made in place: $archive_mb MB (at most $MAX_ARCHIVE_MB MB)"
fi
if find "$IMAGE/lib/app" -name 'bcprov*' -o -name 'bcpkix*' -o -name 'jna*' | grep -q .; then
    fail "BouncyCastle or JNA jars in the app-image: $(ls "$IMAGE/lib/app" | grep -E '^(bc|jna)')"
fi
ls "$IMAGE"/lib/runtime/lib/libglass*.so >/dev/null 2>&1 || fail "JavaFX natives missing from the runtime's lib"
ok "no BouncyCastle/JNA; JavaFX natives in the runtime: $(cd "$IMAGE/lib/runtime/lib" && ls libglass*.so libprism*.so | tr '\n' ' ')"

# --- the .deb
deb=$(ls -t target/installer/sysbox-doctor_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "no .deb under target/installer"
depends=$(dpkg-deb -f "$deb" Depends)
grep -Eq '(^|[ ,])libgtk-3-0([ ,(]|$)' <<<"$depends" || fail ".deb does not depend on libgtk-3-0: $depends"
listing=$(dpkg-deb -c "$deb")
grep -q 'opt/sysbox-doctor/lib/sysbox-doctor-sysbox-doctor.desktop' <<<"$listing" || fail ".deb has no desktop entry"
grep -q 'opt/sysbox-doctor/lib/sysbox-doctor.png' <<<"$listing" || fail ".deb has no icon"
ok "$deb: $(du -h "$deb" | cut -f1), depends on libgtk-3-0, desktop entry and icon"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
dpkg-deb -x "$deb" "$WORK/deb"
launcher="$WORK/deb/opt/sysbox-doctor/bin/sysbox-doctor"
[ -x "$launcher" ] || fail "the .deb has no /opt/sysbox-doctor/bin/sysbox-doctor"
grep -q '^Name=Sysbox Doctor$' "$WORK"/deb/opt/sysbox-doctor/lib/*.desktop || fail "desktop entry is not named Sysbox Doctor"

# The unpacked launcher, headless, with an empty home (Java's user.home comes from the password
# database, not $HOME, hence -Duser.home; the JVM notes it on stderr).
mkdir -p "$WORK/home"
headless() {
    env -u DISPLAY -u WAYLAND_DISPLAY HOME="$WORK/home" _JAVA_OPTIONS="-Duser.home=$WORK/home" "$launcher" "$@"
}

version_out=$(headless --version 2>"$WORK/version.err") || fail "--version exited $?: $(cat "$WORK/version.err")"
expected="sysbox-doctor $(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n1)"
[ "$version_out" = "$expected" ] || fail "--version printed '$version_out', expected '$expected'"
ok "unpacked launcher --version: $version_out"

# What /usr/bin/sysbox-doctor and the menu entry start (postinst links them; jpackage's launcher
# asks dpkg about itself at every start, installer/linux/sysbox-doctor-launch.sh says why).
script="$WORK/deb/opt/sysbox-doctor/lib/app/sysbox-doctor-launch.sh"
[ -f "$script" ] || fail "the .deb has no lib/app/sysbox-doctor-launch.sh"
grep -q '^Exec=/opt/sysbox-doctor/lib/app/sysbox-doctor-launch.sh$' "$WORK"/deb/opt/sysbox-doctor/lib/*.desktop \
    || fail "the menu entry does not start sysbox-doctor-launch.sh"
script_out=$(env -u DISPLAY -u WAYLAND_DISPLAY HOME="$WORK/home" _JAVA_OPTIONS="-Duser.home=$WORK/home" sh "$script" --version \
    2>"$WORK/script.err") || fail "sysbox-doctor-launch.sh --version exited $?: $(cat "$WORK/script.err")"
[ "$script_out" = "$expected" ] || fail "sysbox-doctor-launch.sh --version printed '$script_out'"
cmp -s installer/linux/sysbox-doctor-launch.sh "$IMAGE/bin/sysbox-doctor" || fail "the app-image's bin/sysbox-doctor is not sysbox-doctor-launch.sh"
ok "sysbox-doctor-launch.sh (the .deb's command and menu entry, the app-image's bin/sysbox-doctor) --version: $script_out"

# A fixture machine root: Debian 12 on kernel 6.1, no Sysbox.
root="$WORK/root"
mkdir -p "$root/proc/sys/kernel" "$root/etc"
echo 'Linux version 6.1.0-27-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.115-1 (2024-11-01)' >"$root/proc/version"
echo '6.1.0-27-amd64' >"$root/proc/sys/kernel/osrelease"
printf '%s\n' 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"' 'NAME="Debian GNU/Linux"' 'VERSION_ID="12"' \
    'VERSION="12 (bookworm)"' 'ID=debian' >"$root/etc/os-release"

set +e
headless diagnose --json --root "$root" >"$WORK/diagnose.out" 2>"$WORK/diagnose.err"
rc=$?
set -e
# 0: no ERROR finding, 1: some ERROR finding; both mean the diagnosis ran. The JSON must show
# the fixture's kernel, so --root was honoured.
case "$rc" in
    0|1) ;;
    *) fail "diagnose exited $rc: $(grep -v '^Picked up' "$WORK/diagnose.err" | head -c 400)" ;;
esac
if command -v python3 >/dev/null; then
    python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["schemaVersion"] == 1 and d["host"]["kind"] == "LINUX", d.get("host")
assert [t["kernel"]["release"] for t in d["targets"]] == ["6.1.0-27-amd64"], d["targets"]' "$WORK/diagnose.out"
else
    grep -Eq '"schemaVersion" *: *1[,} ]' "$WORK/diagnose.out" && grep -q '"6.1.0-27-amd64"' "$WORK/diagnose.out"
fi || fail "diagnose --json did not describe the fixture: $(head -c 600 "$WORK/diagnose.out")"
ok "unpacked launcher diagnose --json --root <fixture>: exit $rc, schemaVersion 1, kernel 6.1.0-27-amd64"
[ ! -e "$WORK/home/.openjfx" ] || fail "the CLI unpacked JavaFX natives into the home"

# The window once, from the app-image (the .deb's copy is the same runtime), when Xvfb is here.
if command -v Xvfb >/dev/null 2>&1; then
    bench/startup.sh --runs 1 --no-compare --app "$IMAGE" || fail "the window did not open cleanly (see above)"
    ok "window opened under Xvfb, no ~/.openjfx in a fresh home"
else
    echo "ci-check: NOTE: no Xvfb, window start not checked (bench/startup.sh does it)"
fi
echo "ci-check: all delivery checks passed"
