#include "onboarding.h"

namespace clawdesk::Onboarding {

namespace {

using Path = QStringList;

JsonValue modelJson(const QString &id, const QString &name, double input, double output, double cacheRead,
                    double cacheWrite, qint64 context = 200000)
{
    JsonValue cost = JsonValue::object();
    cost.insert(QStringLiteral("input"), input);
    cost.insert(QStringLiteral("output"), output);
    cost.insert(QStringLiteral("cacheRead"), cacheRead);
    cost.insert(QStringLiteral("cacheWrite"), cacheWrite);
    JsonValue model = JsonValue::object();
    model.insert(QStringLiteral("id"), id);
    model.insert(QStringLiteral("name"), name);
    model.insert(QStringLiteral("reasoning"), false);
    model.insert(QStringLiteral("input"), JsonValue::array({QStringLiteral("text")}));
    model.insert(QStringLiteral("cost"), cost);
    model.insert(QStringLiteral("contextWindow"), context);
    model.insert(QStringLiteral("maxTokens"), qint64(8192));
    return model;
}

JsonValue profileMeta(const QString &provider, const QString &mode)
{
    JsonValue meta = JsonValue::object();
    meta.insert(QStringLiteral("provider"), provider);
    meta.insert(QStringLiteral("mode"), mode);
    return meta;
}

Path providerPath(const QString &id)
{
    return {QStringLiteral("models"), QStringLiteral("providers"), id};
}

Path modelsEntry(const QString &key)
{
    return {QStringLiteral("agents"), QStringLiteral("defaults"), QStringLiteral("models"), key};
}

/// Sets the default model, turning a short-form `model: "p/m"` into an object first.
bool setPrimary(Json5Document &document, const QString &key, QString *error)
{
    const Path model{QStringLiteral("agents"), QStringLiteral("defaults"), QStringLiteral("model")};
    if (const JsonValue *current = document.value().find(model); current && !current->isObject()) {
        if (!document.set(model, JsonValue::object(), error))
            return false;
    }
    return document.set(model + Path{QStringLiteral("primary")}, key, error);
}

/// Sets a field only when it differs, so re-running onboarding leaves an identical file.
bool ensure(Json5Document &document, const Path &path, const JsonValue &value, QString *error)
{
    const JsonValue *current = document.value().find(path);
    return (current && *current == value) || document.set(path, value, error);
}

/// Writes a whole block in one edit when it is absent (so it gets the document's multi-line layout),
/// otherwise field by field so the user's other fields and comments stay.
bool ensureBlock(Json5Document &document, const Path &path, const JsonValue &block, QString *error)
{
    if (!document.contains(path)) {
        // Create from the first missing ancestor in one edit, so the serializer sees the whole
        // block and lays it out over several lines instead of growing a one-line object.
        qsizetype existing = 0;
        while (existing < path.size() && document.contains(path.mid(0, existing + 1)))
            ++existing;
        JsonValue nested = block;
        for (qsizetype i = path.size() - 1; i > existing; --i) {
            JsonValue wrapper = JsonValue::object();
            wrapper.insert(path.at(i), nested);
            nested = wrapper;
        }
        return document.set(path.mid(0, existing + 1), nested, error);
    }
    for (const QString &field : block.keys()) {
        if (!ensure(document, path + Path{field}, block[field], error))
            return false;
    }
    return true;
}

} // namespace

QString miniMaxAnthropicBaseUrl(Region region)
{
    return region == Region::China ? QStringLiteral("https://api.minimaxi.com/anthropic")
                                   : QStringLiteral("https://api.minimax.io/anthropic");
}

bool applyMiniMaxPortal(Json5Document &document, Region region, const QString &resourceUrl, bool setDefault,
                        QString *error)
{
    const QString id = QStringLiteral("minimax-portal");
    const Path provider = providerPath(id);
    const JsonValue models = JsonValue::array(
        {modelJson(QStringLiteral("MiniMax-M2.1"), QStringLiteral("MiniMax M2.1"), 0, 0, 0, 0),
         modelJson(QStringLiteral("MiniMax-M2.1-lightning"), QStringLiteral("MiniMax M2.1 Lightning"), 0, 0,
                   0, 0)});
    const QString baseUrl =
        resourceUrl.trimmed().isEmpty() ? miniMaxAnthropicBaseUrl(region) : resourceUrl.trimmed();
    JsonValue block = JsonValue::object();
    block.insert(QStringLiteral("baseUrl"), baseUrl);
    block.insert(QStringLiteral("apiKey"), QStringLiteral("minimax-oauth"));
    block.insert(QStringLiteral("api"), QStringLiteral("anthropic-messages"));
    block.insert(QStringLiteral("models"), models);
    bool ok =
        ensure(document,
               {QStringLiteral("auth"), QStringLiteral("profiles"), QStringLiteral("minimax-portal:default")},
               profileMeta(id, QStringLiteral("oauth")), error) &&
        ensureBlock(document, provider, block, error) &&
        ensure(document,
               modelsEntry(QStringLiteral("minimax-portal/MiniMax-M2.1")) + Path{QStringLiteral("alias")},
               QStringLiteral("minimax-m2.1"), error) &&
        ensure(document,
               modelsEntry(QStringLiteral("minimax-portal/MiniMax-M2.1-lightning")) +
                   Path{QStringLiteral("alias")},
               QStringLiteral("minimax-m2.1-lightning"), error) &&
        ensure(document,
               {QStringLiteral("plugins"), QStringLiteral("entries"), QStringLiteral("minimax-portal-auth"),
                QStringLiteral("enabled")},
               true, error);
    if (ok && setDefault)
        ok = setPrimary(document, QStringLiteral("minimax-portal/MiniMax-M2.1"), error);
    return ok;
}

bool applyMiniMaxApiKey(Json5Document &document, bool lightning, Region region, QString *error)
{
    const Path provider = providerPath(QStringLiteral("minimax"));
    const QString modelId =
        lightning ? QStringLiteral("MiniMax-M2.1-lightning") : QStringLiteral("MiniMax-M2.1");
    const QString modelName =
        lightning ? QStringLiteral("MiniMax M2.1 Lightning") : QStringLiteral("MiniMax M2.1");
    const QString key = QStringLiteral("minimax/") + modelId;
    const JsonValue model = modelJson(modelId, modelName, 15, 60, 2, 10);

    JsonValue block = JsonValue::object();
    block.insert(QStringLiteral("baseUrl"), miniMaxAnthropicBaseUrl(region));
    block.insert(QStringLiteral("api"), QStringLiteral("anthropic-messages"));
    const bool exists = document.contains(provider);
    if (!exists)
        block.insert(QStringLiteral("models"), JsonValue::array({model}));
    if (!ensure(document,
                {QStringLiteral("auth"), QStringLiteral("profiles"), QStringLiteral("minimax:default")},
                profileMeta(QStringLiteral("minimax"), QStringLiteral("api_key")), error) ||
        !ensureBlock(document, provider, block, error))
        return false;
    const Path modePath{QStringLiteral("models"), QStringLiteral("mode")};
    if (!document.contains(modePath) && !document.set(modePath, QStringLiteral("merge"), error))
        return false; // an existing mode is kept
    const Path apiKeyPath = provider + Path{QStringLiteral("apiKey")};
    if (const JsonValue *apiKey = document.value().find(apiKeyPath);
        apiKey && apiKey->toString() == u"minimax" && !document.remove(apiKeyPath, error))
        return false; // OpenClaw drops the legacy placeholder key
    if (exists) {
        const Path modelsPath = provider + Path{QStringLiteral("models")};
        const JsonValue *models = document.value().find(modelsPath);
        bool present = false;
        if (models) {
            for (const JsonValue &entry : models->items())
                present = present || entry[QStringLiteral("id")].toString() == modelId;
        }
        if (!present && !document.insert(modelsPath, models ? models->size() : 0, model, error))
            return false;
    }
    return ensure(document, modelsEntry(key) + Path{QStringLiteral("alias")}, QStringLiteral("Minimax"),
                  error) &&
           setPrimary(document, key, error);
}

bool applyLmStudio(Json5Document &document, QString *error)
{
    const Path provider = providerPath(QStringLiteral("lmstudio"));
    if (!document.contains(provider)) {
        JsonValue block = JsonValue::object();
        block.insert(QStringLiteral("baseUrl"), QStringLiteral("http://127.0.0.1:1234/v1"));
        block.insert(QStringLiteral("apiKey"), QStringLiteral("lmstudio"));
        block.insert(QStringLiteral("api"), QStringLiteral("openai-responses"));
        block.insert(QStringLiteral("models"),
                     JsonValue::array({modelJson(QStringLiteral("minimax-m2.1-gs32"),
                                                 QStringLiteral("MiniMax M2.1 GS32"), 0, 0, 0, 0, 196608)}));
        if (!document.set(provider, block, error))
            return false;
    }
    return ensure(document,
                  modelsEntry(QStringLiteral("anthropic/claude-opus-4-5")) + Path{QStringLiteral("alias")},
                  QStringLiteral("Opus"), error) &&
           ensure(document,
                  modelsEntry(QStringLiteral("lmstudio/minimax-m2.1-gs32")) + Path{QStringLiteral("alias")},
                  QStringLiteral("Minimax"), error) &&
           setPrimary(document, QStringLiteral("lmstudio/minimax-m2.1-gs32"), error);
}

} // namespace clawdesk::Onboarding
