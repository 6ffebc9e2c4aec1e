#pragma once

#include <QChar>
#include <QString>

namespace clawdesk::json5syntax {

/// JSON5 WhiteSpace or LineTerminator, as the JSON5 1.0.0 grammar defines them (wider than JSON's
/// four): tab, VT, FF, space, NBSP, BOM, LF, CR, LS, PS, Zs.
inline bool isWhitespace(char32_t c)
{
    switch (c) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0xA0:
    case 0xFEFF:
    case 0x2028:
    case 0x2029:
        return true;
    default:
        return c > 0x7F && QChar::category(c) == QChar::Separator_Space;
    }
}

inline bool isLineTerminator(char32_t c)
{
    return c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029;
}

/// ECMAScript 5.1 IdentifierStart (without the \u escape form, handled by the caller).
inline bool isIdentifierStart(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_';
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_Letter:
        return true;
    default:
        return false;
    }
}

/// ECMAScript 5.1 IdentifierPart (without the \u escape form).
inline bool isIdentifierPart(char32_t c)
{
    if (c < 0x80)
        return isIdentifierStart(c) || (c >= '0' && c <= '9');
    if (isIdentifierStart(c) || c == 0x200C || c == 0x200D)
        return true;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Number_DecimalDigit:
    case QChar::Punctuation_Connector:
        return true;
    default:
        return false;
    }
}

/// True when key can be written without quotes (plain ASCII identifiers only, to stay readable).
inline bool isPlainIdentifier(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key.at(i).unicode();
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_' ||
                        (i > 0 && c >= '0' && c <= '9');
        if (!ok)
            return false;
    }
    return true;
}

inline int hexDigit(char16_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace clawdesk::json5syntax
