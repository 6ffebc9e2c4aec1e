#include "secretmask.h"

namespace clawdesk {

QString maskSecret(const QString &secret)
{
    if (secret.isEmpty())
        return QString();
    if (secret.size() > 16)
        return secret.left(8) + QStringLiteral("...") + secret.right(8);
    // OpenClaw prints short keys verbatim; we never show a whole secret.
    return QString(qMin<qsizetype>(secret.size(), 8), QLatin1Char('*'));
}

} // namespace clawdesk
