#pragma once

#include <QString>

namespace clawdesk {

/// Preview of a secret for the UI, the CLI and logs, as OpenClaw prints it (spec §3.3): first 8 +
/// "..." + last 8 when longer than 16 characters. Shorter secrets are fully hidden (OpenClaw prints
/// them verbatim; we never show a whole secret).
inline QString maskSecret(const QString &secret)
{
    if (secret.isEmpty())
        return QString();
    if (secret.size() > 16)
        return secret.left(8) + QStringLiteral("...") + secret.right(8);
    return QString(qMin<qsizetype>(secret.size(), 8), QLatin1Char('*'));
}

} // namespace clawdesk
