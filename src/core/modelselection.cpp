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

ModelSelection::ModelSelection(const JsonValue &config, const ModelRegistry &registry)
    : m_registry(registry)
{
    const JsonValue &defaults = config[QStringLiteral("agents")][QStringLiteral("defaults")];
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
    return ModelRef::parseOrDefault(trimmed);
}

ModelRef ModelSelection::primary() const
{
    if (const auto ref = resolveInput(m_rawPrimary))
        return *ref;
    return *ModelRef::parse(QString::fromLatin1(DefaultModelKey));
}

QString ModelSelection::primaryWarning() const
{
    const QString raw = m_rawPrimary.trimmed();
    if (raw.isEmpty() || raw.contains(QLatin1Char('/')) || aliasTarget(raw))
        return {};
    return QStringLiteral(
               "Model \"%1\" specified without provider. Falling back to \"anthropic/%1\". Please use "
               "\"anthropic/%1\" in your config.")
        .arg(elideValue(raw));
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

bool ModelSelection::allowlistActive() const
{
    for (const QString &key : m_configuredKeys) {
        if (entryResolves(key))
            return true;
    }
    return false;
}

bool ModelSelection::isAllowed(const ModelRef &ref) const
{
    if (!allowlistActive() || ref == primary())
        return true;
    return m_configuredKeys.contains(ref.key()) && entryResolves(ref.key());
}

QList<ModelRef> ModelSelection::candidates(const ModelRef &requested) const
{
    QList<ModelRef> chain{requested};
    const auto add = [&chain](const ModelRef &ref) {
        if (!chain.contains(ref))
            chain.append(ref);
    };
    for (const ModelRef &fallback : fallbacks()) {
        if (isAllowed(fallback))
            add(fallback);
    }
    add(primary());
    return chain;
}

QStringList ModelSelection::droppedFallbacks() const
{
    QStringList dropped;
    for (const ModelRef &fallback : fallbacks()) {
        if (!isAllowed(fallback))
            dropped.append(fallback.key());
    }
    return dropped;
}

} // namespace clawdesk
