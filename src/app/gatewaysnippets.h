#pragma once

#include <QString>

namespace clawdesk {

/// @brief Ready-to-paste client setups for the local gateway (Gateway page).
struct GatewaySnippets
{
    static QString baseUrl(int port);
    static QString claudeCode(int port, const QString &token);
    static QString openAiCompatible(int port, const QString &token);
    static QString openClaw(int port, const QString &token);
    static QString curl(int port, const QString &token, const QString &model);
};

} // namespace clawdesk
