#pragma once

#include "configpaths.h"
#include "environment.h"
#include "gatewayendpoint.h"

namespace clawdesk {

/// The gateway as a tool on this machine reaches it: the port of a running headless gateway, else
/// the configured one; the stored token (made on first use, as `clawdesk gateway token` does); and
/// the user's models from openclaw.json for the tool's slots.
GatewayEndpoint currentGatewayEndpoint(const ConfigPaths &paths, const Environment &env);

} // namespace clawdesk
