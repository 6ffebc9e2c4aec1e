// JsonValue ↔ text and ↔ QJsonValue conversions.
#include "json5escape.h"
#include "jsonvalue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace clawdesk {

QString formatJsonNumber(double d)
{
    if (std::isnan(d))
        return QStringLiteral("NaN");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (d == 0)
        return QStringLiteral("0"); // also -0, as JavaScript prints it
    // Shortest round-trip digits from Qt, then laid out by ECMAScript's Number::toString rules.
    const QString sci = QString::number(std::fabs(d), 'e', QLocale::FloatingPointShortest);
    const qsizetype ePos = sci.indexOf(QLatin1Char('e'));
    QString digits = sci.left(ePos);
    digits.remove(QLatin1Char('.'));
    const int exponent = sci.mid(ePos + 1).toInt();
    const int k = int(digits.size());
    const int n = exponent + 1; // position of the decimal point relative to the digits
    QString out = d < 0 ? QStringLiteral("-") : QString();
    if (k <= n && n <= 21) {
        out += digits + QString(n - k, QLatin1Char('0'));
    } else if (0 < n && n <= 21) {
        out += digits.left(n) + QLatin1Char('.') + digits.mid(n);
    } else if (-6 < n && n <= 0) {
        out += QStringLiteral("0.") + QString(-n, QLatin1Char('0')) + digits;
    } else {
        out += digits.left(1);
        if (k > 1)
            out += QLatin1Char('.') + digits.mid(1);
        out += QLatin1Char('e') + (n - 1 >= 0 ? QStringLiteral("+") : QStringLiteral("-")) +
               QString::number(std::abs(n - 1));
    }
    return out;
}

void appendQuotedString(QString &out, const QString &s, QChar quote, bool escapeLineTerminators)
{
    out += quote;
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s.at(i);
        const char16_t u = c.unicode();
        if (c == quote || u == u'\\') {
            out += QLatin1Char('\\');
            out += c;
            continue;
        }
        switch (u) {
        case u'\b':
            out += QLatin1String("\\b");
            continue;
        case u'\f':
            out += QLatin1String("\\f");
            continue;
        case u'\n':
            out += QLatin1String("\\n");
            continue;
        case u'\r':
            out += QLatin1String("\\r");
            continue;
        case u'\t':
            out += QLatin1String("\\t");
            continue;
        default:
            break;
        }
        bool lone = false;
        if (c.isHighSurrogate())
            lone = !(i + 1 < n && s.at(i + 1).isLowSurrogate());
        else if (c.isLowSurrogate())
            lone = !(i > 0 && s.at(i - 1).isHighSurrogate());
        const bool lineTerminator = u == 0x7F || u == 0x2028 || u == 0x2029;
        if (u < 0x20 || lone || (escapeLineTerminators && lineTerminator))
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    out += quote;
}

namespace {

void appendJsonString(QString &out, const QString &s)
{
    appendQuotedString(out, s, QLatin1Char('"'), false);
}

void writeJson(QString &out, const JsonValue &v, int indent, int depth)
{
    switch (v.type()) {
    case JsonValue::Type::Undefined:
    case JsonValue::Type::Null:
        out += QLatin1String("null");
        return;
    case JsonValue::Type::Bool:
        out += v.toBool() ? QLatin1String("true") : QLatin1String("false");
        return;
    case JsonValue::Type::Number: {
        const double d = v.toDouble();
        out += std::isfinite(d) ? formatJsonNumber(d) : QStringLiteral("null");
        return;
    }
    case JsonValue::Type::String:
        appendJsonString(out, v.toString());
        return;
    case JsonValue::Type::Array:
    case JsonValue::Type::Object:
        break;
    }
    const bool isObject = v.isObject();
    const QStringList keys = v.keys();
    const qsizetype count = v.size();
    const QString inner = indent > 0 ? QString((depth + 1) * indent, QLatin1Char(' ')) : QString();
    bool first = true;
    out += isObject ? QLatin1Char('{') : QLatin1Char('[');
    for (qsizetype i = 0; i < count; ++i) {
        const JsonValue &item = isObject ? v[keys.at(i)] : v.at(i);
        if (isObject && item.isUndefined())
            continue;
        if (!first)
            out += QLatin1Char(',');
        first = false;
        if (indent > 0)
            out += QLatin1Char('\n') + inner;
        if (isObject) {
            appendJsonString(out, keys.at(i));
            out += indent > 0 ? QLatin1String(": ") : QLatin1String(":");
        }
        writeJson(out, item, indent, depth + 1);
    }
    if (!first && indent > 0)
        out += QLatin1Char('\n') + QString(depth * indent, QLatin1Char(' '));
    out += isObject ? QLatin1Char('}') : QLatin1Char(']');
}

} // namespace

QString JsonValue::toJson(int indent) const
{
    if (isUndefined())
        return {};
    QString out;
    writeJson(out, *this, qMax(0, indent), 0);
    return out;
}

QJsonValue JsonValue::toQJsonValue() const
{
    switch (m_type) {
    case Type::Undefined:
        return QJsonValue(QJsonValue::Undefined);
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return QJsonValue(m_bool);
    case Type::Number:
        return QJsonValue(m_number);
    case Type::String:
        return QJsonValue(m_string);
    case Type::Array: {
        QJsonArray a;
        for (const JsonValue &item : items())
            a.append(item.toQJsonValue());
        return a;
    }
    case Type::Object: {
        QJsonObject o;
        const QStringList ks = keys();
        for (const QString &k : ks)
            o.insert(k, (*this)[k].toQJsonValue());
        return o;
    }
    }
    return {};
}

JsonValue JsonValue::fromQJsonValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return JsonValue(nullptr);
    case QJsonValue::Bool:
        return JsonValue(v.toBool());
    case QJsonValue::Double:
        return JsonValue(v.toDouble());
    case QJsonValue::String:
        return JsonValue(v.toString());
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        QList<JsonValue> list;
        list.reserve(a.size());
        for (const QJsonValue &item : a)
            list.append(fromQJsonValue(item));
        return array(std::move(list));
    }
    case QJsonValue::Object: {
        JsonValue o = object();
        const QJsonObject obj = v.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it)
            o.insert(it.key(), fromQJsonValue(it.value()));
        return o;
    }
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace clawdesk
