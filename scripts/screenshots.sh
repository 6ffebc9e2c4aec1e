#!/bin/sh
# Renders every page of the desktop app, the wizard steps and the tray menu to docs/screenshots/*.png
# under Xvfb with a trayer tray host, from a throw-away HOME holding a sample openclaw.json
# (Opus primary + MiniMax fallbacks) and sample gateway activity (--demo).
#
#   scripts/screenshots.sh [build-dir]      (default: build-app)
#
# Pages are grabbed from inside the app (QQuickWindow::grabWindow); the whole screen with the tray
# icon is taken with ImageMagick's import. Every background process is started and killed by PID.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build-app}
case $build in /*) ;; *) build=$root/$build ;; esac
app=$build/bin/clawdesk-desktop
out=$root/docs/screenshots
[ -x "$app" ] || { echo "missing $app: build the clawdesk-desktop target first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is not installed" >&2; exit 1; }
mkdir -p "$out"

if [ -z "${CLAWDESK_SCREENSHOT_INNER:-}" ]; then
    home=$(mktemp -d)
    trap 'rm -rf "$home"' EXIT
    mkdir -p "$home/.openclaw" "$home/.config" "$home/runtime"
    chmod 700 "$home/runtime"
    cat > "$home/.openclaw/openclaw.json" <<'JSON'
{
  // Opus first, MiniMax when Opus is rate-limited
  env: { MINIMAX_API_KEY: "sk-demo-0000000000000000000000000000" },
  agents: {
    defaults: {
      models: {
        "anthropic/claude-opus-4-5": { alias: "opus" },
        "minimax/MiniMax-M2.1": { alias: "minimax" },
        "minimax/MiniMax-M2.1-lightning": {},
      },
      model: {
        primary: "anthropic/claude-opus-4-5",
        fallbacks: ["minimax/MiniMax-M2.1", "openai/gpt-4.1"],
      },
    },
  },
}
JSON
    export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home/runtime"
    export LANG=C.UTF-8 LC_ALL=C.UTF-8 CLAWDESK_SCREENSHOT_INNER=1
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$build"
fi

trayer --edge top --align right --widthtype pixel --width 120 --height 32 --SetDockType true &
trayer_pid=$!
trap 'kill $trayer_pid 2>/dev/null || true' EXIT
sleep 1

shot() { # name, extra args...
    name=$1
    shift
    "$app" --demo --screenshot "$out/$name.png" "$@"
    echo "wrote docs/screenshots/$name.png"
}

for page in overview modelauth models gateway usage settings; do
    shot "$page" --page "$page"
done
for step in 0 1 2 3 4 5; do
    shot "wizard-$step" --page wizard --wizard-step "$step"
done
"$app" --demo --tray-screenshot "$out/tray-menu.png"
echo "wrote docs/screenshots/tray-menu.png"

# The whole screen: window plus the tray icon inside trayer.
"$app" --demo --page overview &
app_pid=$!
sleep 4
import -window root "$out/desktop.png"
kill $app_pid
wait $app_pid 2>/dev/null || true
echo "wrote docs/screenshots/desktop.png"
