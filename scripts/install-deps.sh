#!/usr/bin/env bash
# Installs everything ClawDesk needs to build, run and test on Debian bookworm (run as root or
# with sudo). Safe to run again: it skips apt when every package is already there.
set -euo pipefail

PACKAGES=(
  cmake g++ ninja-build ccache pkg-config
  qt6-base-dev qt6-declarative-dev qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev libqt6sql6-sqlite
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-window
  qml6-module-qtquick-templates qml6-module-qtquick-dialogs qml6-module-qtqml-workerscript
  libcurl4-openssl-dev
  xvfb xauth imagemagick trayer fonts-noto-cjk fonts-dejavu-core dbus gnome-keyring libsecret-1-0
  clang-14 libclang-rt-14-dev
  chromium clang-format appstream dpkg-dev curl desktop-file-utils libqt6svg6
)
# Node.js and npm (the SDK and browser tests): Debian's packages only where none is installed yet,
# so a Node.js that came another way is not fought over.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  PACKAGES+=(nodejs npm)
fi

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
