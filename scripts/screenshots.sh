#!/bin/sh
# Regenerates docs/screenshots/*.png: the TestFX screenshot and save-dialog tests, headless
# (Monocle), write their captures there instead of target/screenshots. The save dialog shots
# need the test bed's private dockerd (started by the tests themselves).
set -eu
cd "$(dirname "$0")/.."
out="$PWD/docs/screenshots"
mkdir -p "$out"
unset DISPLAY
mvn -B -q test -Dtest='ScreenshotsTest,SaveDialogFlowTest' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dsysboxdoctor.screenshots="$out"
ls -l "$out"
