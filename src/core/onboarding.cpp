#include "onboarding.h"

#include "builtincatalog.h"
#include "modelseditor.h"
#include "provideredit.h"

#include <QCoreApplication>

namespace clawdesk::Onboarding {

namespace {

using Path = QStringList;

const QList<Choice> &table()
{
    static const QList<Choice> rows{
        {QStringLiteral("minimax-global-oauth"), QT_TRANSLATE_NOOP("Onboarding", "MiniMax OAuth (Global)"),
         QT_TRANSLATE_NOOP("Onboarding", "OAuth for international users (Coding Plan)"),
         QStringLiteral("minimax"), Method::OAuth, QStringLiteral("minimax-portal"), Region::Global, false,
         true, true},
        {QStringLiteral("minimax-cn-oauth"), QT_TRANSLATE_NOOP("Onboarding", "MiniMax OAuth (CN)"),
         QT_TRANSLATE_NOOP("Onboarding", "OAuth for users in China (Coding Plan)"), QStringLiteral("minimax"),
         Method::OAuth, QStringLiteral("minimax-portal"), Region::China, false, true, true},
        {QStringLiteral("minimax-global-api"), QT_TRANSLATE_NOOP("Onboarding", "MiniMax API key (Global)"),
         QT_TRANSLATE_NOOP("Onboarding", "Global endpoint - api.minimax.io"), QStringLiteral("minimax"),
         Method::ApiKey, QStringLiteral("minimax"), Region::Global, false, true, true},
        {QStringLiteral("minimax-cn-api"), QT_TRANSLATE_NOOP("Onboarding", "MiniMax API key (CN)"),
         QT_TRANSLATE_NOOP("Onboarding", "CN endpoint - api.minimaxi.com"), QStringLiteral("minimax"),
         Method::ApiKey, QStringLiteral("minimax"), Region::China, false, true, true},
        {QStringLiteral("minimax-api-lightning"),
         QT_TRANSLATE_NOOP("Onboarding", "MiniMax M2.1 Lightning (API key)"),
         QT_TRANSLATE_NOOP("Onboarding", "Faster, higher output cost"), QStringLiteral("minimax"),
         Method::ApiKey, QStringLiteral("minimax"), Region::Global, true, true, false},
        {QStringLiteral("anthropic"), QT_TRANSLATE_NOOP("Onboarding", "Anthropic API key"), "",
         QStringLiteral("anthropic"), Method::ApiKey, QStringLiteral("anthropic"), Region::Global, false,
         true, true},
        {QStringLiteral("lmstudio"), QT_TRANSLATE_NOOP("Onboarding", "LM Studio on this computer"),
         "http://127.0.0.1:1234/v1", QStringLiteral("lmstudio"), Method::Local, QStringLiteral("lmstudio"),
         Region::Global, false, true, true},
    };
    return rows;
}

/// Older ids (OpenClaw's deprecated ones and ClawDesk's former wizard ids) → the id they became.
QString canonicalId(const QString &id, const OpenClawRelease &release, Region region)
{
    const bool cn = region == Region::China;
    if (id == u"minimax-portal")
        return cn ? QStringLiteral("minimax-cn-oauth") : QStringLiteral("minimax-global-oauth");
    if (id == u"minimax-portal-global")
        return QStringLiteral("minimax-global-oauth");
    if (id == u"minimax-portal-cn")
        return QStringLiteral("minimax-cn-oauth");
    if (id == u"minimax-api" || id == u"minimax-cloud")
        return cn ? QStringLiteral("minimax-cn-api") : QStringLiteral("minimax-global-api");
    if (id == u"minimax-api-key-cn")
        return QStringLiteral("minimax-cn-api");
    if (id == u"minimax") // 2026.1.30: the LM Studio preset; 2026.9.6: the API key
        return release.isLegacy() ? QStringLiteral("lmstudio") : QStringLiteral("minimax-global-api");
    if (id == u"minimax-api-lightning" && !release.isLegacy())
        return cn ? QStringLiteral("minimax-cn-api") : QStringLiteral("minimax-global-api");
    if (cn && id == u"minimax-global-api")
        return QStringLiteral("minimax-cn-api");
    if (cn && id == u"minimax-global-oauth")
        return QStringLiteral("minimax-cn-oauth");
    return id;
}

JsonValue costJson(const ModelCost &cost)
{
    JsonValue json = JsonValue::object();
    json.insert(QStringLiteral("input"), cost.input);
    json.insert(QStringLiteral("output"), cost.output);
    json.insert(QStringLiteral("cacheRead"), cost.cacheRead);
    json.insert(QStringLiteral("cacheWrite"), cost.cacheWrite);
    return json;
}

/// A model definition as OpenClaw's onboarding writes it.
JsonValue modelJson(const ModelInfo &model, bool withCompat)
{
    JsonValue json = JsonValue::object();
    json.insert(QStringLiteral("id"), model.id);
    json.insert(QStringLiteral("name"), model.name);
    json.insert(QStringLiteral("reasoning"), model.reasoning);
    QList<JsonValue> input;
    for (const QString &kind : model.input)
        input.append(kind);
    json.insert(QStringLiteral("input"), JsonValue::array(input));
    json.insert(QStringLiteral("cost"), costJson(model.cost));
    json.insert(QStringLiteral("contextWindow"), model.contextWindow);
    json.insert(QStringLiteral("maxTokens"), model.maxTokens);
    if (const QString codeMode = miniMaxCodeMode(model.id); withCompat && !codeMode.isEmpty()) {
        JsonValue compat = JsonValue::object();
        compat.insert(QStringLiteral("codeMode"), codeMode);
        json.insert(QStringLiteral("compat"), compat);
    }
    return json;
}

JsonValue profileMeta(const QString &provider, const QString &mode)
{
    JsonValue meta = JsonValue::object();
    meta.insert(QStringLiteral("provider"), provider);
    meta.insert(QStringLiteral("mode"), mode);
    return meta;
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
    return ensureValue(document, model + Path{QStringLiteral("primary")}, key, error);
}

bool ensureProfile(Json5Document &document, const QString &id, const QString &provider, const QString &mode,
                   QString *error)
{
    return ensureValue(document, {QStringLiteral("auth"), QStringLiteral("profiles"), id},
                       profileMeta(provider, mode), error);
}

bool ensureAlias(Json5Document &document, const QString &key, const QString &alias, QString *error)
{
    return ensureValue(document, modelsEntry(key) + Path{QStringLiteral("alias")}, alias, error);
}

bool ensureMergeMode(Json5Document &document, QString *error)
{
    const Path modePath{QStringLiteral("models"), QStringLiteral("mode")};
    return document.contains(modePath) || document.set(modePath, QStringLiteral("merge"), error);
}

QStringList portalAliases(const OpenClawRelease &release)
{
    return release.isLegacy()
               ? QStringList{QStringLiteral("MiniMax-M2.1"), QStringLiteral("MiniMax-M2.1-lightning")}
               : miniMaxCurrentModelIds();
}

bool applyPortal(Json5Document &document, const Choice &choice, const OpenClawRelease &release,
                 const Options &options, QString *error)
{
    const QString id = choice.provider;
    const QString baseUrl = options.resourceUrl.trimmed().isEmpty() ? miniMaxAnthropicBaseUrl(choice.region)
                                                                    : options.resourceUrl.trimmed();
    JsonValue block = JsonValue::object();
    block.insert(QStringLiteral("baseUrl"), baseUrl);
    if (release.isLegacy()) {
        // 2026.1.30's plugin writes the placeholder key and zero-cost M2.1 definitions.
        block.insert(QStringLiteral("apiKey"), QStringLiteral("minimax-oauth"));
        block.insert(QStringLiteral("api"), QStringLiteral("anthropic-messages"));
        QList<JsonValue> defs;
        for (const QString &modelId : portalAliases(release)) {
            ModelInfo model = miniMaxLegacyModel(modelId);
            model.cost = {};
            defs.append(modelJson(model, false));
        }
        block.insert(QStringLiteral("models"), JsonValue::array(defs));
    } else {
        // 2026.9.6 lists no models of its own: its built-in catalog supplies them.
        block.insert(QStringLiteral("api"), QStringLiteral("anthropic-messages"));
        block.insert(QStringLiteral("authHeader"), true);
        block.insert(QStringLiteral("models"), JsonValue::array());
    }
    ProvidersEditor providers(document);
    bool ok = ensureProfile(document, profileId(choice, release), id, QStringLiteral("oauth"), error) &&
              providers.ensureProvider(id, block, error);
    for (const QString &modelId : portalAliases(release)) {
        ok = ok && ensureAlias(document, id + QLatin1Char('/') + modelId, modelId.toLower(), error);
    }
    if (ok && release.isLegacy())
        ok = ensureValue(document,
                         {QStringLiteral("plugins"), QStringLiteral("entries"),
                          QStringLiteral("minimax-portal-auth"), QStringLiteral("enabled")},
                         true, error);
    if (ok && options.setDefault)
        ok = setPrimary(document, defaultModel(choice, release), error);
    return ok;
}

bool applyApiKey(Json5Document &document, const Choice &choice, const OpenClawRelease &release,
                 const Options &options, QString *error)
{
    const QString key = defaultModel(choice, release);
    const QString modelId = key.section(QLatin1Char('/'), 1);
    JsonValue block = JsonValue::object();
    block.insert(QStringLiteral("baseUrl"), miniMaxAnthropicBaseUrl(options.region.value_or(choice.region)));
    block.insert(QStringLiteral("api"), QStringLiteral("anthropic-messages"));
    if (!release.isLegacy())
        block.insert(QStringLiteral("authHeader"), true);
    const JsonValue models =
        JsonValue::array({release.isLegacy() ? modelJson(miniMaxLegacyModel(modelId), false)
                                             : modelJson(miniMaxCurrentModel(modelId), true)});
    ProvidersEditor providers(document);
    const bool existed = providers.exists(choice.provider);
    if (!existed)
        block.insert(QStringLiteral("models"), models);
    bool ok = ensureProfile(document, profileId(choice, release), choice.provider, QStringLiteral("api_key"),
                            error) &&
              providers.ensureProvider(choice.provider, block, error) && ensureMergeMode(document, error) &&
              providers.dropPlaceholderKey(choice.provider, QStringLiteral("minimax"), error) &&
              (!existed || providers.mergeModels(choice.provider, models, error)) &&
              ensureAlias(document, key, QStringLiteral("Minimax"), error);
    if (ok && options.setDefault)
        ok = setPrimary(document, key, error);
    return ok;
}

bool applyAnthropic(Json5Document &document, const Choice &choice, const OpenClawRelease &release,
                    const Options &options, QString *error)
{
    const QString key = defaultModel(choice, release);
    bool ok = ensureProfile(document, profileId(choice, release), choice.provider, QStringLiteral("api_key"),
                            error) &&
              ensureAlias(document, key, QStringLiteral("Opus"), error);
    if (ok && options.setDefault)
        ok = setPrimary(document, key, error);
    return ok;
}

bool applyLmStudio(Json5Document &document, const Choice &choice, const OpenClawRelease &release,
                   const Options &options, QString *error)
{
    ProvidersEditor providers(document);
    if (!providers.exists(choice.provider)) { // OpenClaw writes its preset only when absent
        ModelInfo model = miniMaxLegacyModel(QStringLiteral("MiniMax-M2.1"));
        model.id = QStringLiteral("minimax-m2.1-gs32");
        model.name = QStringLiteral("MiniMax M2.1 GS32");
        model.cost = {};
        model.contextWindow = 196608;
        JsonValue block = JsonValue::object();
        block.insert(QStringLiteral("baseUrl"), QStringLiteral("http://127.0.0.1:1234/v1"));
        block.insert(QStringLiteral("apiKey"), QStringLiteral("lmstudio"));
        block.insert(QStringLiteral("api"), QStringLiteral("openai-responses"));
        block.insert(QStringLiteral("models"), JsonValue::array({modelJson(model, false)}));
        if (!providers.ensureProvider(choice.provider, block, error))
            return false;
    }
    bool ok =
        ensureAlias(document, QStringLiteral("anthropic/claude-opus-4-5"), QStringLiteral("Opus"), error) &&
        ensureAlias(document, defaultModel(choice, release), QStringLiteral("Minimax"), error);
    if (ok && options.setDefault)
        ok = setPrimary(document, defaultModel(choice, release), error);
    return ok;
}

} // namespace

const QList<Choice> &choices()
{
    return table();
}

QList<Choice> offered(const OpenClawRelease &release)
{
    QList<Choice> list;
    for (const Choice &choice : table()) {
        if (release.isLegacy() ? choice.offeredLegacy : choice.offeredCurrent)
            list.append(choice);
    }
    return list;
}

const Choice *find(const QString &id, const OpenClawRelease &release, Region region)
{
    const QString canonical = canonicalId(id.trimmed(), release, region);
    for (const Choice &choice : table()) {
        if (choice.id == canonical)
            return &choice;
    }
    return nullptr;
}

QStringList acceptedIds(const OpenClawRelease &release)
{
    QStringList ids;
    for (const Choice &choice : offered(release))
        ids.append(choice.id);
    ids << QStringLiteral("minimax-portal") << QStringLiteral("minimax-api");
    if (release.isLegacy())
        ids << QStringLiteral("minimax-cloud");
    return ids;
}

QString defaultModel(const Choice &choice, const OpenClawRelease &release)
{
    switch (choice.method) {
    case Method::OAuth:
        return choice.provider + QLatin1Char('/') +
               (release.isLegacy() ? QStringLiteral("MiniMax-M2.1") : miniMaxCurrentModelIds().first());
    case Method::ApiKey:
        if (choice.provider == u"anthropic")
            return QStringLiteral("anthropic/claude-opus-4-5");
        if (!release.isLegacy())
            return choice.provider + QLatin1Char('/') + miniMaxCurrentModelIds().first();
        return choice.provider + (choice.lightning ? QStringLiteral("/MiniMax-M2.1-lightning")
                                                   : QStringLiteral("/MiniMax-M2.1"));
    case Method::Local:
        break;
    }
    return QStringLiteral("lmstudio/minimax-m2.1-gs32");
}

QStringList models(const Choice &choice, const OpenClawRelease &release)
{
    QStringList keys{defaultModel(choice, release)};
    const auto add = [&keys](const QString &key) {
        if (!keys.contains(key))
            keys.append(key);
    };
    if (choice.method == Method::OAuth) {
        for (const QString &modelId : portalAliases(release))
            add(choice.provider + QLatin1Char('/') + modelId);
    } else if (choice.method == Method::Local) {
        add(QStringLiteral("anthropic/claude-opus-4-5"));
    }
    return keys;
}

QString profileId(const Choice &choice, const OpenClawRelease &release)
{
    if (choice.method == Method::Local)
        return {};
    // 2026.9.6 names its MiniMax API key profiles by region.
    if (choice.provider == u"minimax" && !release.isLegacy())
        return choice.region == Region::China ? QStringLiteral("minimax:cn")
                                              : QStringLiteral("minimax:global");
    return choice.provider + QStringLiteral(":default");
}

QString miniMaxAnthropicBaseUrl(Region region)
{
    return region == Region::China ? QStringLiteral("https://api.minimaxi.com/anthropic")
                                   : QStringLiteral("https://api.minimax.io/anthropic");
}

bool apply(Json5Document &document, const Choice &choice, const OpenClawRelease &release,
           const Options &options, QString *error)
{
    switch (choice.method) {
    case Method::OAuth:
        return applyPortal(document, choice, release, options, error);
    case Method::ApiKey:
        return choice.provider == u"anthropic" ? applyAnthropic(document, choice, release, options, error)
                                               : applyApiKey(document, choice, release, options, error);
    case Method::Local:
        break;
    }
    return applyLmStudio(document, choice, release, options, error);
}

bool applyModelPicker(Json5Document &document, const QString &primary, const QStringList &picked,
                      const OpenClawRelease &release, QString *error)
{
    if (!primary.isEmpty() && !setPrimary(document, primary, error))
        return false;
    for (const QString &key : picked) {
        if (!ModelsEditor::allowModel(document, key, release, error))
            return false;
    }
    QList<JsonValue> fallbacks;
    for (const QString &key : picked) {
        if (key != primary)
            fallbacks.append(key);
    }
    if (fallbacks.isEmpty())
        return true;
    return document.set({QStringLiteral("agents"), QStringLiteral("defaults"), QStringLiteral("model"),
                         QStringLiteral("fallbacks")},
                        JsonValue::array(fallbacks), error);
}

} // namespace clawdesk::Onboarding
