#!/usr/bin/env bash
# Issue 3 "Speed": a full diagnosis through the fake wsl.exe (300 ms per launch, two distros)
# against the unavoidable calls, and the number of wsl.exe launches. Prints both; exit 1 if a
# limit (ratio 1.3, launches 1 + distros) is broken.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
cp=$(mktemp)
trap 'rm -f "$cp"' EXIT
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test >/dev/null 2>&1 \
  || mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test >/dev/null
exec java -Dproject.basedir="$PWD" -cp "target/test-classes:target/classes:$(cat "$cp")" dev.sysboxdoctor.bench.DiagnoseWslBench
