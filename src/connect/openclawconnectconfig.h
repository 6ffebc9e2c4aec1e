#pragma once

#include "toolconfig.h"

namespace clawdesk {

/// @brief OpenClaw as a client: `models.providers.clawdesk` in its openclaw.json (Anthropic Messages
/// to the gateway, the user's models), edited format-preserving. The agent's model is left alone:
/// the user picks `clawdesk/<model>` where they want the gateway.
class OpenClawConnectConfig : public ToolConfig
{
public:
    QString id() const override { return QStringLiteral("openclaw"); }
    QString displayName() const override { return QStringLiteral("OpenClaw"); }
    QString configPath(const Environment &env, const QString &homeDir) const override;
    bool merge(const QByteArray &current, const GatewayEndpoint &endpoint, QByteArray *result,
               QString *error) const override;
};

} // namespace clawdesk
