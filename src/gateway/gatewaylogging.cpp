#include "gatewaylogging.h"

Q_LOGGING_CATEGORY(lcGateway, "clawdesk.gateway", QtInfoMsg)
