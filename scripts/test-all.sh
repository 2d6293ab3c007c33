#!/usr/bin/env bash
# Runs every test of Sysbox Doctor on a fresh Debian/Ubuntu machine, as root:
#  1. installs what is missing (apt): JDK 17, Maven, Debian's docker.io (dockerd, containerd,
#     runc) and busybox-static for the test bed;
#  2. starts the project's private Docker Engine with the emulated Sysbox runtime
#     (src/test/testbed/testbed.sh), so engine tests never skip: if it cannot start, this fails;
#  3. runs `mvn -B verify` against it (TestFX runs headless on Monocle when DISPLAY is unset);
#  4. stops the engine again, also on failure;
#  5. builds the Linux app-image and .deb and runs the unpacked launcher (installer/ci-check.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v javac >/dev/null || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null || need+=(maven)
command -v dockerd >/dev/null || need+=(docker.io)
command -v busybox >/dev/null || need+=(busybox-static)
command -v iconv >/dev/null || need+=(libc-bin)
if [ ${#need[@]} -gt 0 ]; then
  echo "test-all: installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

state="$PWD/target/testbed"
mkdir -p target
stop_bed() { bash src/test/testbed/testbed.sh stop "$state" >/dev/null 2>&1 || true; }
trap stop_bed EXIT

if ! out=$(bash src/test/testbed/testbed.sh start "$state"); then
  echo "test-all: the test bed's Docker Engine did not start; engine tests cannot run:" >&2
  echo "$out" >&2
  exit 1
fi
export SYSBOX_DOCTOR_TEST_DOCKER_HOST="${out##*DOCKER_HOST=}"
echo "test-all: test bed engine at $SYSBOX_DOCTOR_TEST_DOCKER_HOST"

unset DISPLAY
mvn -B verify "$@"
stop_bed
bash installer/ci-check.sh
