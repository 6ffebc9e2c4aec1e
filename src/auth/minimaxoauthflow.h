#pragma once

#include "clock.h"
#include "minimaxendpoints.h"
#include "minimaxoautherror.h"

#include <QAbstractOAuth2>
#include <QDateTime>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace clawdesk {

/**
 * @brief MiniMax's user-code + PKCE sign-in, as OpenClaw's MiniMax plugin does it, and a real token
 * refresh (OpenClaw 2026.1.30 stores the refresh token but never uses it), on QtNetworkAuth.
 *
 * MiniMax does not redirect back to a loopback server: the app shows a code, the user approves it in
 * the browser, and the app polls the token endpoint until approval, denial or the code's deadline.
 *
 *   app                                    MiniMax (account.* or legacy api.*)           browser
 *    | grant(): verifier, S256 challenge, state                                             |
 *    |-- POST /oauth2/device/code (client_id, scope, code_challenge, state) -->|            |
 *    |   (404 / unreachable -> retry on {api}/oauth/code, legacy generation)    |            |
 *    |<-- user_code, verification_uri, expired_in, interval, state ------------|            |
 *    | check state; userCodeReady(); authorizeWithBrowser(verification_uri) ----------------->|
 *    |                                                                          |<- user enters
 *    |-- POST /oauth2/token (user_code grant, code_verifier) every interval --->|   code, Approve
 *    |<-- status: pending      (interval = min(interval x 1.5, 10 s)) ----------|            |
 *    |<-- status: success, access_token, refresh_token, expired_in ------------|            |
 *    | Granted; granted()                                                                    |
 *    |-- POST /oauth2/token (grant_type=refresh_token) before expiry -------->| refreshed() |
 *
 * `expired_in` is normalised: below 1e9 it is relative seconds, below 1e12 epoch seconds, else epoch ms.
 * Errors are reported once through failed() with OpenClaw's text and a next step; secrets never appear
 * in them or in the log.
 */
class MiniMaxOAuthFlow : public QAbstractOAuth2
{
    Q_OBJECT
    Q_PROPERTY(QDateTime expiresAt READ expiresAt NOTIFY expiresAtChanged)
    Q_PROPERTY(QUrl resourceUrl READ resourceUrl NOTIFY grantedTokensChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY failed)
public:
    /// Which pair of endpoints answered the code request.
    enum class Generation { Current, Legacy };
    Q_ENUM(Generation)

    static constexpr int DefaultIntervalMs = 2000;
    static constexpr int MaxIntervalMs = 10000;

    explicit MiniMaxOAuthFlow(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~MiniMaxOAuthFlow() override;

    void setRegion(MiniMaxRegion region);
    MiniMaxRegion region() const { return m_region; }
    /// Overrides the hosts (tests point them at a local server); setRegion() resets them.
    void setEndpoints(const MiniMaxEndpoints &endpoints) { m_endpoints = endpoints; }
    const MiniMaxEndpoints &endpoints() const { return m_endpoints; }
    void setClock(const Clock *clock) { m_clock = clock; }
    const Clock *clock() const { return m_clock; }

    /// Restores tokens from the credential store, so refreshAccessToken() works without a new sign-in.
    void restoreTokens(const QString &access, const QString &refresh, const QDateTime &expiresAt,
                       const QDateTime &obtainedAt = QDateTime());

    QDateTime expiresAt() const { return m_expiresAt; }
    /// When the current access token was received (for refresh scheduling).
    QDateTime obtainedAt() const { return m_obtainedAt; }
    QUrl resourceUrl() const { return m_resourceUrl; }
    QString notificationMessage() const { return m_notification; }
    QString userCode() const { return m_userCode; }
    QUrl verificationUri() const { return m_verificationUri; }
    QDateTime userCodeDeadline() const { return m_deadline; }
    Generation generation() const { return m_generation; }
    bool isPolling() const { return m_pollTimer.isActive() || m_reply; }
    int currentIntervalMs() const { return m_intervalMs; }
    MiniMaxOAuthFailure lastFailure() const { return m_failure; }
    QString errorString() const { return m_failure.userText(); }

    /// The polling interval after a pending answer: ×1.5, capped at 10 s.
    static int nextIntervalMs(int currentMs)
    {
        return qMin(static_cast<int>(currentMs * 1.5), MaxIntervalMs);
    }
    /// `expired_in` → absolute time: < 1e9 relative seconds, < 1e12 epoch seconds, else epoch ms.
    static QDateTime normaliseExpiry(qint64 raw, const QDateTime &now);

public Q_SLOTS:
    void grant() override;
    /// Stops polling and drops the pending sign-in; emits failed(Cancelled) if one was running.
    void cancel();
    /// grant_type=refresh_token; emits refreshed() or refreshFailed().
    void refreshAccessToken();

Q_SIGNALS:
    void userCodeReady(const QString &userCode, const QUrl &verificationUri, const QDateTime &expiresAt);
    void failed(clawdesk::MiniMaxOAuthError code, const QString &message);
    void refreshed();
    void refreshFailed(clawdesk::MiniMaxOAuthError code, const QString &message);
    void expiresAtChanged(const QDateTime &expiresAt);
    void grantedTokensChanged();

private:
    struct Answer;
    enum class Step { Idle, Code, Poll, Refresh };

    QNetworkReply *postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields);
    void requestCode();
    void onCodeAnswer(const Answer &answer);
    void schedulePoll();
    void poll();
    void onPollAnswer(const Answer &answer);
    void requestRefresh(Generation generation);
    void onRefreshAnswer(const Answer &answer, Generation generation);
    bool takeTokens(const QJsonObject &json, bool requireRefresh);
    void fail(MiniMaxOAuthError code, const QString &detail = QString());
    void stop();
    QDateTime now() const { return m_clock->now(); }

    MiniMaxRegion m_region = MiniMaxRegion::Global;
    MiniMaxEndpoints m_endpoints;
    const Clock *m_clock;
    Generation m_generation = Generation::Current;
    Step m_step = Step::Idle;
    QByteArray m_verifier;
    QString m_userCode;
    QUrl m_verificationUri;
    QDateTime m_deadline;
    int m_intervalMs = DefaultIntervalMs;
    QTimer m_pollTimer;
    QPointer<QNetworkReply> m_reply;
    QDateTime m_expiresAt;
    QDateTime m_obtainedAt;
    QUrl m_resourceUrl;
    QString m_notification;
    MiniMaxOAuthFailure m_failure;
};

} // namespace clawdesk
