#pragma once

#include <QString>

namespace clawdesk {

/// A secret for display (spec §3.3): first 8 … last 8 characters when longer than 16, otherwise
/// hidden entirely, so short keys never leak.
inline QString maskSecret(const QString &secret)
{
    if (secret.size() > 16)
        return secret.left(8) + QStringLiteral("...") + secret.right(8);
    return secret.isEmpty() ? QString() : QStringLiteral("(hidden)");
}

} // namespace clawdesk
