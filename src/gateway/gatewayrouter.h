#pragma once

#include "codec.h"
#include "configsnapshot.h"
#include "modelref.h"

#include <QList>
#include <QString>

#include <optional>

namespace clawdesk {

/// @brief One model the gateway may try for a request, with everything needed to call it.
struct RouteCandidate
{
    ModelRef ref;
    bool resolvable = false; ///< false: the registry does not know it (the attempt fails as unknown model)
    WireApi api = WireApi::OpenAIChat;
    QString apiName; ///< the config's api value
    UpstreamTarget target;
    QString cooldownKey; ///< provider + a fingerprint of its credential (never the key itself)
    ModelCost cost;
};

/// @brief What the router decided for a requested model name.
struct RouteDecision
{
    QList<RouteCandidate> candidates; ///< empty: unknown model and routing to the primary is off
    bool routedToPrimary = false;     ///< the name did not resolve and went to the primary chain
    QString error;                    ///< "Unknown model: …" when candidates is empty
};

/// @brief Which models may serve a requested name, in order: a model ref or an alias resolves to that
/// model, an invented name (a client's own default) to the primary; the fallbacks follow.
class GatewayRouter
{
public:
    static RouteDecision route(const ConfigSnapshot &snapshot, const QString &requested,
                               bool routeUnknownToPrimary);
    /// The resolved candidate for @p ref (resolvable=false when the registry cannot resolve it).
    static RouteCandidate candidateFor(const ConfigSnapshot &snapshot, const ModelRef &ref);
    /// True when @p ref resolves and is usable: allowed, and its provider is configured or has a key.
    static bool isServable(const ConfigSnapshot &snapshot, const ModelRef &ref);
    /// True when @p baseUrl is this gateway itself (a loopback host on @p ownPort): forwarding there
    /// would loop, as after `clawdesk connect openclaw` when `clawdesk/…` is made the primary model.
    static bool pointsAtGateway(const QString &baseUrl, quint16 ownPort);
    /// Removes the candidates that point at this gateway; when none is left, sets the decision's error.
    static void dropSelfLoops(RouteDecision &decision, quint16 ownPort);
};

} // namespace clawdesk
