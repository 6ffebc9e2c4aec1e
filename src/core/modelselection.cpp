#include "modelselection.h"

#include "modelregistry.h"
#include "secretmask.h"

namespace clawdesk {

namespace {

QStringList stringList(const JsonValue &value)
{
    QStringList list;
    for (const JsonValue &item : value.items()) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

} // namespace

ModelSelection::ModelSelection(const JsonValue &config, const ModelRegistry &registry,
                               const OpenClawRelease &release)
    : m_registry(registry)
    , m_release(release)
{
    const JsonValue &agents = config[QStringLiteral("agents")];
    const JsonValue &defaults = agents[QStringLiteral("defaults")];
    const JsonValue &models = defaults[QStringLiteral("models")];
    for (const QString &rawKey : models.keys()) {
        const auto ref = ModelRef::parse(rawKey);
        const QString key = ref ? ref->key() : rawKey.trimmed();
        m_configuredKeys.append(key);
        const JsonValue &alias = models[rawKey][QStringLiteral("alias")];
        if (alias.isString() && !alias.toString().trimmed().isEmpty())
            m_aliases.append({alias.toString().trimmed(), key});
    }
    const JsonValue &model = defaults[QStringLiteral("model")];
    m_rawPrimary = model.isString() ? model.toString() : model[QStringLiteral("primary")].toString();
    m_rawFallbacks = stringList(model[QStringLiteral("fallbacks")]);
    const JsonValue &imageModel = defaults[QStringLiteral("imageModel")];
    m_rawImagePrimary =
        imageModel.isString() ? imageModel.toString() : imageModel[QStringLiteral("primary")].toString();
    m_rawImageFallbacks = stringList(imageModel[QStringLiteral("fallbacks")]);

    const JsonValue &entries = agents[QStringLiteral("entries")];
    for (const QString &id : entries.keys()) {
        const JsonValue &entry = entries[id];
        const JsonValue &entryModel = entry[QStringLiteral("model")];
        const JsonValue &policy = entry[QStringLiteral("modelPolicy")][QStringLiteral("allow")];
        if (entryModel.isUndefined() && policy.isUndefined())
            continue;
        AgentModels agent{id,
                          entryModel.isString() ? entryModel.toString()
                                                : entryModel[QStringLiteral("primary")].toString(),
                          stringList(entryModel[QStringLiteral("fallbacks")]), std::nullopt};
        if (policy.isArray())
            agent.allow = stringList(policy);
        m_agents.append(agent);
    }

    if (release.isLegacy())
        return; // the legacy map, judged against the registry in legacyMapRestricts()
    const JsonValue &agentAllow =
        entries[QString::fromLatin1(MainAgent)][QStringLiteral("modelPolicy")][QStringLiteral("allow")];
    const JsonValue &defaultAllow = defaults[QStringLiteral("modelPolicy")][QStringLiteral("allow")];
    if (agentAllow.isArray()) {
        m_allow = stringList(agentAllow);
        m_allowSource = QStringLiteral("agents.entries.%1.modelPolicy.allow").arg(QLatin1String(MainAgent));
    } else if (defaultAllow.isArray()) {
        m_allow = stringList(defaultAllow);
        m_allowSource = QStringLiteral("agents.defaults.modelPolicy.allow");
    }
    const bool migrated =
        config[QStringLiteral("meta")][QStringLiteral("migrations")][QStringLiteral("modelPolicyAllowlist")]
            .isBool();
    if (m_allowSource.isEmpty() && !migrated && legacyMapRestricts()) {
        m_allow = m_configuredKeys; // not yet migrated: 2026.9.6 still honours the old map
        m_allowSource = QStringLiteral("agents.defaults.models");
    }
}

QString ModelSelection::defaultModelKey(const OpenClawRelease &release)
{
    return release.isLegacy() ? QString::fromLatin1(DefaultModelKey) : QStringLiteral("openai/gpt-6-astra");
}

QString ModelSelection::defaultProvider(const OpenClawRelease &release)
{
    return release.isLegacy() ? QString::fromLatin1(DefaultProvider) : QStringLiteral("openai");
}

QString ModelSelection::defaultModelNote() const
{
    if (!m_rawPrimary.trimmed().isEmpty())
        return {};
    const QString version = m_release.version.isEmpty() ? (m_release.isLegacy() ? QStringLiteral("2026.1.30")
                                                                                : QStringLiteral("2026.9.6"))
                                                        : m_release.version;
    return QStringLiteral("No default model set: OpenClaw %1 uses %2.")
        .arg(version, defaultModelKey(m_release));
}

std::optional<QString> ModelSelection::aliasTarget(const QString &alias) const
{
    const QString wanted = alias.trimmed();
    for (const Alias &entry : m_aliases) {
        if (entry.alias.compare(wanted, Qt::CaseInsensitive) == 0)
            return entry.key;
    }
    return std::nullopt;
}

QStringList ModelSelection::aliasesOf(const QString &key) const
{
    QStringList names;
    for (const Alias &entry : m_aliases) {
        if (entry.key == key)
            names.append(entry.alias);
    }
    return names;
}

std::optional<ModelRef> ModelSelection::resolveInput(const QString &input) const
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (!trimmed.contains(QLatin1Char('/'))) {
        if (const auto target = aliasTarget(trimmed))
            return ModelRef::parse(*target);
    }
    return ModelRef::parseOrDefault(trimmed, defaultProvider(m_release));
}

ModelRef ModelSelection::primary() const
{
    if (const auto ref = resolveInput(m_rawPrimary))
        return *ref;
    return *ModelRef::parse(defaultModelKey(m_release));
}

QString ModelSelection::primaryWarning() const
{
    const QString raw = m_rawPrimary.trimmed();
    if (raw.isEmpty() || raw.contains(QLatin1Char('/')) || aliasTarget(raw))
        return {};
    return QStringLiteral("Model \"%1\" specified without provider. Falling back to \"%2/%1\". Please use "
                          "\"%2/%1\" in your config.")
        .arg(elideValue(raw), defaultProvider(m_release));
}

QList<ModelRef> ModelSelection::fallbacks() const
{
    QList<ModelRef> refs;
    for (const QString &raw : m_rawFallbacks) {
        if (const auto ref = resolveInput(raw))
            refs.append(*ref);
    }
    return refs;
}

std::optional<ModelRef> ModelSelection::imagePrimary() const
{
    return m_rawImagePrimary.trimmed().isEmpty() ? std::nullopt : resolveInput(m_rawImagePrimary);
}

QList<ModelRef> ModelSelection::imageFallbacks() const
{
    QList<ModelRef> refs;
    for (const QString &raw : m_rawImageFallbacks) {
        if (const auto ref = resolveInput(raw))
            refs.append(*ref);
    }
    return refs;
}

bool ModelSelection::entryResolves(const QString &key) const
{
    const auto ref = ModelRef::parse(key);
    return ref && (m_registry.findModel(*ref) || m_registry.isConfiguredProvider(ref->provider));
}

bool ModelSelection::legacyMapRestricts() const
{
    for (const QString &key : m_configuredKeys) {
        if (entryResolves(key))
            return true;
    }
    return false;
}

bool ModelSelection::allowlistActive() const
{
    return m_release.isLegacy() ? legacyMapRestricts() : !m_allow.isEmpty();
}

bool ModelSelection::isAllowed(const ModelRef &ref) const
{
    if (!allowlistActive() || ref == primary())
        return true;
    if (m_release.isLegacy())
        return m_configuredKeys.contains(ref.key()) && entryResolves(ref.key());
    for (const QString &entry : m_allow) {
        const QString trimmed = entry.trimmed();
        if (trimmed.endsWith(QStringLiteral("/*"))) {
            if (normalizeProviderId(trimmed.chopped(2)) == ref.provider)
                return true;
        } else if (const auto allowed = ModelRef::parse(trimmed); allowed && *allowed == ref) {
            return true;
        }
    }
    return false;
}

bool ModelSelection::fallbackKept(const ModelRef &ref) const
{
    return !m_release.isLegacy() || isAllowed(ref);
}

QList<ModelRef> ModelSelection::candidates(const ModelRef &requested) const
{
    QList<ModelRef> chain{requested};
    const auto add = [&chain](const ModelRef &ref) {
        if (!chain.contains(ref))
            chain.append(ref);
    };
    for (const ModelRef &fallback : fallbacks()) {
        if (fallbackKept(fallback))
            add(fallback);
    }
    add(primary());
    return chain;
}

QStringList ModelSelection::droppedFallbacks() const
{
    QStringList dropped;
    for (const ModelRef &fallback : fallbacks()) {
        if (!fallbackKept(fallback))
            dropped.append(fallback.key());
    }
    return dropped;
}

} // namespace clawdesk
