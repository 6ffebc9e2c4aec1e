#pragma once

#include <QString>

namespace clawdesk {

/// @brief Where a parse failed: 1-based line and column, and the message text.
///
/// Columns count Unicode code points of the line, 1-based. As in the JSON5 reference parser, an
/// unexpected line break is reported at column 0 of the line it starts, and an unexpected end of input
/// one column past the last character. Lines break at LF, CRLF and a lone CR.
struct Json5Error
{
    QString message;
    int line = 0;
    int column = 0;
    qsizetype offset = -1; // UTF-16 offset into the text (for UTF-8 input: the byte offset of bad UTF-8)
    bool isError() const { return line > 0; }
    /// "line:column: message", or an empty string when there is no error.
    QString toString() const
    {
        return isError() ? QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(message) : QString();
    }
};

} // namespace clawdesk
