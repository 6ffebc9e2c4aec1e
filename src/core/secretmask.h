#pragma once

#include <QString>

namespace clawdesk {

/// Preview of a secret for the UI, the CLI and logs: at most the first 4 and last 4 characters,
/// and only of a secret of 24 characters or more, so a preview never gives away more than a third
/// of a key (OpenClaw shows 8 + 8, which leaves a 17–24-character key mostly readable). Shorter
/// secrets are fully hidden.
inline QString maskSecret(const QString &secret)
{
    if (secret.isEmpty())
        return QString();
    if (secret.size() >= 24)
        return secret.left(4) + QStringLiteral("...") + secret.right(4);
    return QString(qMin<qsizetype>(secret.size(), 8), QLatin1Char('*'));
}

/// A config value quoted in a warning: shown as is when short, else its start and its length, so
/// a huge or secret-bearing value is never repeated in full on the terminal.
inline QString elideValue(const QString &value)
{
    constexpr qsizetype Shown = 64;
    if (value.size() <= Shown)
        return value;
    return value.left(12) + QStringLiteral("…(%1 characters)").arg(value.size());
}

} // namespace clawdesk
