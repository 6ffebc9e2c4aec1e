#include "modelregistry.h"

#include "builtincatalog.h"
#include "providerconfig.h"

#include <QDateTime>
#include <QRegularExpression>

namespace clawdesk {

namespace {

// OpenClaw's "merge": implicit ⊕ explicit field by field, models by id with explicit first.
ProviderInfo mergeProvider(const ProviderInfo &implicit, const ConfiguredProvider &explicitProvider)
{
    ProviderInfo merged = implicit;
    const ProviderInfo &ex = explicitProvider.info;
    const auto has = [&](const char *field) {
        return explicitProvider.fields.contains(QLatin1String(field));
    };
    if (has("baseUrl"))
        merged.baseUrl = ex.baseUrl;
    if (has("apiKey"))
        merged.apiKey = ex.apiKey;
    if (has("auth"))
        merged.auth = ex.auth;
    if (has("api"))
        merged.api = ex.api;
    if (has("headers"))
        merged.headers = ex.headers;
    if (has("authHeader"))
        merged.authHeader = ex.authHeader;
    QList<ModelInfo> models = ex.models;
    for (const ModelInfo &model : implicit.models) {
        if (!ex.findModel(model.id))
            models.append(model);
    }
    merged.models = models;
    merged.origin = implicit.origin | ProviderInfo::Configured;
    return merged;
}

bool looksLikeEnvName(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z_][A-Z0-9_]*$"));
    return pattern.match(text).hasMatch();
}

} // namespace

ModelRegistry ModelRegistry::build(const JsonValue &config, const Environment &env,
                                   const AuthProfiles &profiles, const OpenClawRelease &release)
{
    ModelRegistry registry;
    registry.m_env = env;
    registry.m_profiles = profiles;

    const JsonValue &authProfiles = config[QStringLiteral("auth")][QStringLiteral("profiles")];
    for (const QString &id : authProfiles.keys())
        registry.m_configProfileIds.append(id);
    const JsonValue &authOrder = config[QStringLiteral("auth")][QStringLiteral("order")];
    for (const QString &provider : authOrder.keys()) {
        QStringList ids;
        for (const JsonValue &id : authOrder[provider].items())
            ids.append(id.toString());
        registry.m_configOrder.insert(normalizeProviderId(provider), ids);
    }

    QMap<QString, ProviderInfo> effective; // implicit ⊕ explicit, before meeting the built-ins
    const auto hasProfileFor = [&](const QString &provider) {
        if (profiles.hasProvider(provider))
            return true;
        for (const QString &id : registry.m_configProfileIds) {
            if (normalizeProviderId(authProfiles[id][QStringLiteral("provider")].toString()) == provider)
                return true;
        }
        return false;
    };
    const bool miniMaxKey = !env.value(QStringLiteral("MINIMAX_API_KEY")).trimmed().isEmpty();
    if (miniMaxKey || hasProfileFor(QStringLiteral("minimax")))
        effective.insert(QStringLiteral("minimax"), implicitMiniMaxProvider(release));
    // 2026.9.6 also lets MINIMAX_API_KEY (or MINIMAX_OAUTH_TOKEN) sign in to the portal provider.
    const bool portalKey =
        !release.isLegacy() &&
        (miniMaxKey || !env.value(QStringLiteral("MINIMAX_OAUTH_TOKEN")).trimmed().isEmpty());
    if (portalKey || hasProfileFor(QStringLiteral("minimax-portal")))
        effective.insert(QStringLiteral("minimax-portal"), implicitMiniMaxPortalProvider(release));

    const JsonValue &configured = config[QStringLiteral("models")][QStringLiteral("providers")];
    for (const QString &rawId : configured.keys()) {
        const ConfiguredProvider explicitProvider = ConfiguredProvider::fromJson(rawId, configured[rawId]);
        const QString id = explicitProvider.info.id;
        registry.m_configured.append(id);
        if (effective.contains(id))
            effective[id] = mergeProvider(effective.value(id), explicitProvider);
        else
            effective.insert(id, explicitProvider.info);
    }

    // The MiniMax Lightning variant is routable wherever a minimax provider block exists.
    if (registry.m_configured.contains(QStringLiteral("minimax")) &&
        effective.contains(QStringLiteral("minimax"))) {
        ProviderInfo &miniMax = effective[QStringLiteral("minimax")];
        if (!miniMax.findModel(QStringLiteral("MiniMax-M2.1-lightning")) && !miniMax.models.isEmpty())
            miniMax.models.append(miniMaxLegacyModel(QStringLiteral("MiniMax-M2.1-lightning")));
    }

    for (const ProviderInfo &builtIn : builtInProviders(release))
        registry.m_providers.insert(builtIn.id, builtIn);
    for (auto it = effective.cbegin(); it != effective.cend(); ++it) {
        const ProviderInfo &provider = it.value();
        auto existing = registry.m_providers.find(provider.id);
        if (existing == registry.m_providers.end() || !provider.models.isEmpty()) {
            registry.m_providers.insert(provider.id,
                                        provider); // a provider with models replaces the built-in
            continue;
        }
        // models: [] only overrides connection details of the built-in provider.
        existing->baseUrl = provider.baseUrl.isEmpty() ? existing->baseUrl : provider.baseUrl;
        existing->apiKey = provider.apiKey.isEmpty() ? existing->apiKey : provider.apiKey;
        if (!provider.headers.isEmpty())
            existing->headers = provider.headers;
        existing->origin |= provider.origin;
    }
    return registry;
}

