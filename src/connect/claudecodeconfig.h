#pragma once

#include "toolconfig.h"

namespace clawdesk {

/// @brief Claude Code: the `env` object of `~/.claude/settings.json` (base URL, token and the models
/// behind its opus, sonnet and haiku slots). Claude Code applies these over the shell's variables.
class ClaudeCodeConfig : public ToolConfig
{
public:
    QString id() const override { return QStringLiteral("claude-code"); }
    QString displayName() const override { return QStringLiteral("Claude Code"); }
    QString configPath(const Environment &env, const QString &homeDir) const override;
    bool merge(const QByteArray &current, const GatewayEndpoint &endpoint, QByteArray *result,
               QString *error) const override;
    QList<ToolOverride> overrides(const Environment &env, const QString &homeDir) const override;
};

} // namespace clawdesk
