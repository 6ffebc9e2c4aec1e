#!/usr/bin/env bash
# Regenerates every raster icon in packaging/ from the SVG sources. The results are committed, so a
# build never needs a rasteriser; run this after editing an SVG.
#   needs: rsvg-convert (librsvg2-bin), convert (imagemagick), png2icns (icnsutils, optional)
set -euo pipefail
cd "$(dirname "$0")"

APP=io.clawdesk.ClawDesk
APP_SIZES=(16 22 24 32 48 64 128 256 512)
TRAY_SIZES=(16 22 24 32 48)

render() { # render <svg> <size> <png>
  mkdir -p "$(dirname "$3")"
  rsvg-convert --width "$2" --height "$2" --keep-aspect-ratio --output "$3" "$1"
}

for size in "${APP_SIZES[@]}"; do
  render "$APP.svg" "$size" "hicolor/${size}x${size}/$APP.png"
done
for variant in dark light; do
  for size in "${TRAY_SIZES[@]}"; do
    render "tray/$APP-tray-$variant.svg" "$size" "hicolor/${size}x${size}/$APP-tray-$variant.png"
  done
done

# Windows: one .ico with the sizes Explorer and the NSIS installer ask for.
convert hicolor/16x16/$APP.png hicolor/24x24/$APP.png hicolor/32x32/$APP.png \
  hicolor/48x48/$APP.png hicolor/64x64/$APP.png hicolor/256x256/$APP.png ../windows/clawdesk.ico

# macOS: the build makes ClawDesk.icns with iconutil (cmake/Packaging.cmake); png2icns gives a
# committed fallback for builds on machines without iconutil.
if command -v png2icns >/dev/null; then
  png2icns ../macos/ClawDesk.icns hicolor/16x16/$APP.png hicolor/32x32/$APP.png \
    hicolor/48x48/$APP.png hicolor/128x128/$APP.png hicolor/256x256/$APP.png \
    hicolor/512x512/$APP.png >/dev/null
fi
echo "render-icons: done"
