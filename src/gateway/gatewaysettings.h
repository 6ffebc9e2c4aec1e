#pragma once

#include "gatewayoptions.h"

class QSettings;

namespace clawdesk {

/// @brief The gateway's settings in ClawDesk's own QSettings (gateway/port, gateway/bind,
/// gateway/token), never in openclaw.json.
class GatewaySettings
{
public:
    /// Options from @p settings; a missing token is generated and stored (first use) unless
    /// @p storeToken is false (a token given on the command line is never written to disk).
    static GatewayOptions load(QSettings &settings, bool storeToken = true);
    /// The stored token, generated and saved when there is none.
    static QString ensureToken(QSettings &settings);
    /// 48 lower-case hex characters from a cryptographic random source.
    static QString generateToken();
    static bool isLoopbackBind(const QString &bind);
};

} // namespace clawdesk
