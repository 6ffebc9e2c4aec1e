#pragma once

#include <QString>

namespace clawdesk {

/// Appends `s` as a quoted string literal: `quote` and backslashes escaped, control characters and
/// lone surrogates as \uXXXX. JSON5 text also escapes DEL, U+2028 and U+2029
/// (`escapeLineTerminators`); strict JSON output leaves them as JSON.stringify does.
void appendQuotedString(QString &out, const QString &s, QChar quote, bool escapeLineTerminators);

} // namespace clawdesk
