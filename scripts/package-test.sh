#!/usr/bin/env bash
# Builds the .deb from an existing build tree, installs it with apt into this machine, and
# smoke-tests the installed files: `clawdesk --version`, `clawdesk models list` on a sample
# config, and a headless gateway start (/health, /v1/models with the token) and SIGTERM stop.
# Ends with one "package-test: PASS" or "package-test: FAIL: <why>" line; exit 0 only on PASS.
#
#   scripts/package-test.sh                  # uses build/ (scripts/build.sh makes it)
#   BUILD_DIR=build-pkg scripts/package-test.sh
#   KEEP_INSTALLED=1 scripts/package-test.sh # leave the package installed afterwards
# Needs: dpkg-dev (dpkg-shlibdeps), curl; apt-get runs through sudo when not root.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
ROOT=$PWD
BUILD_DIR=${BUILD_DIR:-build}
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
WORK=$(mktemp -d)
GATEWAY_PID=""
INSTALLED_HERE=0

cleanup() {
  if [ -n "$GATEWAY_PID" ] && kill -0 "$GATEWAY_PID" 2>/dev/null; then
    kill -KILL "$GATEWAY_PID" 2>/dev/null
  fi
  if [ "$INSTALLED_HERE" = 1 ] && [ "${KEEP_INSTALLED:-0}" != 1 ]; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq clawdesk >/dev/null 2>&1
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
  echo "package-test: FAIL: $*"
  for log in "$WORK"/*.log; do
    [ -s "$log" ] && { echo "--- $(basename "$log")"; tail -n 40 "$log"; }
  done
  exit 1
}
step() { echo "== $*"; }

# ---------------------------------------------------------------------------------------------
step "package ($BUILD_DIR)"
[ -f "$BUILD_DIR/CPackConfig.cmake" ] || fail "$BUILD_DIR/CPackConfig.cmake is missing: configure and build first (scripts/build.sh)"
for tool in cpack dpkg-shlibdeps dpkg-deb curl apt-get; do
  command -v "$tool" >/dev/null || fail "$tool is not installed"
done
VERSION=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$BUILD_DIR/CPackConfig.cmake")
[ -n "$VERSION" ] || fail "no CPACK_PACKAGE_VERSION in $BUILD_DIR/CPackConfig.cmake"
cmake --build "$BUILD_DIR" --target clawdesk >"$WORK/build.log" 2>&1 || fail "building clawdesk failed"
mkdir -p "$WORK/out"
(cd "$WORK/out" && cpack --config "$BUILD_DIR/CPackConfig.cmake" -G DEB) >"$WORK/cpack.log" 2>&1 ||
  fail "cpack -G DEB failed"
DEB=$(find "$WORK/out" -maxdepth 1 -name "clawdesk_${VERSION}-*.deb" | head -n 1)
[ -n "$DEB" ] || fail "cpack made no clawdesk_${VERSION}-*.deb"
echo "built $(basename "$DEB") ($(du -h "$DEB" | cut -f1))"

step "package metadata"
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
echo "Depends: $DEPENDS"
for dep in libqt6core6 libqt6sql6-sqlite; do
  [[ ", $DEPENDS," == *", $dep"[\ ,]* ]] || fail "Depends lacks $dep"
done
if [[ "$DEPENDS" == *libqt6quick6* ]]; then # the desktop app is in: its QML modules must be too
  for dep in qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts \
    qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-dialogs \
    qml6-module-qtqml-workerscript; do
    [[ ", $DEPENDS," == *", $dep,"* ]] || fail "Depends lacks $dep"
  done
fi
[[ "$(dpkg-deb -f "$DEB" Recommends)" == *gnome-keyring* ]] || fail "Recommends lacks gnome-keyring"
dpkg-deb -c "$DEB" >"$WORK/contents.txt"
for path in ./usr/bin/clawdesk ./usr/share/applications/io.clawdesk.ClawDesk.desktop \
  ./usr/share/metainfo/io.clawdesk.ClawDesk.metainfo.xml \
  ./usr/share/icons/hicolor/scalable/apps/io.clawdesk.ClawDesk.svg \
  ./usr/share/icons/hicolor/256x256/apps/io.clawdesk.ClawDesk.png \
  ./usr/lib/systemd/user/clawdesk-gateway.service ./usr/share/doc/clawdesk/copyright; do
  grep -q " $path\$" "$WORK/contents.txt" || fail "the package lacks $path"
done

# ---------------------------------------------------------------------------------------------
step "install"
if dpkg -s clawdesk >/dev/null 2>&1; then
  echo "note: replacing the clawdesk package that was already installed"
fi
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$DEB" >"$WORK/apt.log" 2>&1 ||
  fail "apt-get install $(basename "$DEB") failed"
INSTALLED_HERE=1
CLAWDESK=/usr/bin/clawdesk
[ -x "$CLAWDESK" ] || fail "$CLAWDESK is not installed"
grep -qx 'ExecStart=/usr/bin/clawdesk gateway run' /usr/lib/systemd/user/clawdesk-gateway.service ||
  fail "the installed systemd unit does not start /usr/bin/clawdesk"

# A scratch user: nothing of the machine's own config, keyring or display is used.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_STATE_HOME="$WORK/home/.local/state"
export XDG_DATA_HOME="$WORK/home/.local/share" XDG_CACHE_HOME="$WORK/home/.cache"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM OPENCLAW_CONFIG_PATH OPENCLAW_STATE_DIR
mkdir -p "$HOME/.openclaw" "$XDG_CONFIG_HOME"
cat >"$HOME/.openclaw/openclaw.json" <<'EOF'
// package-test sample: Opus first, MiniMax as the fallback.
{
  env: { MINIMAX_API_KEY: "sk-package-test-0000000000000000" },
  agents: {
    defaults: {
      models: {
        "anthropic/claude-opus-4-6": { alias: "opus" },
        "minimax/MiniMax-M2.1": { alias: "minimax" },
      },
      model: { primary: "anthropic/claude-opus-4-6", fallbacks: ["minimax/MiniMax-M2.1"] },
    },
  },
}
EOF

# ---------------------------------------------------------------------------------------------
step "clawdesk --version"
OUT=$("$CLAWDESK" --version 2>&1) || fail "clawdesk --version exited $?: $OUT"
echo "$OUT"
[[ "$OUT" == *"$VERSION"* ]] || fail "clawdesk --version printed '$OUT', expected $VERSION"

step "clawdesk models list"
"$CLAWDESK" models list >"$WORK/models.log" 2>&1 || fail "clawdesk models list exited non-zero"
cat "$WORK/models.log"
grep -q '^anthropic/claude-opus-4-6 .*default' "$WORK/models.log" || fail "models list lacks the default model"
grep -q '^minimax/MiniMax-M2.1 .*fallback#1' "$WORK/models.log" || fail "models list lacks the fallback"

# ---------------------------------------------------------------------------------------------
step "gateway start / request / stop"
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
TOKEN=$("$CLAWDESK" gateway token 2>>"$WORK/gateway.log") || fail "clawdesk gateway token failed"
[ ${#TOKEN} -ge 16 ] || fail "clawdesk gateway token printed '$TOKEN'"
started=0
for attempt in 1 2 3; do
  PORT=$((20000 + RANDOM % 40000))
  port_free "$PORT" || continue
  "$CLAWDESK" gateway run --port "$PORT" >"$WORK/gateway.out" 2>>"$WORK/gateway.log" &
  GATEWAY_PID=$!
  for _ in $(seq 1 150); do # up to 30 s on a loaded machine
    if curl -fsS "http://127.0.0.1:$PORT/health" >"$WORK/health.json" 2>/dev/null; then
      started=1
      break
    fi
    kill -0 "$GATEWAY_PID" 2>/dev/null || break
    sleep 0.2
  done
  [ "$started" = 1 ] && break
  kill -TERM "$GATEWAY_PID" 2>/dev/null
  wait "$GATEWAY_PID" 2>/dev/null
  GATEWAY_PID=""
  echo "attempt $attempt: gateway did not answer on port $PORT"
done
[ "$started" = 1 ] || fail "the gateway did not start"
echo "GET /health: $(cat "$WORK/health.json")"

code=$(curl -sS -o "$WORK/unauthorized.json" -w '%{http_code}' "http://127.0.0.1:$PORT/v1/models")
[ "$code" = 401 ] || fail "GET /v1/models without the token answered $code, expected 401"
code=$(curl -sS -o "$WORK/models.json" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
  "http://127.0.0.1:$PORT/v1/models")
[ "$code" = 200 ] || fail "GET /v1/models with the token answered $code: $(cat "$WORK/models.json")"
grep -q 'claude-opus-4-6' "$WORK/models.json" || fail "/v1/models lacks the default model: $(cat "$WORK/models.json")"
echo "GET /v1/models: 200, $(grep -o '"id"' "$WORK/models.json" | wc -l) models"

kill -TERM "$GATEWAY_PID"
for _ in $(seq 1 100); do
  kill -0 "$GATEWAY_PID" 2>/dev/null || break
  sleep 0.2
done
if kill -0 "$GATEWAY_PID" 2>/dev/null; then
  fail "the gateway did not stop within 20 s of SIGTERM"
fi
wait "$GATEWAY_PID"
status=$?
GATEWAY_PID=""
[ "$status" = 0 ] || fail "the gateway exited $status after SIGTERM"
curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && fail "port $PORT still answers after the stop"
[ -e "$XDG_STATE_HOME/ClawDesk/gateway.json" ] && fail "the gateway left its state file behind"

echo "package-test: PASS ($(basename "$DEB"): installed, --version, models list, gateway start/request/stop)"