QList<const ProviderInfo *> ModelRegistry::providers() const
{
    QList<const ProviderInfo *> list;
    for (const ProviderInfo &provider : m_providers)
        list.append(&provider);
    return list;
}

const ProviderInfo *ModelRegistry::provider(const QString &id) const
{
    const auto it = m_providers.constFind(id);
    return it == m_providers.cend() ? nullptr : &it.value();
}

const ModelInfo *ModelRegistry::findModel(const ModelRef &ref) const
{
    const ProviderInfo *p = provider(ref.provider);
    return p ? p->findModel(ref.model) : nullptr;
}

bool ModelRegistry::isConfiguredProvider(const QString &id) const
{
    return m_configured.contains(id);
}

std::optional<ModelRegistry::Resolved> ModelRegistry::resolve(const ModelRef &ref) const
{
    const ProviderInfo *p = provider(ref.provider);
    if (!p)
        return std::nullopt;
    Resolved resolved;
    resolved.provider = *p;
    resolved.provider.models.clear();
    if (const ModelInfo *model = p->findModel(ref.model)) {
        resolved.model = *model;
    } else if (isConfiguredProvider(ref.provider)) {
        // OpenClaw runs an id that a configured provider does not list, with a made-up definition:
        // the provider's api (else openai-responses), zero cost, and the first listed model's limits
        // (200000 max tokens when it lists none).
        resolved.adHoc = true;
        resolved.model.id = ref.model;
        resolved.model.name = ref.model;
        resolved.model.api = p->api.isEmpty() ? QStringLiteral("openai-responses") : p->api;
        if (!p->models.isEmpty()) {
            resolved.model.contextWindow = p->models.first().contextWindow;
            resolved.model.maxTokens = p->models.first().maxTokens;
        } else {
            resolved.model.maxTokens = 200000;
        }
    } else {
        return std::nullopt;
    }
    resolved.api = resolved.model.api.isEmpty() ? p->api : resolved.model.api;
    return resolved;
}

