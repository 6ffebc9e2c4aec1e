#pragma once

#include "configsnapshot.h"
#include "wireapi.h"

#include <QByteArray>

#include <optional>

namespace clawdesk {

/// @brief The gateway's routes in one table, and its own small answers (/health, /v1/models).
namespace endpoints {

enum class Endpoint {
    Root,            ///< "/": the probe clients send before their first request (HEAD /)
    Health,          ///< "/health"
    Models,          ///< "/v1/models"
    Model,           ///< "/v1/models/{id}"
    CountTokens,     ///< "/v1/messages/count_tokens"
    Messages,        ///< "/v1/messages"
    ChatCompletions, ///< "/v1/chat/completions"
    Responses,       ///< "/v1/responses"
};

/// @brief One row of the route table.
struct Route
{
    Endpoint endpoint;
    const char *path;
    bool prefix;         ///< path is a prefix ("/v1/models/" + id)
    const char *methods; ///< "GET, HEAD" or "POST"
    bool needsToken;     ///< false: probes and /health answer without the gateway token
};

/// The route serving @p path, nullptr for unknown paths.
const Route *routeFor(const QByteArray &path);
/// True when @p method is one of @p route's methods.
bool allowsMethod(const Route &route, const QByteArray &method);

/// The api whose error shape a path uses: Anthropic for /v1/messages*, OpenAI elsewhere.
WireApi errorShapeFor(const QByteArray &path);
/// The client api of a chat endpoint, nullopt for other endpoints.
std::optional<WireApi> chatApiFor(Endpoint endpoint);

/// {"status":"ok","version","port","primary"}
QByteArray healthBody(const ConfigSnapshot *snapshot, quint16 port, const QString &configProblem);
/// Every model ref and alias the config allows; Anthropic's shape when @p anthropic.
QByteArray modelsBody(const ConfigSnapshot &snapshot, bool anthropic);
/// One model by its id (a ref or an alias, percent-decoded), or a name the primary chain serves when
/// @p routeUnknownToPrimary; nullopt when no model would serve it.
std::optional<QByteArray> modelBody(const ConfigSnapshot &snapshot, const QString &id, bool anthropic,
                                    bool routeUnknownToPrimary);

} // namespace endpoints
} // namespace clawdesk
