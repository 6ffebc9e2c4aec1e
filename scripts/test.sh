#!/usr/bin/env bash
# One command runs every test: installs dependencies, checks the style, builds, runs the whole CTest
# suite, then builds the engine, HTTP, protocol and gateway tests with ASan+UBSan and runs them
# again under the sanitizers, and runs each libFuzzer target for a bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache keeps its default cache (~/.cache/ccache) with paths relative to the checkout, so a
# re-run on the same machine is quick even from a fresh clone.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"

# Each stage's start time, so a slow CI run shows where the time went.
stage() { echo "== $* (at ${SECONDS} s)"; }

scripts/install-deps.sh
stage style
scripts/check-style.sh
for dir in tests/js/*/; do
  if [ -f "$dir/package-lock.json" ]; then
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
  fi
done

stage "build"
scripts/build.sh
scripts/check-qml.sh
stage "tests"
ctest --test-dir build --output-on-failure -j2 --timeout 600

stage "package: build the .deb, install it, smoke-test the installed files"
scripts/package-test.sh

stage "sanitizers (ASan+UBSan): config engine, JSON5, HTTP, protocol and gateway tests"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
  -DCLAWDESK_SANITIZE=ON -DCLAWDESK_BUILD_GUI=OFF >/dev/null
cmake --build build-asan -j"$(nproc)" --target sanitizer_tests
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j2 -L "core|json5|http|protocol|gateway" \
  -E "tst_gatewaycli|tst_gatewaysoak|tst_gateway_sdk"

stage "fuzzing (libFuzzer + ASan/UBSan, clang): each target ${FUZZ_SECONDS:=20} s from its seed corpus"
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
  -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCLAWDESK_FUZZ=ON -DCLAWDESK_BUILD_GUI=OFF -DCLAWDESK_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target fuzzers
for fuzzer in build-fuzz/fuzz/fuzz_*; do
  name=$(basename "$fuzzer")
  work=$(mktemp -d)
  cp -r "tests/fuzz/corpus/$name/." "$work/"
  # A crash, a leak, a sanitizer report or an abort() of the target's own checks fails the run;
  # the reproducer is left in build-fuzz/ (crash-*, leak-*, timeout-*).
  "$fuzzer" -max_total_time="$FUZZ_SECONDS" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=build-fuzz/ -print_final_stats=1 "$work" 2>"build-fuzz/$name.log" ||
    { tail -n 40 "build-fuzz/$name.log"; exit 1; }
  echo "$name: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "build-fuzz/$name.log" | grep -o '[0-9]*$') inputs"
  rm -rf "$work"
done
stage "done"
