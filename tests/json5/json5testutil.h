#pragma once

#include "jsonvalue.h"

#include <QFile>
#include <QString>

#include <cmath>

namespace clawdesk::testutil {

/// Compact canonical text of a value, keys in order, with NaN / Infinity / -Infinity / -0 spelled out
/// (the form the expectation tables use).
inline QString canon(const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::Number: {
        const double d = v.toDouble();
        if (std::isnan(d))
            return QStringLiteral("NaN");
        if (std::isinf(d))
            return d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
        if (d == 0 && std::signbit(d))
            return QStringLiteral("-0");
        return formatJsonNumber(d);
    }
    case JsonValue::Type::Array: {
        QStringList parts;
        for (const JsonValue &item : v.items())
            parts += canon(item);
        return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    case JsonValue::Type::Object: {
        QStringList parts;
        const QStringList keys = v.keys();
        for (const QString &k : keys)
            parts += JsonValue(k).toJson() + QLatin1Char(':') + canon(v[k]);
        return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    default:
        return v.toJson();
    }
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace clawdesk::testutil
