#pragma once

#include "jsonvalue.h"

#include <QString>

namespace clawdesk {

struct Json5Tree;

/// @brief How new text is written so it matches the document it goes into (quotes, keys, indentation).
struct Json5Style
{
    bool strict = true;        // strict JSON: quoted keys, no trailing commas, JSON.stringify layout
    bool unquotedKeys = false; // write identifier keys without quotes
    QChar quote = u'"';        // quote character for new strings and keys
    QString indentUnit = QStringLiteral("  ");
    QString eol = QStringLiteral("\n");
    bool trailingCommas = false; // new multi-line containers end their last member with a comma

    /// Infers the style of a parsed document from its text and the facts its parse counted.
    static Json5Style detect(const QString &text, const Json5Tree &tree);

    QString key(const QString &k) const;
    QString string(const QString &s) const;
    /// A value as text. Multi-line output is laid out for a value whose line is indented by indent;
    /// forceInline writes everything on one line (for insertion into a single-line container).
    QString value(const JsonValue &v, const QString &indent, bool forceInline = false) const;
    /// "key: value" (separator ": ").
    QString member(const QString &k, const JsonValue &v, const QString &indent,
                   bool forceInline = false) const;

private:
    QString scalar(const JsonValue &v) const;
    QString inlineValue(const JsonValue &v) const;
};

} // namespace clawdesk
