#include "providerconfig.h"

#include "modelref.h"

#include <algorithm>

namespace clawdesk {

HeaderList headersFromJson(const JsonValue &json)
{
    HeaderList headers;
    for (const QString &name : json.keys()) {
        if (json[name].isString())
            headers.append({name, json[name].toString()});
    }
    return headers;
}

ModelInfo modelFromJson(const JsonValue &json)
{
    ModelInfo model;
    model.id = json[QStringLiteral("id")].toString();
    model.name = json[QStringLiteral("name")].toString(model.id);
    model.api = json[QStringLiteral("api")].toString();
    model.reasoning =
        json[QStringLiteral("reasoning")].isBool() && json[QStringLiteral("reasoning")].toBool();
    const JsonValue &input = json[QStringLiteral("input")];
    if (input.isArray() && input.size() > 0) {
        model.input.clear();
        for (const JsonValue &kind : input.items())
            model.input.append(kind.toString());
    }
    const JsonValue &cost = json[QStringLiteral("cost")];
    model.cost.input = cost[QStringLiteral("input")].toDouble();
    model.cost.output = cost[QStringLiteral("output")].toDouble();
    model.cost.cacheRead = cost[QStringLiteral("cacheRead")].toDouble();
    model.cost.cacheWrite = cost[QStringLiteral("cacheWrite")].toDouble();
    const double context = json[QStringLiteral("contextWindow")].toDouble();
    model.contextWindow = context > 0 ? static_cast<qint64>(context) : 200000;
    const double maxTokens = json[QStringLiteral("maxTokens")].toDouble();
    model.maxTokens =
        maxTokens > 0 ? static_cast<qint64>(maxTokens) : std::min<qint64>(8192, model.contextWindow);
    model.headers = headersFromJson(json[QStringLiteral("headers")]);
    const JsonValue &compat = json[QStringLiteral("compat")];
    model.maxTokensField = compat[QStringLiteral("maxTokensField")].toString();
    if (compat[QStringLiteral("supportsDeveloperRole")].isBool())
        model.supportsDeveloperRole = compat[QStringLiteral("supportsDeveloperRole")].toBool();
    return model;
}

ConfiguredProvider ConfiguredProvider::fromJson(const QString &id, const JsonValue &json)
{
    ConfiguredProvider provider;
    for (const QString &key : json.keys())
        provider.fields.insert(key);
    ProviderInfo &info = provider.info;
    info.id = normalizeProviderId(id);
    info.baseUrl = json[QStringLiteral("baseUrl")].toString();
    info.apiKey = json[QStringLiteral("apiKey")].toString();
    info.auth = json[QStringLiteral("auth")].toString();
    info.api = json[QStringLiteral("api")].toString();
    info.headers = headersFromJson(json[QStringLiteral("headers")]);
    info.authHeader = json[QStringLiteral("authHeader")].toBool();
    info.origin = ProviderInfo::Configured;
    for (const JsonValue &model : json[QStringLiteral("models")].items()) {
        if (model.isObject() && !model[QStringLiteral("id")].toString().isEmpty())
            info.models.append(modelFromJson(model));
    }
    return provider;
}

} // namespace clawdesk
