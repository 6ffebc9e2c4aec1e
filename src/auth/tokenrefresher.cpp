#include "tokenrefresher.h"

#include "credentialmanager.h"
#include "minimaxoauthflow.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcMiniMaxOAuth)

namespace clawdesk {

TokenRefresher::TokenRefresher(MiniMaxOAuthFlow *flow, CredentialManager *credentials, QString profileId,
                               QObject *parent)
    : QObject(parent)
    , m_flow(flow)
    , m_credentials(credentials)
    , m_profileId(std::move(profileId))
    , m_clock(flow ? flow->clock() : Clock::system())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TokenRefresher::reschedule);
    connect(flow, &MiniMaxOAuthFlow::refreshed, this, &TokenRefresher::onRefreshed);
    connect(flow, &MiniMaxOAuthFlow::refreshFailed, this, &TokenRefresher::onRefreshFailed);
    // A fresh interactive sign-in clears an expired state and re-arms.
    connect(flow, &QAbstractOAuth::granted, this, [this] {
        if (!m_refreshing && m_running) {
            m_loginExpired = false;
            m_refreshedAfter401 = false;
            m_refreshAt = QDateTime();
            reschedule();
        }
    });
}

QDateTime TokenRefresher::refreshTimeFor(const QDateTime &obtained, const QDateTime &expires)
{
    if (!expires.isValid())
        return QDateTime();
    const qint64 lifetime = obtained.isValid() ? obtained.msecsTo(expires) : LeadMs * 5;
    // Short-lived tokens: refresh at 80 % of their life instead of 5 minutes before the end.
    const qint64 lead = qMin(LeadMs, qMax<qint64>(0, lifetime / 5));
    return expires.addMSecs(-lead);
}

void TokenRefresher::start()
{
    m_running = true;
    m_loginExpired = false;
    reschedule();
}

void TokenRefresher::stop()
{
    m_running = false;
    m_timer.stop();
    m_refreshAt = QDateTime();
}

void TokenRefresher::reschedule()
{
    if (!m_running || !m_flow || m_refreshing)
        return;
    if (m_flow->refreshToken().isEmpty() || !m_flow->expiresAt().isValid()) {
        m_refreshAt = QDateTime();
        m_timer.stop();
        return;
    }
    if (!m_refreshAt.isValid() || m_refreshAt > m_flow->expiresAt())
        m_refreshAt = refreshTimeFor(m_flow->obtainedAt(), m_flow->expiresAt());
    const qint64 due = m_clock->now().msecsTo(m_refreshAt);
    if (due <= 0) {
        m_refreshedAfter401 = false;
        return refreshNow();
    }
    arm(due);
}

void TokenRefresher::arm(qint64 dueInMs)
{
    m_timer.start(static_cast<int>(qBound<qint64>(0, dueInMs, MaxTimerMs)));
}

bool TokenRefresher::handleUnauthorized(const QString &rejectedToken)
{
    if (!m_flow || m_loginExpired)
        return false;
    if (!rejectedToken.isEmpty() && rejectedToken != m_flow->token())
        return true; // an older token was refused; the current one is already newer: just retry
    if (m_refreshing)
        return true; // the running refresh will answer
    if (m_refreshedAfter401) {
        // The token from the last 401-triggered refresh is refused too: refreshing again would loop.
        expire();
        return false;
    }
    m_refreshedAfter401 = true;
    refreshNow();
    return true;
}

void TokenRefresher::refreshNow()
{
    if (!m_flow || m_refreshing)
        return;
    m_timer.stop();
    m_refreshing = true;
    m_flow->refreshAccessToken();
}

void TokenRefresher::onRefreshed()
{
    m_refreshing = false;
    m_loginExpired = false;
    m_refreshAt = refreshTimeFor(m_flow->obtainedAt(), m_flow->expiresAt());
    if (m_credentials) {
        const Credential c = Credential::oauth(QStringLiteral("minimax-portal"), m_flow->token(),
                                               m_flow->refreshToken(), m_flow->expiresAt());
        m_credentials->save(m_profileId, c, [](bool ok, const QString &error) {
            if (!ok)
                qCWarning(lcMiniMaxOAuth).noquote()
                    << "could not store the refreshed MiniMax login:" << error;
        });
    }
    emit refreshed();
    if (m_running)
        arm(m_clock->now().msecsTo(m_refreshAt));
}

void TokenRefresher::onRefreshFailed(MiniMaxOAuthError code, const QString &message)
{
    m_refreshing = false;
    if (code == MiniMaxOAuthError::RefreshUnavailable && m_flow && m_clock->now() < m_flow->expiresAt()) {
        emit refreshDeferred(message);
        if (m_running)
            arm(RetryMs);
        return;
    }
    expire();
}

void TokenRefresher::expire()
{
    m_timer.stop();
    m_refreshAt = QDateTime();
    if (m_loginExpired)
        return;
    m_loginExpired = true;
    emit loginExpired(loginExpiredText());
}

} // namespace clawdesk
