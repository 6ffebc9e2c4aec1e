#!/usr/bin/env bash
# Style gate run before the build: every C++ file is as clang-format (.clang-format) writes it,
# and no comment sends the reader to a spec section instead of saying why in its own words.
set -euo pipefail
cd "$(dirname "$0")/.."

mapfile -t sources < <(git ls-files '*.cpp' '*.h')
if ! clang-format --dry-run -Werror "${sources[@]}" 2>/tmp/clawdesk-style.$$; then
  grep -E '^[^ ].*(warning|error):' /tmp/clawdesk-style.$$ | cut -d: -f1 | sort -u |
    sed 's/^/check-style: not clang-formatted: /'
  rm -f /tmp/clawdesk-style.$$
  echo "check-style: run  clang-format -i <file>  on the files above" >&2
  exit 1
fi
rm -f /tmp/clawdesk-style.$$

# "RFC 7636 §4.1" and "JSON5 spec §5" name public standards and stay; "spec §4.2" points into our
# own notes, which a reader of the code does not have.
if git grep -nE '(spec|behavior\.md|tools\.md) ?§' -- src tests qml scripts bench | grep -v 'JSON5 spec'; then
  echo "check-style: a comment cites a spec section; say the behaviour and why instead" >&2
  exit 1
fi
echo "check-style: ${#sources[@]} C++ files formatted, no spec citations"
