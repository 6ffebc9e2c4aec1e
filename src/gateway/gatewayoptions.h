#pragma once

#include "clock.h"
#include "environment.h"
#include "httpserverlimits.h"

#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>

namespace clawdesk {

/// @brief Settings a gateway runs with. ClawDesk keeps them in its own settings, never in openclaw.json.
struct GatewayOptions
{
    quint16 port = 18790;
    QString bind = QStringLiteral(
        "loopback");    ///< loopback (127.0.0.1 and ::1) or an address; non-loopback needs a token
    QString token;      ///< clients must send it as Bearer or x-api-key
    QString configPath; ///< empty: discovered as OpenClaw does
    bool routeUnknownToPrimary = true; ///< unknown client model names go to the primary chain
    QStringList allowedOrigins;        ///< browser origins allowed to call the gateway

    // Additions for embedding and tests (defaults fit the app).
    std::optional<Environment> environment; ///< empty: the process environment (+ <stateDir>/.env)
    QString homeDir;                        ///< empty: the user's home (where ~/.openclaw is found)
    HttpServerLimits limits;                ///< inbound hardening limits (body 32 MiB, …)
    int upstreamConnectTimeoutMs = 10000;
    int upstreamFirstByteTimeoutMs = 300000; ///< no response byte within this → timeout (failover)
    int upstreamIdleTimeoutMs = 300000;
    int shutdownGraceMs = 5000;   ///< in-flight streams get this long on stop
    const Clock *clock = nullptr; ///< cooldown clock (tests); null: the system clock
};

} // namespace clawdesk
