#include "modelseditor.h"

#include <QRegularExpression>

namespace clawdesk {

namespace {

const QStringList ModelPath{QStringLiteral("agents"), QStringLiteral("defaults"), QStringLiteral("model")};
const QStringList ModelsPath{QStringLiteral("agents"), QStringLiteral("defaults"), QStringLiteral("models")};
const QStringList FallbacksPath = ModelPath + QStringList{QStringLiteral("fallbacks")};

QString invalidModel(const QString &input)
{
    return QStringLiteral("invalid model: %1")
        .arg(input.trimmed().isEmpty() ? QStringLiteral("empty") : input);
}

} // namespace

QString ModelsEditor::aliasError(const QString &alias)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_.:-]+$"));
    if (alias.trimmed().isEmpty())
        return QStringLiteral("Alias cannot be empty.");
    if (!valid.match(alias.trimmed()).hasMatch())
        return QStringLiteral("Alias must use letters, numbers, dots, underscores, colons, or dashes.");
    return {};
}

bool ModelsEditor::ensureModelObject(QString *error)
{
    const JsonValue *model = m_document.value().find(ModelPath);
    if (model && !model->isObject()) {
        // The short form `model: "p/m"` becomes `{ primary: "p/m" }` before fields are added.
        JsonValue object = JsonValue::object();
        if (model->isString())
            object.insert(QStringLiteral("primary"), *model);
        return m_document.set(ModelPath, object, error);
    }
    return true;
}

bool ModelsEditor::allowModel(Json5Document &document, const QString &key, const OpenClawRelease &release,
                              QString *error)
{
    // Both releases record a chosen model as an `agents.defaults.models` entry; 2026.9.6 leaves its
    // modelPolicy.allow alone (the primary is always allowed), so ClawDesk never writes modelPolicy.
    Q_UNUSED(release)
    if (document.contains(ModelsPath + QStringList{key}))
        return true;
    return document.set(ModelsPath + QStringList{key}, JsonValue::object(), error);
}

bool ModelsEditor::ensureAllowlisted(const QString &key, QString *error)
{
    return allowModel(m_document, key, m_selection.release(), error);
}

bool ModelsEditor::setPrimary(const QString &input, QString *key, QString *error)
{
    const auto ref = m_selection.resolveInput(input);
    if (!ref) {
        *error = invalidModel(input);
        return false;
    }
    *key = ref->key();
    return ensureModelObject(error) &&
           m_document.set(ModelPath + QStringList{QStringLiteral("primary")}, *key, error) &&
           ensureAllowlisted(*key, error);
}

