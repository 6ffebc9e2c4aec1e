#!/usr/bin/env bash
# qmllint over every QML file, against the ClawDesk module the build generated (its qmldir and
# qmltypes), so it runs after scripts/build.sh. Qt 6.4's qmllint cannot see the types of QtQml
# and QtQuick.Controls from Debian's packages, which makes its type, import and unqualified-access
# checks report hundreds of false findings; those stay off. The checks that gate are the ones that
# find real mistakes with no false ones here: unresolved aliases, handlers of signals that do not
# exist, bindings to properties that do not exist, required properties left unset, deprecated
# API, `with`, inheritance cycles. Syntax errors always fail.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
qmllint=$(command -v qmllint6 || echo /usr/lib/qt6/bin/qmllint)
if [ ! -f "$BUILD_DIR/ClawDesk/qmldir" ]; then
  echo "check-qml: $BUILD_DIR/ClawDesk/qmldir missing; run scripts/build.sh first" >&2
  exit 1
fi
mapfile -t files < <(git ls-files 'qml/*.qml')
"$qmllint" -I "$BUILD_DIR" \
  --alias warning --deprecated warning --inheritance-cycle warning --multiline-strings warning \
  --multiple-attached-objects warning --plugin warning --property warning --required warning \
  --signal warning --with warning \
  --compiler disable --controls-sanity disable --deferred-property-id disable --import disable \
  --type disable --unqualified disable --unused-imports disable \
  "${files[@]}"
echo "check-qml: ${#files[@]} QML files pass qmllint"
