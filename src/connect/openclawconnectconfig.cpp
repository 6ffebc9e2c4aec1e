#include "openclawconnectconfig.h"

#include "configpaths.h"
#include "jsonmerge.h"

namespace clawdesk {

QString OpenClawConnectConfig::configPath(const Environment &env, const QString &homeDir) const
{
    return ConfigPaths::resolve(env, homeDir).configPath;
}

bool OpenClawConnectConfig::merge(const QByteArray &current, const GatewayEndpoint &endpoint,
                                  QByteArray *result, QString *error) const
{
    JsonValue models = JsonValue::array();
    QStringList seen;
    for (const QString &model :
         {endpoint.models.main, endpoint.models.opus, endpoint.models.sonnet, endpoint.models.haiku}) {
        if (seen.contains(model))
            continue;
        seen.append(model);
        JsonValue entry = JsonValue::object();
        entry.insert(QStringLiteral("id"), model);
        entry.insert(QStringLiteral("name"), model + QStringLiteral(" (ClawDesk)"));
        models.append(entry);
    }
    JsonValue provider = JsonValue::object();
    provider.insert(QStringLiteral("baseUrl"), endpoint.origin);
    provider.insert(QStringLiteral("api"), QStringLiteral("anthropic-messages"));
    provider.insert(QStringLiteral("apiKey"), endpoint.token);
    provider.insert(QStringLiteral("models"), models);
    return mergeJsonMembers(
        current,
        {{{QStringLiteral("models"), QStringLiteral("providers"), QStringLiteral("clawdesk")}, provider}},
        result, error);
}

} // namespace clawdesk
