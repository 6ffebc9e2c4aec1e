#include "claudecodeconfig.h"

#include "jsonmerge.h"

namespace clawdesk {

QString ClaudeCodeConfig::configPath(const Environment &env, const QString &homeDir) const
{
    const QString configDir = env.value(QStringLiteral("CLAUDE_CONFIG_DIR"));
    return (configDir.isEmpty() ? homeDir + QStringLiteral("/.claude") : configDir) +
           QStringLiteral("/settings.json");
}

bool ClaudeCodeConfig::merge(const QByteArray &current, const GatewayEndpoint &endpoint, QByteArray *result,
                             QString *error) const
{
    const auto env = [](const char *name) { return QStringList{QStringLiteral("env"), QLatin1String(name)}; };
    return mergeJsonMembers(current,
                            {{env("ANTHROPIC_BASE_URL"), endpoint.origin},
                             {env("ANTHROPIC_AUTH_TOKEN"), endpoint.token},
                             {env("ANTHROPIC_DEFAULT_OPUS_MODEL"), endpoint.models.opus},
                             {env("ANTHROPIC_DEFAULT_SONNET_MODEL"), endpoint.models.sonnet},
                             {env("ANTHROPIC_DEFAULT_HAIKU_MODEL"), endpoint.models.haiku}},
                            result, error);
}

QList<ToolOverride> ClaudeCodeConfig::overrides(const Environment &env, const QString &) const
{
    // Claude Code 2.1.332 lets settings.json's env win over the shell, except for the model it is
    // told to use outright: ANTHROPIC_MODEL bypasses the slots.
    QList<ToolOverride> found;
    if (env.contains(QStringLiteral("ANTHROPIC_MODEL")))
        found.append({QStringLiteral("ANTHROPIC_MODEL"),
                      QStringLiteral("ANTHROPIC_MODEL is set in your environment: Claude Code asks for that "
                                     "model instead of the ones chosen for its slots; unset it")});
    return found;
}

} // namespace clawdesk
