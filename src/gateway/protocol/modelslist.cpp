#include "modelslist.h"

#include "jsonhelpers.h"

#include <QJsonArray>

namespace clawdesk {

static QDateTime createdOf(const ModelListEntry &m)
{
    return m.created.isValid() ? m.created.toUTC() : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
}

static QJsonObject openAIModel(const ModelListEntry &m)
{
    return QJsonObject{
        {QLatin1String("id"), m.id},
        {QLatin1String("object"), QLatin1String("model")},
        {QLatin1String("created"), createdOf(m).toSecsSinceEpoch()},
        {QLatin1String("owned_by"), m.ownedBy.isEmpty() ? QStringLiteral("clawdesk") : m.ownedBy}};
}

static QJsonObject anthropicModel(const ModelListEntry &m)
{
    return QJsonObject{{QLatin1String("type"), QLatin1String("model")},
                       {QLatin1String("id"), m.id},
                       {QLatin1String("display_name"), m.displayName.isEmpty() ? m.id : m.displayName},
                       {QLatin1String("created_at"), createdOf(m).toString(Qt::ISODate)}};
}

QByteArray encodeOpenAIModel(const ModelListEntry &model)
{
    return json::compact(openAIModel(model));
}

QByteArray encodeAnthropicModel(const ModelListEntry &model)
{
    return json::compact(anthropicModel(model));
}

QByteArray encodeOpenAIModelsList(const QList<ModelListEntry> &models)
{
    QJsonArray data;
    for (const ModelListEntry &m : models)
        data.append(openAIModel(m));
    return json::compact({{QLatin1String("object"), QLatin1String("list")}, {QLatin1String("data"), data}});
}

QByteArray encodeAnthropicModelsList(const QList<ModelListEntry> &models)
{
    QJsonArray data;
    for (const ModelListEntry &m : models)
        data.append(anthropicModel(m));
    auto idOrNull = [&](bool first) {
        if (models.isEmpty())
            return QJsonValue(QJsonValue::Null);
        return QJsonValue(first ? models.first().id : models.last().id);
    };
    return json::compact({{QLatin1String("data"), data},
                          {QLatin1String("has_more"), false},
                          {QLatin1String("first_id"), idOrNull(true)},
                          {QLatin1String("last_id"), idOrNull(false)}});
}

} // namespace clawdesk
