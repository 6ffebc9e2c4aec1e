#pragma once

#include <QMetaType>
#include <QString>

namespace clawdesk {

/// What went wrong in a MiniMax sign-in or token refresh.
enum class MiniMaxOAuthError {
    None,
    AuthorizationFailed,     ///< step 1 (code request) failed: HTTP error or unreachable server
    IncompleteAuthorization, ///< step 1 answer lacks user_code or verification_uri
    StateMismatch,           ///< step 1 answer carries another `state`
    TokenRequestFailed,      ///< polling got a non-2xx answer
    ServerError,             ///< polling got `status: "error"` (also how a denial comes back)
    IncompleteToken,         ///< success without access_token / refresh_token / expired_in
    TimedOut,                ///< the user code expired before approval
    Cancelled,               ///< cancel() was called
    RefreshUnavailable,      ///< refresh could not reach MiniMax (transient; retried)
    LoginExpired,            ///< refresh was rejected: the user must sign in again
};

/// @brief A sign-in failure in words: the message OpenClaw's MiniMax plugin prints for the same failure
/// (so both tools read alike), plus what the user can do next.
struct MiniMaxOAuthFailure
{
    MiniMaxOAuthError code = MiniMaxOAuthError::None;
    QString message;  ///< OpenClaw's text, e.g. "MiniMax OAuth timed out waiting for authorization."
    QString nextStep; ///< one sentence telling the user what to do now

    QString userText() const { return nextStep.isEmpty() ? message : message + QLatin1Char(' ') + nextStep; }

    /// Builds the failure for @p code; @p detail is the server's own text (error body or status message),
    /// quoted where OpenClaw quotes it, e.g. "MiniMax OAuth authorization failed: <detail>".
    static MiniMaxOAuthFailure make(MiniMaxOAuthError code, const QString &detail = QString());
};

/// The text shown when the refresh token no longer works.
inline QString loginExpiredText()
{
    return QStringLiteral("MiniMax login expired — sign in again");
}

} // namespace clawdesk

Q_DECLARE_METATYPE(clawdesk::MiniMaxOAuthError)
