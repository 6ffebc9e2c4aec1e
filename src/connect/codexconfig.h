#pragma once

#include "toolconfig.h"

namespace clawdesk {

/// @brief Codex CLI: `$CODEX_HOME/config.toml` (default `~/.codex/config.toml`) gets
/// `model_provider = "clawdesk"` and a `[model_providers.clawdesk]` table (Responses API, the token
/// as `experimental_bearer_token`, so no variable has to be set). Every other line stays
/// byte-identical; the file holds the token, so it is written 0600.
class CodexConfig : public ToolConfig
{
public:
    QString id() const override { return QStringLiteral("codex"); }
    QString displayName() const override { return QStringLiteral("Codex"); }
    QString configPath(const Environment &env, const QString &homeDir) const override;
    bool merge(const QByteArray &current, const GatewayEndpoint &endpoint, QByteArray *result,
               QString *error) const override;
};

} // namespace clawdesk
