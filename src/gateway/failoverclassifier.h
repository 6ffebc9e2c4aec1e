#pragma once

#include "upstreamrequest.h"

#include <QString>

#include <optional>

namespace clawdesk {

/// @brief Why a candidate failed in a way that moves on to the next candidate: the failures another
/// model or provider may not share (credentials, quota, load, outages, an unknown model).
enum class FailoverReason {
    Auth,
    Billing,
    RateLimit,
    Timeout,
    Overloaded,
    ServerError,
    Connection,
    ModelNotFound
};

/// Stable name: auth, billing, rate_limit, timeout, overloaded, server_error, connection, model_not_found.
QString failoverReasonName(FailoverReason reason);

/// @brief Pure decision: is an upstream failure failover-worthy, and for which reason.
class FailoverClassifier
{
public:
    /// @p status is the upstream HTTP status (0 when no response), @p transport the transport error,
    /// @p message the upstream error text. nullopt: not failover-worthy (plain 400, user abort, …).
    static std::optional<FailoverReason> classify(int status, UpstreamError transport,
                                                  const QString &message);
    /// Text-only classification (OpenClaw's message patterns); nullopt when nothing matches.
    static std::optional<FailoverReason> classifyMessage(const QString &message);
};

} // namespace clawdesk