QStringList ModelRegistry::envVarsFor(const QString &providerId)
{
    static const QMap<QString, QStringList> vars{
        {QStringLiteral("minimax"), {QStringLiteral("MINIMAX_API_KEY")}},
        {QStringLiteral("minimax-portal"),
         {QStringLiteral("MINIMAX_OAUTH_TOKEN"), QStringLiteral("MINIMAX_API_KEY")}},
        {QStringLiteral("anthropic"),
         {QStringLiteral("ANTHROPIC_OAUTH_TOKEN"), QStringLiteral("ANTHROPIC_API_KEY")}},
        {QStringLiteral("openai"), {QStringLiteral("OPENAI_API_KEY")}},
        {QStringLiteral("google"), {QStringLiteral("GEMINI_API_KEY")}},
        {QStringLiteral("openrouter"), {QStringLiteral("OPENROUTER_API_KEY")}},
        {QStringLiteral("vercel-ai-gateway"), {QStringLiteral("AI_GATEWAY_API_KEY")}},
        {QStringLiteral("moonshot"), {QStringLiteral("MOONSHOT_API_KEY")}},
        {QStringLiteral("xiaomi"), {QStringLiteral("XIAOMI_API_KEY")}},
        {QStringLiteral("zai"), {QStringLiteral("ZAI_API_KEY"), QStringLiteral("Z_AI_API_KEY")}},
        {QStringLiteral("groq"), {QStringLiteral("GROQ_API_KEY")}},
        {QStringLiteral("cerebras"), {QStringLiteral("CEREBRAS_API_KEY")}},
        {QStringLiteral("xai"), {QStringLiteral("XAI_API_KEY")}},
        {QStringLiteral("mistral"), {QStringLiteral("MISTRAL_API_KEY")}},
        {QStringLiteral("synthetic"), {QStringLiteral("SYNTHETIC_API_KEY")}},
        {QStringLiteral("venice"), {QStringLiteral("VENICE_API_KEY")}},
        {QStringLiteral("opencode"),
         {QStringLiteral("OPENCODE_API_KEY"), QStringLiteral("OPENCODE_ZEN_API_KEY")}},
        {QStringLiteral("kimi-coding"), {QStringLiteral("KIMI_API_KEY"), QStringLiteral("KIMICODE_API_KEY")}},
    };
    return vars.value(providerId);
}

bool ModelRegistry::isPlaceholderKey(const QString &providerId, const QString &key)
{
    return (providerId == u"minimax-portal" && key == u"minimax-oauth") ||
           (providerId == u"qwen-portal" && key == u"qwen-oauth") ||
           (providerId == u"minimax" && key == u"minimax");
}

CredentialResolution ModelRegistry::credential(const QString &providerId) const
{
    CredentialResolution result;

    // 1. Auth profiles: store order, config order, config profile ids, then every stored profile.
    QStringList order = m_profiles.storeOrder(providerId);
    if (order.isEmpty())
        order = m_configOrder.value(providerId);
    if (order.isEmpty()) {
        for (const QString &id : m_configProfileIds) {
            if (const AuthProfile *profile = m_profiles.find(id); profile && profile->provider == providerId)
                order.append(id);
        }
    }
    for (const AuthProfile &profile : m_profiles.forProvider(providerId)) {
        if (!order.contains(profile.id))
            order.append(profile.id);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const AuthProfile *expiredCandidate = nullptr;
    for (const QString &id : order) {
        const AuthProfile *profile = m_profiles.find(id);
        if (!profile || profile->secret.isEmpty())
            continue;
        if (profile->isExpired(now)) {
            expiredCandidate = expiredCandidate ? expiredCandidate : profile;
            continue;
        }
        return {CredentialResolution::Source::Profile, profile->secret, profile->id, false};
    }

    // 2. The provider's environment variables; 3. the config's apiKey.
    for (const QString &var : envVarsFor(providerId)) {
        const QString value = m_env.value(var).trimmed();
        if (!value.isEmpty())
            return {CredentialResolution::Source::Environment, value, var, false};
    }
    if (const ProviderInfo *p = provider(providerId); p && !p->apiKey.isEmpty()) {
        QString key = p->apiKey;
        if (looksLikeEnvName(key) && !m_env.value(key).isEmpty())
            key = m_env.value(key);
        if (!isPlaceholderKey(providerId, key) && !looksLikeEnvName(key))
            return {CredentialResolution::Source::Config, key,
                    QStringLiteral("models.providers.%1.apiKey").arg(providerId), false};
    }
    if (expiredCandidate)
        return {CredentialResolution::Source::Profile, expiredCandidate->secret, expiredCandidate->id, true};
    return result;
}

bool ModelRegistry::hasAuth(const QString &providerId) const
{
    if (m_profiles.hasProvider(providerId))
        return true;
    for (const QString &var : envVarsFor(providerId)) {
        if (!m_env.value(var).trimmed().isEmpty())
            return true;
    }
    const ProviderInfo *p = provider(providerId);
    return p && !p->apiKey.isEmpty() && (p->origin & ProviderInfo::Configured);
}

} // namespace clawdesk
