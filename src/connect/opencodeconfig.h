#pragma once

#include "toolconfig.h"

namespace clawdesk {

/// @brief opencode: `provider.clawdesk` in its global `opencode.json` (the Anthropic SDK it bundles,
/// pointed at the gateway, with the user's models) and `model` set to the primary through it.
/// The file holds the token, so it is written 0600.
class OpencodeConfig : public ToolConfig
{
public:
    QString id() const override { return QStringLiteral("opencode"); }
    QString displayName() const override { return QStringLiteral("opencode"); }
    QString configPath(const Environment &env, const QString &homeDir) const override;
    bool merge(const QByteArray &current, const GatewayEndpoint &endpoint, QByteArray *result,
               QString *error) const override;
    QList<ToolOverride> overrides(const Environment &env, const QString &homeDir) const override;
};

} // namespace clawdesk
