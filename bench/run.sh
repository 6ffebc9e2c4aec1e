#!/bin/sh
# Builds gatewaybench (Release, its own build dir) and prints its table.
# BENCH_SECONDS (default 3) per scenario, BENCH_CONNECTIONS (default 32) for the concurrent rows.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${BENCH_BUILD_DIR:-$here/../build-bench}
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j2 --target gatewaybench >/dev/null
QT_LOGGING_RULES="clawdesk.gateway.info=false" "$build/gatewaybench"
