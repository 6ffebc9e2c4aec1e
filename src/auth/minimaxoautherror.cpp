#include "minimaxoautherror.h"

namespace clawdesk {

namespace {
const QString kPortalHint =
    QStringLiteral("If OAuth fails, verify your MiniMax account has portal access and try again.");
}

MiniMaxOAuthFailure MiniMaxOAuthFailure::make(MiniMaxOAuthError code, const QString &detail)
{
    MiniMaxOAuthFailure f;
    f.code = code;
    switch (code) {
    case MiniMaxOAuthError::None:
        break;
    case MiniMaxOAuthError::AuthorizationFailed:
        f.message = QStringLiteral("MiniMax OAuth authorization failed: %1").arg(detail);
        f.nextStep = QStringLiteral("Check your internet connection and the selected region (Global or CN), "
                                    "then sign in again.");
        break;
    case MiniMaxOAuthError::IncompleteAuthorization:
        f.message = detail.isEmpty()
                        ? QStringLiteral("MiniMax OAuth authorization returned an incomplete payload "
                                         "(missing user_code or verification_uri).")
                        : QStringLiteral("MiniMax OAuth authorization failed: %1").arg(detail);
        f.nextStep = QStringLiteral("Try again in a few minutes, or sign in with a MiniMax API key instead.");
        break;
    case MiniMaxOAuthError::StateMismatch:
        f.message =
            QStringLiteral("MiniMax OAuth state mismatch: possible CSRF attack or session corruption.");
        f.nextStep = QStringLiteral("Start the sign-in again; if this repeats, check for a proxy that alters "
                                    "your traffic.");
        break;
    case MiniMaxOAuthError::TokenRequestFailed:
        f.message = QStringLiteral("MiniMax OAuth failed: %1").arg(detail);
        f.nextStep = kPortalHint;
        break;
    case MiniMaxOAuthError::ServerError:
        f.message = QStringLiteral("MiniMax OAuth failed: An error occurred. Please try again later");
        f.nextStep = QStringLiteral("If you chose Deny in the browser, sign in again and choose Approve. ") +
                     kPortalHint;
        break;
    case MiniMaxOAuthError::IncompleteToken:
        f.message = QStringLiteral("MiniMax OAuth failed: MiniMax OAuth returned incomplete token payload.");
        f.nextStep = QStringLiteral("Sign in again; if it keeps happening, use a MiniMax API key instead.");
        break;
    case MiniMaxOAuthError::TimedOut:
        f.message = QStringLiteral("MiniMax OAuth timed out waiting for authorization.");
        f.nextStep =
            QStringLiteral("Sign in again and approve the request in your browser before the code expires.");
        break;
    case MiniMaxOAuthError::Cancelled:
        f.message = QStringLiteral("MiniMax sign-in was cancelled.");
        f.nextStep = QStringLiteral("Start it again whenever you are ready.");
        break;
    case MiniMaxOAuthError::RefreshUnavailable:
        f.message = QStringLiteral("Could not reach MiniMax to renew the login: %1").arg(detail);
        f.nextStep = QStringLiteral("ClawDesk retries automatically; check your internet connection.");
        break;
    case MiniMaxOAuthError::LoginExpired:
        f.message = loginExpiredText();
        f.nextStep =
            QStringLiteral("Open Providers → MiniMax and choose Sign in. Until then requests go to your "
                           "fallback models.");
        break;
    }
    return f;
}

} // namespace clawdesk
