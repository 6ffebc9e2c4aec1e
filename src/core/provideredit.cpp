#include "provideredit.h"

namespace clawdesk {

bool ensureValue(Json5Document &document, const QStringList &path, const JsonValue &value, QString *error)
{
    const JsonValue *current = document.value().find(path);
    return (current && *current == value) || document.set(path, value, error);
}

QStringList ProvidersEditor::providerPath(const QString &id)
{
    return {QStringLiteral("models"), QStringLiteral("providers"), id};
}

bool ProvidersEditor::exists(const QString &id) const
{
    return m_document.contains(providerPath(id));
}

QStringList ProvidersEditor::modelIds(const QString &id) const
{
    QStringList ids;
    if (const JsonValue *models =
            m_document.value().find(providerPath(id) + QStringList{QStringLiteral("models")}))
        for (const JsonValue &model : models->items())
            ids.append(model[QStringLiteral("id")].toString());
    return ids;
}

bool ProvidersEditor::ensureProvider(const QString &id, const JsonValue &block, QString *error)
{
    const QStringList path = providerPath(id);
    if (!m_document.contains(path)) {
        // Create from the first missing ancestor in one edit, so the serializer sees the whole
        // block and lays it out over several lines instead of growing a one-line object.
        qsizetype existing = 0;
        while (existing < path.size() && m_document.contains(path.mid(0, existing + 1)))
            ++existing;
        JsonValue nested = block;
        for (qsizetype i = path.size() - 1; i > existing; --i) {
            JsonValue wrapper = JsonValue::object();
            wrapper.insert(path.at(i), nested);
            nested = wrapper;
        }
        return m_document.set(path.mid(0, existing + 1), nested, error);
    }
    for (const QString &field : block.keys()) {
        if (field == u"models") {
            if (!m_document.contains(path + QStringList{field}) &&
                !m_document.set(path + QStringList{field}, block[field], error))
                return false;
            continue;
        }
        if (!ensureValue(m_document, path + QStringList{field}, block[field], error))
            return false;
    }
    return true;
}

bool ProvidersEditor::mergeModels(const QString &id, const JsonValue &models, QString *error)
{
    const QStringList modelsPath = providerPath(id) + QStringList{QStringLiteral("models")};
    if (!m_document.contains(modelsPath))
        return m_document.set(modelsPath, models, error);
    QStringList have = modelIds(id);
    for (const JsonValue &model : models.items()) {
        const QString modelId = model[QStringLiteral("id")].toString();
        if (have.contains(modelId))
            continue;
        if (!m_document.insert(modelsPath, have.size(), model, error))
            return false;
        have.append(modelId);
    }
    return true;
}

bool ProvidersEditor::addModelIds(const QString &id, const QStringList &ids, QString *error)
{
    QList<JsonValue> models;
    for (const QString &modelId : ids) {
        JsonValue model = JsonValue::object();
        model.insert(QStringLiteral("id"), modelId);
        model.insert(QStringLiteral("name"), modelId);
        models.append(model);
    }
    return mergeModels(id, JsonValue::array(models), error);
}

bool ProvidersEditor::setConnection(const QString &id, const QString &baseUrl, const QString &api,
                                    QString *error)
{
    const QStringList path = providerPath(id);
    if (!m_document.set(path + QStringList{QStringLiteral("baseUrl")}, baseUrl, error))
        return false;
    if (!api.isEmpty() && !m_document.set(path + QStringList{QStringLiteral("api")}, api, error))
        return false;
    const QStringList modelsPath = path + QStringList{QStringLiteral("models")};
    return m_document.contains(modelsPath) || m_document.set(modelsPath, JsonValue::array(), error);
}

bool ProvidersEditor::dropPlaceholderKey(const QString &id, const QString &placeholder, QString *error)
{
    const QStringList keyPath = providerPath(id) + QStringList{QStringLiteral("apiKey")};
    const JsonValue *key = m_document.value().find(keyPath);
    return !(key && key->isString() && key->toString() == placeholder) || m_document.remove(keyPath, error);
}

} // namespace clawdesk
