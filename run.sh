#!/usr/bin/env bash
# One command for a new machine: installs dependencies, builds, and starts ClawDesk —
# the window where there is a display, otherwise the headless gateway.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
scripts/build.sh
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/bin/clawdesk "$@"
else
  echo "No display found: starting the headless gateway (Ctrl+C stops it)." >&2
  exec build/bin/clawdesk gateway run "$@"
fi
