#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace clawdesk {

/// @brief One finished gateway request, as the GUI's live log, the tray and the usage ledger see it.
struct RequestRecord
{
    QDateTime time;
    QString clientApi;      ///< "anthropic-messages" | "openai-chat" | "openai-responses"
    QString requestedModel; ///< what the client asked for
    QString servedModel;    ///< provider/model that answered ("" when none did)
    QString provider;
    int status = 0; ///< HTTP status returned to the client
    bool streamed = false;
    QStringList attempts; ///< "p/m: reason" for every failed candidate before the one that served
    qint64 latencyMs = 0;
    qint64 firstTokenMs = -1;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    double costUsd = 0;
    QString error; ///< the client-visible error text, empty on success
};

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

Q_DECLARE_METATYPE(clawdesk::RequestRecord)
Q_DECLARE_METATYPE(clawdesk::FailoverEvent)
