#pragma once

#include "httpheaders.h"

#include <QByteArray>
#include <QHostAddress>

namespace clawdesk {

/// @brief One parsed inbound HTTP/1.x request (raw path and query, lower-case header names).
struct HttpRequest
{
    QByteArray method;    ///< verb as sent, e.g. "POST" (unknown verbs are kept; routing decides 405)
    QByteArray target;    ///< raw request-target
    QByteArray path;      ///< raw part of the target before '?', not percent-decoded
    QByteArray query;     ///< raw part after '?', without the '?'
    int versionMinor = 1; ///< HTTP/1.<versionMinor>
    HttpHeaders headers;  ///< names stored lower-case
    QByteArray body;      ///< de-chunked body
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    quint16 localPort = 0;

    /// First value of header @p name (case-insensitive), empty if absent.
    QByteArray header(const QByteArray &name) const { return headers.value(name); }
};

} // namespace clawdesk