bool ModelsEditor::addAlias(const QString &alias, const QString &modelInput, QString *key, QString *error)
{
    if (const QString problem = aliasError(alias); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const QString name = alias.trimmed();
    const auto ref = m_selection.resolveInput(modelInput);
    if (!ref) {
        *error = invalidModel(modelInput);
        return false;
    }
    *key = ref->key();
    if (const auto existing = m_selection.aliasTarget(name); existing && *existing != *key) {
        *error = QStringLiteral("Alias %1 already points to %2.").arg(name, *existing);
        return false;
    }
    return m_document.set(ModelsPath + QStringList{*key, QStringLiteral("alias")}, name, error);
}

QString ModelsEditor::aliasEntryKey(const QString &alias) const
{
    const JsonValue &models =
        m_document.value()[QStringLiteral("agents")][QStringLiteral("defaults")][QStringLiteral("models")];
    for (const QString &rawKey : models.keys()) {
        const JsonValue &entry = models[rawKey][QStringLiteral("alias")];
        if (entry.isString() && entry.toString().trimmed().compare(alias.trimmed(), Qt::CaseInsensitive) == 0)
            return rawKey;
    }
    return {};
}

bool ModelsEditor::removeAlias(const QString &alias, QString *error)
{
    const QString rawKey = aliasEntryKey(alias);
    if (rawKey.isNull()) {
        *error = QStringLiteral("Alias not found: %1").arg(alias.trimmed());
        return false;
    }
    return m_document.remove(ModelsPath + QStringList{rawKey, QStringLiteral("alias")}, error);
}

bool ModelsEditor::renameAlias(const QString &alias, const QString &newAlias, QString *error)
{
    if (const QString problem = aliasError(newAlias); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const QString rawKey = aliasEntryKey(alias);
    if (rawKey.isNull()) {
        *error = QStringLiteral("Alias not found: %1").arg(alias.trimmed());
        return false;
    }
    const QString name = newAlias.trimmed();
    const auto existing = m_selection.aliasTarget(name);
    const auto own = m_selection.aliasTarget(alias);
    if (existing && own && *existing != *own) {
        *error = QStringLiteral("Alias %1 already points to %2.").arg(name, *existing);
        return false;
    }
    return m_document.set(ModelsPath + QStringList{rawKey, QStringLiteral("alias")}, name, error);
}

QStringList ModelsEditor::fallbacks() const
{
    QStringList keys;
    const JsonValue *list = m_document.value().find(FallbacksPath);
    const QStringList raw = list ? [&] {
        QStringList items;
        for (const JsonValue &item : list->items())
            items.append(item.toString());
        return items;
    }()
                                 : m_selection.rawFallbacks();
    for (const QString &entry : raw) {
        const auto ref = m_selection.resolveInput(entry);
        keys.append(ref ? ref->key() : entry);
    }
    return keys;
}

bool ModelsEditor::ensureFallbackArray(QString *error)
{
    if (!ensureModelObject(error))
        return false;
    if (m_document.value().find(FallbacksPath))
        return true;
    QList<JsonValue> inherited;
    for (const QString &entry : m_selection.rawFallbacks())
        inherited.append(entry);
    return m_document.set(FallbacksPath, JsonValue::array(inherited), error);
}

bool ModelsEditor::addFallback(const QString &input, QString *error)
{
    const auto ref = m_selection.resolveInput(input);
    if (!ref) {
        *error = invalidModel(input);
        return false;
    }
    const QString key = ref->key();
    if (!ensureFallbackArray(error))
        return false;
    const QStringList current = fallbacks();
    if (!current.contains(key) && !m_document.insert(FallbacksPath, current.size(), key, error))
        return false;
    return ensureAllowlisted(key, error);
}

bool ModelsEditor::removeFallback(const QString &input, QString *error)
{
    const auto ref = m_selection.resolveInput(input);
    const QString key = ref ? ref->key() : input.trimmed();
    const QStringList current = fallbacks();
    const qsizetype index = current.indexOf(key);
    if (index < 0) {
        *error = QStringLiteral("Fallback not found: %1").arg(key);
        return false;
    }
    return ensureFallbackArray(error) &&
           m_document.remove(FallbacksPath + QStringList{QString::number(index)}, error);
}

bool ModelsEditor::moveFallback(qsizetype from, qsizetype to, QString *error)
{
    const qsizetype count = fallbacks().size();
    if (from < 0 || from >= count || to < 0 || to >= count) {
        *error = QStringLiteral("Fallback position out of range (there are %1 fallbacks).").arg(count);
        return false;
    }
    return from == to || (ensureFallbackArray(error) && m_document.move(FallbacksPath, from, to, error));
}

bool ModelsEditor::clearFallbacks(QString *error)
{
    return ensureModelObject(error) && m_document.set(FallbacksPath, JsonValue::array(), error);
}

bool ModelsEditor::setPluginEnabled(Json5Document &document, const QString &pluginId, bool enabled,
                                    QString *error)
{
    return document.set(
        {QStringLiteral("plugins"), QStringLiteral("entries"), pluginId, QStringLiteral("enabled")}, enabled,
        error);
}

} // namespace clawdesk
