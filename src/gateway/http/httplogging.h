#pragma once

#include <QLoggingCategory>

namespace clawdesk {
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
} // namespace clawdesk
