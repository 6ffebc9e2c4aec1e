#pragma once

#include "jsonvalue.h"

#include <QString>

namespace clawdesk {

struct Json5Tree;

/// How a new value is laid out: as its size suggests, forced onto one line (inside a one-line container),
/// or on one line when it fits (beside one-line siblings).
enum class Json5Layout { Auto, Inline, PreferInline };

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
    /// the layout decides between one line and a block.
    QString value(const JsonValue &v, const QString &indent, Json5Layout layout = Json5Layout::Auto) const;
    /// "key: value" (separator ": ").
    QString member(const QString &k, const JsonValue &v, const QString &indent,
                   Json5Layout layout = Json5Layout::Auto) const;

private:
    QString scalar(const JsonValue &v) const;
    QString inlineValue(const JsonValue &v) const;
};

} // namespace clawdesk
