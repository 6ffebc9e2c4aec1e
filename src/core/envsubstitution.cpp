#include "envsubstitution.h"

namespace clawdesk {

namespace {

bool isNameStart(QChar c)
{
    return (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

// Length of a valid `${NAME}` token starting at `at` (which points at '$'), or 0.
qsizetype referenceLength(const QString &text, qsizetype at)
{
    if (text.at(at) != u'$' || at + 1 >= text.size() || text.at(at + 1) != u'{')
        return 0;
    qsizetype i = at + 2;
    if (i >= text.size() || !isNameStart(text.at(i)))
        return 0;
    while (i < text.size() && isNameChar(text.at(i)))
        ++i;
    if (i >= text.size() || text.at(i) != u'}')
        return 0;
    return i - at + 1;
}

template<typename Visit> QString scan(const QString &text, Visit visitReference)
{
    if (!text.contains(QLatin1Char('$')))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) == u'$' && i + 1 < text.size() && text.at(i + 1) == u'$') {
            if (const qsizetype len = referenceLength(text, i + 1)) {
                out += text.mid(i + 1, len); // `$${NAME}` → literal `${NAME}`
                i += 1 + len;
                continue;
            }
        }
        if (const qsizetype len = referenceLength(text, i)) {
            out += visitReference(text.mid(i + 2, len - 3));
            i += len;
            continue;
        }
        out += text.at(i++);
    }
    return out;
}

} // namespace

QString EnvSubstitution::MissingVar::message() const
{
    return QStringLiteral("Missing env var \"%1\" referenced at config path: %2").arg(name, configPath);
}

JsonValue EnvSubstitution::apply(const JsonValue &value)
{
    return applyAt(value, QString());
}

QString EnvSubstitution::applyToString(const QString &text, const QString &configPath)
{
    return scan(text, [&](const QString &name) {
        const QString value = m_env.value(name);
        if (value.isEmpty()) {
            m_missing.append({name, configPath});
            return QString();
        }
        return value;
    });
}

JsonValue EnvSubstitution::applyAt(const JsonValue &value, const QString &path)
{
    if (value.isString())
        return JsonValue(applyToString(value.toString(), path));
    if (value.isArray()) {
        JsonValue out = JsonValue::array();
        for (qsizetype i = 0; i < value.size(); ++i)
            out.append(applyAt(value.at(i), path + QStringLiteral("[%1]").arg(i)));
        return out;
    }
    if (value.isObject()) {
        JsonValue out = JsonValue::object();
        for (const QString &key : value.keys())
            out.insert(key, applyAt(value[key], path.isEmpty() ? key : path + QLatin1Char('.') + key));
        return out;
    }
    return value;
}

QStringList EnvSubstitution::referencedNames(const QString &text)
{
    QStringList names;
    scan(text, [&](const QString &name) {
        names.append(name);
        return QString();
    });
    return names;
}

} // namespace clawdesk
