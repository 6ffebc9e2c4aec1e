#pragma once

#include "httprequest.h"

#include <QStringList>

namespace clawdesk {

/// @brief Who may talk to the gateway: the token, loopback Host names and allowed browser origins.
class GatewayAuth
{
public:
    enum class Verdict { Allowed, BadHost, BadOrigin, Unauthorized };

    /// @p checkHost: refuse non-loopback Host headers (DNS rebinding); on for loopback binds.
    static Verdict check(const HttpRequest &request, const QString &token, const QStringList &allowedOrigins,
                         bool checkHost, bool needToken);
    /// Token sent as "Authorization: Bearer <t>" or "x-api-key: <t>", compared in constant time.
    static bool hasToken(const HttpRequest &request, const QString &token);
    /// 127.0.0.1, localhost, [::1], with or without a port.
    static bool isLoopbackHost(const QByteArray &host);
    static bool isOriginAllowed(const QByteArray &origin, const QStringList &allowedOrigins);
};

} // namespace clawdesk
