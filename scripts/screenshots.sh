#!/bin/sh
# Renders every page of the desktop app in light and dark, in English, Russian (the longest) and
# Arabic (right to left), at 800×600, at 200 % scaling (QT_SCALE_FACTOR=2 on a 1920×1080 screen,
# so the window must shrink to fit) and at 1920×1080; plus the wizard steps, the tray menu and the
# whole screen with the tray icon. Everything runs under Xvfb with a trayer tray host, from a
# throw-away HOME holding a sample openclaw.json and sample gateway activity (--demo).
#
#   scripts/screenshots.sh [build-dir] [out-dir]    (defaults: build, build/screenshots)
#   CLAWDESK_SHOTS=docs scripts/screenshots.sh      only what docs/screenshots/ keeps (a few minutes)
#
# The full matrix goes to out-dir; a dozen chosen images are copied to docs/screenshots/ (the ones
# the README shows). Every background process is started and killed by PID.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
out=${2:-$build/screenshots}
case $out in /*) ;; *) out=$root/$out ;; esac
app=$build/bin/clawdesk
docs=$root/docs/screenshots
[ -x "$app" ] || { echo "missing $app: build the clawdesk target first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "xvfb-run is not installed" >&2; exit 1; }
mkdir -p "$out" "$docs"

if [ -z "${CLAWDESK_SCREENSHOT_HOME:-}" ]; then
    home=$(mktemp -d)
    trap 'rm -rf "$home"' EXIT
    mkdir -p "$home/.openclaw" "$home/.config/ClawDesk" "$home/runtime"
    chmod 700 "$home/runtime"
    cat > "$home/.openclaw/openclaw.json" <<'JSON'
{
  // Opus first, MiniMax when Opus is rate-limited
  env: { vars: { MINIMAX_API_KEY: "sk-demo-0000000000000000000000000000" } },
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
    export LANG=C.UTF-8 LC_ALL=C.UTF-8 CLAWDESK_SCREENSHOT_HOME="$home" CLAWDESK_USAGE_DB="$home/usage.sqlite"
fi
settings=$CLAWDESK_SCREENSHOT_HOME/.config/ClawDesk/ClawDesk.conf

theme() { # light | dark: the app's own setting (ui/theme: 1 light, 2 dark)
    case $1 in light) value=1 ;; *) value=2 ;; esac
    printf '[ui]\ntheme=%s\n' "$value" > "$settings"
}

# Every page of one language and theme at one screen size, in one app run.
#   pages <screen WxH> <scale> <language> <theme> <label> [window WxH]
pages() {
    screen=$1 scale=$2 language=$3 shade=$4 label=$5 size=${6:-}
    theme "$shade"
    set -- --demo --page all --language "$language" --screenshot "$out/{page}-$label-$language-$shade.png"
    [ -n "$size" ] && set -- "$@" --window-size "$size"
    QT_SCALE_FACTOR=$scale xvfb-run -a -s "-screen 0 ${screen}x24" "$app" "$@" 2>/dev/null ||
        echo "failed: $label $language $shade" >&2
    echo "rendered $label $language $shade"
}

if [ "${CLAWDESK_SHOTS:-all}" = docs ]; then
    pages 800x600 1 en light 800x600
    pages 800x600 1 en dark 800x600
    pages 800x600 1 ru light 800x600
    pages 800x600 1 ar dark 800x600
    pages 1920x1080 2 en dark 200pct
else
    for language in en ru ar; do
        for shade in light dark; do
            pages 800x600 1 "$language" "$shade" 800x600
            pages 1920x1080 2 "$language" "$shade" 200pct
        done
    done
fi
pages 1920x1080 1 en light 1920x1080 1920x1080

# Wizard steps (English, light, default size) and the tray menu.
theme light
for step in 0 1 2 3 4 5; do
    xvfb-run -a -s "-screen 0 1280x800x24" "$app" --demo --page wizard --wizard-step "$step" \
        --screenshot "$out/wizard-$step.png" 2>/dev/null
done
xvfb-run -a -s "-screen 0 1280x800x24" "$app" --demo --tray-screenshot "$out/tray-menu.png" 2>/dev/null

# The whole screen: the window plus the tray icon inside trayer.
if command -v trayer >/dev/null; then
    CLAWDESK_OUT=$out CLAWDESK_APP=$app xvfb-run -a -s "-screen 0 1280x800x24" sh -c '
        trayer --edge top --align right --widthtype pixel --width 120 --height 32 --SetDockType true &
        trayer_pid=$!
        sleep 1
        "$CLAWDESK_APP" --demo --page overview &
        app_pid=$!
        sleep 4
        import -window root "$CLAWDESK_OUT/desktop.png"
        kill $app_pid $trayer_pid
        wait $app_pid 2>/dev/null || true' 2>/dev/null
fi

# The chosen few for the README and docs (replacing the old set): source:name pairs.
rm -rf "$docs"/*.png "$docs/i18n"
for pick in overview-800x600-en-light:overview gateway-800x600-en-light:gateway models-800x600-en-light:models \
            modelauth-800x600-en-light:modelauth usage-800x600-en-dark:usage-dark \
            overview-800x600-ru-light:overview-ru gateway-800x600-ar-dark:gateway-ar-dark \
            overview-200pct-en-dark:overview-200pct-dark gateway-1920x1080-en-light:gateway-1920x1080 \
            wizard-5:wizard-5 tray-menu:tray-menu desktop:desktop; do
    [ -f "$out/${pick%%:*}.png" ] && cp "$out/${pick%%:*}.png" "$docs/${pick#*:}.png"
done
ls "$docs"
echo "full set: $out ($(ls "$out" | wc -l) images)"
