#include "httplogging.h"

namespace clawdesk {
Q_LOGGING_CATEGORY(lcHttp, "clawdesk.gateway.http", QtWarningMsg)
} // namespace clawdesk
