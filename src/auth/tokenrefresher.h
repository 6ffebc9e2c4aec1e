#pragma once

#include "clock.h"
#include "minimaxoautherror.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace clawdesk {

class CredentialManager;
class MiniMaxOAuthFlow;

/**
 * @brief Keeps a MiniMax OAuth access token fresh without user action.
 *
 * Refreshes 5 minutes before expiry, or at 80 % of the lifetime for tokens that live less than 25 minutes;
 * once more on demand after a 401 (handleUnauthorized()). New tokens are persisted through the
 * CredentialManager. When the refresh token is rejected it emits loginExpired() with
 * "MiniMax login expired — sign in again", and isLoginExpired() lets the gateway fail over at once
 * instead of waiting. Network trouble is retried every 30 s until the token really expires.
 *
 * The timer is re-armed at most a minute ahead and compares against the injected Clock, so a suspended
 * laptop or a test's ManualClock (advance, then reschedule()) is handled the same way.
 */
class TokenRefresher : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 LeadMs = 5 * 60 * 1000;
    static constexpr qint64 RetryMs = 30 * 1000;
    static constexpr qint64 MaxTimerMs = 60 * 1000;

    TokenRefresher(MiniMaxOAuthFlow *flow, CredentialManager *credentials = nullptr,
                   QString profileId = QStringLiteral("minimax-portal:default"), QObject *parent = nullptr);

    void setClock(const Clock *clock) { m_clock = clock; }

    /// Arms the timer from the flow's current expiry.
    void start();
    void stop();
    /// Re-evaluates now (call after the clock jumped): refreshes if due, else re-arms.
    void reschedule();

    /// When the next automatic refresh is due (invalid when stopped or no token).
    QDateTime nextRefreshAt() const { return m_refreshAt; }
    static QDateTime refreshTimeFor(const QDateTime &obtained, const QDateTime &expires);

    /// A request got 401 (with @p rejectedToken, if known): refresh once, then retry the request when
    /// refreshed() arrives. Returns false (and emits loginExpired) when the token of a 401-triggered refresh
    /// is refused as well, so callers do not loop.
    bool handleUnauthorized(const QString &rejectedToken = QString());

    bool isRefreshing() const { return m_refreshing; }
    bool isLoginExpired() const { return m_loginExpired; }

Q_SIGNALS:
    void refreshed();
    void loginExpired(const QString &message);
    /// A transient failure; a retry is scheduled.
    void refreshDeferred(const QString &message);

private:
    void refreshNow();
    void onRefreshed();
    void onRefreshFailed(MiniMaxOAuthError code, const QString &message);
    void expire();
    void arm(qint64 dueInMs);

    QPointer<MiniMaxOAuthFlow> m_flow;
    QPointer<CredentialManager> m_credentials;
    QString m_profileId;
    const Clock *m_clock;
    QTimer m_timer;
    QDateTime m_refreshAt;
    bool m_running = false;
    bool m_refreshing = false;
    bool m_loginExpired = false;
    bool m_refreshedAfter401 = false;
};

} // namespace clawdesk
