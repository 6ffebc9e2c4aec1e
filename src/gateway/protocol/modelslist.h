#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace clawdesk {

/// @brief One entry of a /v1/models answer.
struct ModelListEntry
{
    QString id;
    QString displayName; ///< Anthropic display_name (id when empty)
    QString ownedBy;     ///< OpenAI owned_by (e.g. the provider key)
    QDateTime created;   ///< invalid → epoch 0
};

/// OpenAI {"object":"list","data":[{"id","object":"model","created","owned_by"}]}
QByteArray encodeOpenAIModelsList(const QList<ModelListEntry> &models);
/// Anthropic
/// {"data":[{"type":"model","id","display_name","created_at"}],"has_more":false,"first_id","last_id"}
QByteArray encodeAnthropicModelsList(const QList<ModelListEntry> &models);

/// One model as GET /v1/models/{id} answers it: OpenAI {"id","object":"model","created","owned_by"}.
QByteArray encodeOpenAIModel(const ModelListEntry &model);
/// Anthropic {"type":"model","id","display_name","created_at"}.
QByteArray encodeAnthropicModel(const ModelListEntry &model);

} // namespace clawdesk
