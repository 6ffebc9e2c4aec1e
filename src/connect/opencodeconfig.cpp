#include "opencodeconfig.h"

#include "jsonmerge.h"

#include <QFileInfo>

namespace clawdesk {

QString OpencodeConfig::configPath(const Environment &env, const QString &homeDir) const
{
    QString configHome = env.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (configHome.isEmpty())
        configHome = homeDir + QStringLiteral("/.config");
    const QString json = configHome + QStringLiteral("/opencode/opencode.json");
    const QString jsonc = configHome + QStringLiteral("/opencode/opencode.jsonc");
    return !QFileInfo::exists(json) && QFileInfo::exists(jsonc) ? jsonc : json;
}

bool OpencodeConfig::merge(const QByteArray &current, const GatewayEndpoint &endpoint, QByteArray *result,
                           QString *error) const
{
    JsonValue models = JsonValue::object();
    for (const QString &model :
         {endpoint.models.main, endpoint.models.opus, endpoint.models.sonnet, endpoint.models.haiku}) {
        JsonValue entry = JsonValue::object();
        entry.insert(QStringLiteral("name"), model);
        models.insert(model, entry);
    }
    JsonValue options = JsonValue::object();
    options.insert(QStringLiteral("baseURL"), endpoint.v1());
    options.insert(QStringLiteral("apiKey"), endpoint.token);
    JsonValue provider = JsonValue::object();
    provider.insert(QStringLiteral("npm"), QStringLiteral("@ai-sdk/anthropic"));
    provider.insert(QStringLiteral("name"), QStringLiteral("ClawDesk gateway"));
    provider.insert(QStringLiteral("options"), options);
    provider.insert(QStringLiteral("models"), models);
    return mergeJsonMembers(current,
                            {{{QStringLiteral("provider"), QStringLiteral("clawdesk")}, provider},
                             {{QStringLiteral("model")}, QStringLiteral("clawdesk/") + endpoint.models.main}},
                            result, error);
}

QList<ToolOverride> OpencodeConfig::overrides(const Environment &env, const QString &) const
{
    // Each is merged over the global file, so its `model` or `provider.clawdesk` wins.
    QList<ToolOverride> found;
    for (const QString &name : {QStringLiteral("OPENCODE_CONFIG"), QStringLiteral("OPENCODE_CONFIG_CONTENT"),
                                QStringLiteral("OPENCODE_CONFIG_DIR")}) {
        if (!env.value(name).isEmpty())
            found.append({name, QStringLiteral("%1 is set in your environment: opencode merges that config "
                                               "over the one ClawDesk wrote; check its model and providers")
                                    .arg(name)});
    }
    return found;
}

} // namespace clawdesk
