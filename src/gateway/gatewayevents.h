#pragma once

#include "requestrecord.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace clawdesk {

/// @brief The gateway moved to another candidate (failover) or back to the primary (recovery).
struct FailoverEvent
{
    QDateTime time;
    QString requestedModel;
    QString fromModel;
    QString toModel;
    QString
        reason; ///< auth, billing, rate_limit, timeout, overloaded, server_error, connection, model_not_found
    bool recovery = false;
};

} // namespace clawdesk

Q_DECLARE_METATYPE(clawdesk::FailoverEvent)
