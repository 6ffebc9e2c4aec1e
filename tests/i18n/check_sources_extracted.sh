#!/bin/sh
# Fails when the committed translations no longer match the sources: lupdate is run on a scratch
# copy of translations/*.ts (keeping obsolete entries, so strings that vanished from the sources
# show up as "vanished"), then check_ts.py must find every file complete.
# Usage: check_sources_extracted.sh <source-dir> <lupdate>
set -eu
src=$1
lupdate=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$src"/translations/clawdesk_*.ts "$scratch"/
"$lupdate" -silent -locations none "$src/qml" "$src/src/app" -ts "$scratch"/clawdesk_*.ts
python3 "$src/scripts/i18n/check_ts.py" "$scratch"
