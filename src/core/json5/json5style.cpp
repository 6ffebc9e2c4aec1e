#include "json5style.h"

#include "json5escape.h"

#include "json5syntax.h"
#include "json5tree.h"

namespace clawdesk {

namespace {

QString leadingIndent(const QString &text, qsizetype pos)
{
    qsizetype start = pos;
    while (start > 0 && text.at(start - 1) != u'\n' && text.at(start - 1) != u'\r')
        --start;
    qsizetype end = start;
    while (end < pos && (text.at(end) == u' ' || text.at(end) == u'\t'))
        ++end;
    return end == pos ? text.mid(start, end - start) : QString(); // only when pos starts its line
}

// The indentation step: the first member that starts a line, minus its container's line indentation.
QString detectIndentUnit(const QString &text, const Json5Tree &tree)
{
    for (const Json5Node &node : tree.nodes) {
        if (node.members.isEmpty())
            continue;
        const Json5Member &m = node.members.first();
        const qsizetype begin = m.keyStart >= 0 ? m.keyStart : tree.nodes.at(m.node).start;
        qsizetype ls = node.start;
        while (ls > 0 && text.at(ls - 1) != u'\n' && text.at(ls - 1) != u'\r')
            --ls;
        qsizetype le = ls;
        while (le < node.start && (text.at(le) == u' ' || text.at(le) == u'\t'))
            ++le;
        const QString parentIndent = text.mid(ls, le - ls);
        const QString childIndent = leadingIndent(text, begin);
        if (childIndent.size() > parentIndent.size() && childIndent.startsWith(parentIndent))
            return childIndent.mid(parentIndent.size());
    }
    return QStringLiteral("  ");
}

bool allScalars(const JsonValue &v)
{
    for (const JsonValue &item : v.isArray() ? v.items() : QList<JsonValue>{})
        if (!item.isScalar())
            return false;
    if (v.isObject()) {
        const QStringList keys = v.keys();
        for (const QString &k : keys)
            if (!v[k].isScalar())
                return false;
    }
    return true;
}

} // namespace

Json5Style Json5Style::detect(const QString &text, const Json5Tree &tree)
{
    const Json5StyleFacts &f = tree.facts;
    Json5Style s;
    s.strict = f.comments == 0 && f.unquotedKeys == 0 && f.singleQuotedKeys == 0 &&
               f.singleQuotedStrings == 0 && !f.json5Only;
    s.unquotedKeys = f.unquotedKeys > 0;
    s.quote = (f.singleQuotedKeys + f.singleQuotedStrings > f.doubleQuotedKeys + f.doubleQuotedStrings)
                  ? u'\''
                  : u'"';
    s.trailingCommas = !s.strict && f.multiLineWithTrailingComma > f.multiLineWithoutTrailingComma;
    s.indentUnit = detectIndentUnit(text, tree);
    const qsizetype br = text.indexOf(u'\n');
    const qsizetype cr = text.indexOf(u'\r');
    if (cr >= 0 && (br < 0 || cr < br))
        s.eol = (cr + 1 < text.size() && text.at(cr + 1) == u'\n') ? QStringLiteral("\r\n")
                                                                   : QStringLiteral("\r");
    return s;
}

QString Json5Style::string(const QString &str) const
{
    QString out;
    out.reserve(str.size() + 2);
    appendQuotedString(out, str, quote, true);
    return out;
}

QString Json5Style::key(const QString &k) const
{
    if (!strict && unquotedKeys && json5syntax::isPlainIdentifier(k))
        return k;
    return string(k);
}

QString Json5Style::scalar(const JsonValue &v) const
{
    switch (v.type()) {
    case JsonValue::Type::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case JsonValue::Type::Number: {
        // NaN and Infinity stay JSON5 even in a strict document: writing null would change the value.
        return formatJsonNumber(v.toDouble());
    }
    case JsonValue::Type::String:
        return string(v.toString());
    default:
        return QStringLiteral("null");
    }
}

QString Json5Style::inlineValue(const JsonValue &v) const
{
    if (v.isScalar())
        return scalar(v);
    if (v.size() == 0)
        return v.isArray() ? QStringLiteral("[]") : QStringLiteral("{}");
    QStringList parts;
    if (v.isArray()) {
        for (const JsonValue &item : v.items())
            parts += inlineValue(item);
        return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    const QStringList keys = v.keys();
    for (const QString &k : keys)
        if (!v[k].isUndefined())
            parts += key(k) + QLatin1String(": ") + inlineValue(v[k]);
    if (parts.isEmpty())
        return QStringLiteral("{}");
    return strict ? QLatin1Char('{') + parts.join(QLatin1String(", ")) + QLatin1Char('}')
                  : QLatin1String("{ ") + parts.join(QLatin1String(", ")) + QLatin1String(" }");
}

QString Json5Style::value(const JsonValue &v, const QString &indent, Json5Layout layout) const
{
    if (v.isScalar() || v.size() == 0 || layout == Json5Layout::Inline)
        return inlineValue(v);
    if (layout == Json5Layout::PreferInline && !strict) {
        const QString line = inlineValue(v);
        if (indent.size() + line.size() <= 120)
            return line;
    }
    if (!strict && allScalars(v)) {
        const QString line = inlineValue(v);
        const bool fits = v.isArray() ? line.size() <= 80 : (v.size() <= 3 && line.size() <= 60);
        if (fits)
            return line;
    }
    const QString inner = indent + indentUnit;
    QStringList parts;
    if (v.isArray()) {
        for (const JsonValue &item : v.items())
            parts += inner + value(item, inner);
    } else {
        const QStringList keys = v.keys();
        for (const QString &k : keys)
            if (!v[k].isUndefined())
                parts += inner + member(k, v[k], inner);
    }
    if (parts.isEmpty())
        return QStringLiteral("{}");
    const QString sep = QLatin1Char(',') + eol;
    return (v.isArray() ? QLatin1Char('[') : QLatin1Char('{')) + eol + parts.join(sep) +
           (trailingCommas ? QStringLiteral(",") : QString()) + eol + indent +
           (v.isArray() ? QLatin1Char(']') : QLatin1Char('}'));
}

QString Json5Style::member(const QString &k, const JsonValue &v, const QString &indent,
                           Json5Layout layout) const
{
    return key(k) + QLatin1String(": ") + value(v, indent, layout);
}

} // namespace clawdesk
