#include "toolids.h"

#include <QRandomGenerator>

namespace clawdesk::toolids {

QString generate(const QString &prefix, int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out = prefix;
    out.reserve(prefix.size() + length);
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return out;
}

QString withPrefix(const QString &id, const QString &prefix)
{
    if (id.isEmpty())
        return generate(prefix);
    if (id.startsWith(prefix))
        return id;
    return prefix + id;
}

QString anthropicSafe(const QString &id)
{
    if (id.isEmpty())
        return generate(QStringLiteral("toolu_"));
    QString out = id;
    for (QChar &c : out) {
        const ushort u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                        u == '_' || u == '-';
        if (!ok)
            c = QLatin1Char('_');
    }
    return out;
}

QString responsesItemId(const QString &callId)
{
    return withPrefix(anthropicSafe(callId), QStringLiteral("fc_"));
}

} // namespace clawdesk::toolids
