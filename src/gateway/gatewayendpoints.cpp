#include "gatewayendpoints.h"

#include "gatewayrouter.h"
#include "modelslist.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace clawdesk::endpoints {

WireApi errorShapeFor(const QByteArray &path)
{
    return path == "/v1/messages" || path.startsWith("/v1/messages/") ? WireApi::AnthropicMessages
                                                                      : WireApi::OpenAIChat;
}

std::optional<WireApi> chatApiFor(const QByteArray &path)
{
    if (path == "/v1/messages")
        return WireApi::AnthropicMessages;
    if (path == "/v1/chat/completions")
        return WireApi::OpenAIChat;
    if (path == "/v1/responses")
        return WireApi::OpenAIResponses;
    return std::nullopt;
}

QByteArray allowedMethods(const QByteArray &path)
{
    if (path == "/health" || path == "/v1/models")
        return "GET, HEAD";
    if (chatApiFor(path) || path == "/v1/messages/count_tokens")
        return "POST";
    return {};
}

QByteArray healthBody(const ConfigSnapshot *snapshot, quint16 port, const QString &configProblem)
{
    QJsonObject object{{QStringLiteral("status"), QStringLiteral("ok")},
                       {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                       {QStringLiteral("port"), int(port)}};
    if (snapshot)
        object.insert(QStringLiteral("primary"), snapshot->selection().primary().key());
    if (!configProblem.isEmpty())
        object.insert(QStringLiteral("configProblem"), configProblem);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray modelsBody(const ConfigSnapshot &snapshot, bool anthropic)
{
    QList<ModelListEntry> entries;
    QSet<QString> seen;
    const auto add = [&](const QString &id, const QString &owner, const QString &name) {
        if (id.isEmpty() || seen.contains(id))
            return;
        seen.insert(id);
        entries.append({id, name.isEmpty() ? id : name, owner, {}});
    };
    const ModelSelection &selection = snapshot.selection();
    const ModelRegistry &registry = snapshot.registry();
    if (selection.allowlistActive()) {
        for (const QString &key : selection.configuredKeys()) {
            const auto ref = ModelRef::parse(key);
            if (ref && registry.resolve(*ref))
                add(ref->key(), ref->provider, {});
        }
    } else {
        const ModelRef primary = selection.primary();
        add(primary.key(), primary.provider, {});
        for (const ProviderInfo *provider : registry.providers()) {
            if (!registry.isConfiguredProvider(provider->id) && !registry.hasAuth(provider->id))
                continue;
            for (const ModelInfo &model : provider->models)
                add(provider->id + QLatin1Char('/') + model.id, provider->id, model.name);
        }
    }
    for (const ModelSelection::Alias &alias : selection.aliases()) {
        const auto ref = ModelRef::parse(alias.key);
        if (ref && GatewayRouter::isServable(snapshot, *ref))
            add(alias.alias, ref->provider, alias.key);
    }
    return anthropic ? encodeAnthropicModelsList(entries) : encodeOpenAIModelsList(entries);
}

} // namespace clawdesk::endpoints
