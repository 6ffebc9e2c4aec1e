#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace clawdesk {

/// @brief One outbound request to a model provider, as UpstreamClient::send() takes it.
struct UpstreamRequest
{
    QByteArray method = "POST";
    QUrl url;
    /// Sent as given. Accept-Encoding is left to the caller: none means the body arrives uncompressed,
    /// which SSE needs (no buffering by a decompressor).
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int connectTimeoutMs = 10000;
    int firstByteTimeoutMs = 300000; ///< from send() to the first response byte
    int idleTimeoutMs = 300000;      ///< longest silence once the response has started
    int totalTimeoutMs = 0;          ///< 0: none
    /// A response that is not an event stream may be at most this large (0: no limit).
    qint64 maxBodyBytes = 64LL * 1024 * 1024;
    /// One Server-Sent Event may be at most this large, so an upstream that never ends an event
    /// cannot make the gateway buffer without bound (0: no limit).
    qint64 maxEventBytes = 16LL * 1024 * 1024;
};

/// @brief Why an UpstreamCall failed.
enum class UpstreamError {
    None,
    ConnectionRefused,
    ConnectionReset,
    Timeout,
    Tls,
    HostNotFound,
    Aborted,
    TooLarge, ///< the response (or one event) passed maxBodyBytes / maxEventBytes
    Other
};

/// Stable name of @p error for logs and the usage ledger ("timeout").
QString upstreamErrorName(UpstreamError error);

} // namespace clawdesk
