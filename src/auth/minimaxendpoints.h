#pragma once

#include <QString>
#include <QUrl>

namespace clawdesk {

/// Which MiniMax deployment a sign-in talks to.
enum class MiniMaxRegion { Global, Cn };

/// @brief Hosts and constants of MiniMax's OAuth and Coding Plan APIs (sign-in, refresh, plan quota),
/// overridable for tests.
struct MiniMaxEndpoints
{
    static constexpr auto ClientId = "78257093-7e40-4613-99e0-527b14b39113";
    static constexpr auto Scope = "group_id profile model.completion";
    static constexpr auto UserCodeGrant = "urn:ietf:params:oauth:grant-type:user_code";

    /// Today's authorization host: https://account.minimax.io or https://account.minimaxi.com.
    QUrl accountBase;
    /// The API host: https://api.minimax.io or https://api.minimaxi.com (legacy OAuth pair, quota).
    QUrl apiBase;

    static MiniMaxEndpoints forRegion(MiniMaxRegion region);

    QUrl deviceCodeUrl() const { return join(accountBase, "/oauth2/device/code"); }
    QUrl tokenUrl() const { return join(accountBase, "/oauth2/token"); }
    QUrl legacyCodeUrl() const { return join(apiBase, "/oauth/code"); }
    QUrl legacyTokenUrl() const { return join(apiBase, "/oauth/token"); }
    /// The quota of today's Token Plan (what OpenClaw 2026.9 asks); the Coding Plan one is the fallback.
    QUrl tokenPlanRemainsUrl() const { return join(apiBase, "/v1/token_plan/remains"); }
    QUrl codingPlanRemainsUrl() const { return join(apiBase, "/v1/api/openplatform/coding_plan/remains"); }
    /// The Anthropic-compatible base URL written to models.providers.minimax-portal.baseUrl by default.
    QUrl anthropicBaseUrl() const { return join(apiBase, "/anthropic"); }

    static QUrl join(const QUrl &base, const char *path);
};

} // namespace clawdesk
