#pragma once

#include "chatmodel.h"
#include "failoverclassifier.h"
#include "modelinfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace clawdesk {

/// The rules one proxied request follows, as plain functions (ProxyExchange applies them).
namespace exchangepolicy {

/// The longest Retry-After the gateway waits out itself before one retry of the same candidate;
/// longer pauses move on to the next candidate instead.
constexpr int MaxQuickRetrySeconds = 2;

/// Retry-After as seconds: delta-seconds ("2", "1.5" rounds up) or an HTTP date relative to @p now;
/// nullopt when absent or unreadable. A date in the past is 0.
std::optional<int> retryAfterSeconds(const QByteArray &value, const QDateTime &now);

/// Milliseconds to wait before retrying the same candidate once, or nullopt to fail over now: only
/// for load-type failures (rate limit, overload, 5xx) whose Retry-After is at most
/// MaxQuickRetrySeconds.
std::optional<int> quickRetryDelayMs(const QByteArray &retryAfter, FailoverReason reason,
                                     const QDateTime &now);

/// What a request cost in USD: each token kind at its per-million price.
double costUsd(const ModelCost &cost, const Usage &usage);

/// True when the client's request goes to the provider as the client sent it (same api: only the
/// model changes); otherwise it is translated.
inline bool forwardsUnchanged(WireApi clientApi, WireApi providerApi)
{
    return clientApi == providerApi;
}

/// The name a request record gives the client's api: "anthropic-messages", "openai-chat",
/// "openai-responses".
QString clientApiName(WireApi api);

/// One response header value listing what translation dropped or mapped ("a; b; …"), ASCII only and
/// at most @p maxBytes long (the rest summarised as "+N more").
QByteArray degradationHeader(const QStringList &degradations, int maxBytes = 2048);

} // namespace exchangepolicy
} // namespace clawdesk
