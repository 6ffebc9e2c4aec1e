#!/bin/sh
# Runs a keychain test binary against a real Secret Service: a private D-Bus session with an unlocked
# gnome-keyring, in fresh XDG_DATA_HOME / XDG_RUNTIME_DIR folders (so the user's keyring is never touched).
# Usage: run_keychain_test.sh <test binary> [test args…]
set -u
test_binary="$1"
shift

if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    echo "keychain test: dbus-run-session or gnome-keyring-daemon not found; running without a Secret Service" >&2
    exec "$test_binary" "$@"
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/clawdesk-keychain.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -p "$scratch/data" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/runtime" HOME="$scratch"

dbus-run-session -- sh -c '
    eval "$(printf ci | gnome-keyring-daemon --unlock --components=secrets)" || \
        echo "keychain test: gnome-keyring-daemon --unlock failed" >&2
    exec "$@"' keychain-session "$test_binary" "$@"
