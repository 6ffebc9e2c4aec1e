#pragma once

#include "configsnapshot.h"
#include "httprequest.h"
#include "wireapi.h"

#include <QByteArray>

namespace clawdesk {

/// @brief The gateway's own small answers: /health, /v1/models, and which error shape a path uses.
namespace endpoints {

/// The api whose error shape a path uses: Anthropic for /v1/messages*, OpenAI elsewhere.
WireApi errorShapeFor(const QByteArray &path);
/// The client api of a chat endpoint, nullopt for other paths.
std::optional<WireApi> chatApiFor(const QByteArray &path);
/// The methods a known path accepts ("GET, HEAD" / "POST"); empty for unknown paths.
QByteArray allowedMethods(const QByteArray &path);

/// {"status":"ok","version","port","primary"}
QByteArray healthBody(const ConfigSnapshot *snapshot, quint16 port, const QString &configProblem);
/// Every model ref and alias the config allows; Anthropic's shape when @p anthropic.
QByteArray modelsBody(const ConfigSnapshot &snapshot, bool anthropic);

} // namespace endpoints
} // namespace clawdesk
