#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace clawdesk {

/// @brief One request the gateway answered, refused or lost, as the GUI's request log, the tray and
/// the usage ledger see it.
struct RequestRecord
{
    QDateTime time;
    QString clientApi; ///< "anthropic-messages" | "openai-chat" | "openai-responses" ("" off the chat paths)
    QString client;    ///< the calling tool by its user agent: "Claude Code", "Codex", "opencode", …
    QString userAgent; ///< as sent
    QString requestedModel; ///< what the client asked for
    QString servedModel;    ///< provider/model that answered ("" when none did)
    QString provider;
    int status = 0; ///< HTTP status returned to the client (499: the client went away first)
    bool streamed = false;
    QStringList attempts;     ///< "p/m: reason" for every failed candidate before the one that served
    QString failoverReason;   ///< why the last failed candidate was left ("" without failover)
    QStringList degradations; ///< what translation to the provider's api dropped or mapped
    qint64 latencyMs = 0;
    qint64 firstTokenMs = -1;
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    double costUsd = 0;
    QString error; ///< the client-visible error text, empty on success
};

} // namespace clawdesk

Q_DECLARE_METATYPE(clawdesk::RequestRecord)
