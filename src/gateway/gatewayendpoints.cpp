#include "gatewayendpoints.h"

#include "gatewayrouter.h"
#include "modelslist.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace clawdesk::endpoints {

namespace {

constexpr Route Routes[] = {
    {Endpoint::Root, "/", false, "GET, HEAD", false},
    {Endpoint::Health, "/health", false, "GET, HEAD", false},
    {Endpoint::Models, "/v1/models", false, "GET, HEAD", true},
    {Endpoint::Model, "/v1/models/", true, "GET, HEAD", true},
    {Endpoint::CountTokens, "/v1/messages/count_tokens", false, "POST", true},
    {Endpoint::Messages, "/v1/messages", false, "POST", true},
    {Endpoint::ChatCompletions, "/v1/chat/completions", false, "POST", true},
    {Endpoint::Responses, "/v1/responses", false, "POST", true},
};

} // namespace

const Route *routeFor(const QByteArray &path)
{
    for (const Route &route : Routes) {
        if (route.prefix ? path.startsWith(route.path) && path.size() > qsizetype(qstrlen(route.path))
                         : path == route.path)
            return &route;
    }
    return nullptr;
}

bool allowsMethod(const Route &route, const QByteArray &method)
{
    for (const QByteArray &allowed : QByteArray(route.methods).split(',')) {
        if (allowed.trimmed() == method)
            return true;
    }
    return false;
}

WireApi errorShapeFor(const QByteArray &path)
{
    return path == "/v1/messages" || path.startsWith("/v1/messages/") ? WireApi::AnthropicMessages
                                                                      : WireApi::OpenAIChat;
}

std::optional<WireApi> chatApiFor(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Messages:
        return WireApi::AnthropicMessages;
    case Endpoint::ChatCompletions:
        return WireApi::OpenAIChat;
    case Endpoint::Responses:
        return WireApi::OpenAIResponses;
    default:
        return std::nullopt;
    }
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

namespace {

QList<ModelListEntry> listedModels(const ConfigSnapshot &snapshot)
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
    return entries;
}

} // namespace

QByteArray modelsBody(const ConfigSnapshot &snapshot, bool anthropic)
{
    const QList<ModelListEntry> entries = listedModels(snapshot);
    return anthropic ? encodeAnthropicModelsList(entries) : encodeOpenAIModelsList(entries);
}

std::optional<QByteArray> modelBody(const ConfigSnapshot &snapshot, const QString &id, bool anthropic,
                                    bool routeUnknownToPrimary)
{
    std::optional<ModelListEntry> found;
    for (const ModelListEntry &entry : listedModels(snapshot)) {
        if (entry.id == id)
            found = entry;
    }
    if (!found) {
        // A name the client invented is still a model it can use when the primary chain serves it.
        const RouteDecision route = GatewayRouter::route(snapshot, id, routeUnknownToPrimary);
        if (route.candidates.isEmpty() || !route.routedToPrimary)
            return std::nullopt;
        found = ModelListEntry{id, id, route.candidates.first().ref.provider, {}};
    }
    return anthropic ? encodeAnthropicModel(*found) : encodeOpenAIModel(*found);
}

} // namespace clawdesk::endpoints
