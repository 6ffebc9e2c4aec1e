#!/usr/bin/env bash
# One command runs every test: installs dependencies, builds, runs the whole CTest suite, then
# builds the core with ASan+UBSan and runs the core tests again under the sanitizers.
set -euo pipefail
cd "$(dirname "$0")/.."
# ccache keeps its default cache (~/.cache/ccache) with paths relative to the checkout, so a
# re-run on the same machine is quick even from a fresh clone.
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
chmod 700 "$XDG_RUNTIME_DIR"

scripts/install-deps.sh
for dir in tests/js/*/; do
  if [ -f "$dir/package-lock.json" ]; then
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
  fi
done

echo "== build"
scripts/build.sh
echo "== tests"
ctest --test-dir build --output-on-failure -j2 --timeout 600

echo "== package: build the .deb, install it, smoke-test the installed files"
scripts/package-test.sh

echo "== sanitizers (ASan+UBSan): config engine and JSON5 tests"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
  -DCLAWDESK_SANITIZE=ON -DCLAWDESK_BUILD_GUI=OFF >/dev/null
cmake --build build-asan -j"$(nproc)" --target sanitizer_tests
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j2 -L "core|json5"
