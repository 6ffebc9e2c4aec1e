#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace clawdesk::test {

/**
 * @brief A fake MiniMax authorization server on 127.0.0.1 (port 0) for the OAuth and quota tests.
 *
 * Serves both endpoint generations on one host: `/oauth2/device/code` + `/oauth2/token` and the legacy
 * `/oauth/code` + `/oauth/token`, a plain-HTML verification page at `/verify` (enter the code, Approve or
 * Deny; works in Chromium), `/v1/token_plan/remains` and `/v1/api/openplatform/coding_plan/remains`. It
 * checks client_id, scope, the PKCE S256 pair and state, and records every request with its arrival time so
 * tests can look at the polling rhythm. Plain HTTP/1.1 with `Connection: close`.
 */
class FakeMiniMaxAuth : public QObject
{
    Q_OBJECT
public:
    enum class StateMode { Echo, Mismatch };
    enum class CodePayload { Complete, MissingUserCode, ErrorOnly };
    enum class TokenPayload { Complete, MissingRefresh };
    enum class ExpiryStyle { RelativeSeconds, EpochSeconds, EpochMs };
    enum class Decision { Pending, Approved, Denied };
    enum class QuotaShape { Counts, Percent, NoPlan, ServerError, InvalidJson, Unsupported };
    /// What `/v1/token_plan/remains` answers: nothing (404, an account or host before Token Plans), a
    /// Token Plan with both windows, one whose weekly window is marked absent, or "no such plan".
    enum class TokenPlan { NotFound, BothWindows, NoWeekly, NoPlan };
    Q_ENUM(StateMode)
    Q_ENUM(TokenPlan)
    Q_ENUM(CodePayload)
    Q_ENUM(TokenPayload)
    Q_ENUM(ExpiryStyle)
    Q_ENUM(Decision)
    Q_ENUM(QuotaShape)

    struct Request
    {
        QByteArray method;
        QString path;
        QMap<QString, QString> form;           ///< decoded form body (POST) or query (GET)
        QHash<QByteArray, QByteArray> headers; ///< lower-case names
        qint64 elapsedMs = 0;                  ///< since start()
    };

    explicit FakeMiniMaxAuth(QObject *parent = nullptr);
    ~FakeMiniMaxAuth() override;

    bool start();
    QUrl baseUrl() const;
    QUrl verificationUrl() const;

    // --- behaviour knobs (set before the flow runs) ---
    bool currentEndpoints = true; ///< false: /oauth2/* answer 404 (forces the legacy fallback)
    bool legacyEndpoints = true;
    int intervalMs = 20; ///< sent as `interval`; 0 = omitted
    qint64 codeLifetimeSec = 600;
    ExpiryStyle codeExpiry = ExpiryStyle::EpochMs;
    qint64 tokenLifetimeSec = 3600;
    ExpiryStyle tokenExpiry = ExpiryStyle::RelativeSeconds;
    StateMode stateMode = StateMode::Echo;
    CodePayload codePayload = CodePayload::Complete;
    TokenPayload tokenPayload = TokenPayload::Complete;
    int codeHttpError = 0;      ///< non-zero: the code request answers this status
    int tokenHttpError = 0;     ///< non-zero: polls answer this status with base_resp
    int approveAfterPolls = -1; ///< >= 0: approve by itself after that many pending answers (slow user)
    QString resourceUrl;        ///< sent as resource_url when set
    QuotaShape quotaShape = QuotaShape::Percent;
    TokenPlan tokenPlan = TokenPlan::NotFound;

    // --- actions ---
    void approve() { m_decision = Decision::Approved; }
    void deny() { m_decision = Decision::Denied; }
    void revokeRefreshToken() { m_refreshRevoked = true; }
    /// The current access token stops working (as if expired server-side); the refresh token still works.
    void invalidateAccessToken() { m_accessValid = false; }

    // --- observation ---
    QList<Request> requests() const { return m_requests; }
    QList<Request> requestsTo(const QString &path) const;
    QStringList violations() const { return m_violations; } ///< protocol checks that failed
    QString userCode() const { return m_userCode; }
    Decision decision() const { return m_decision; }
    QString accessToken() const { return m_access; }
    QString refreshToken() const { return m_refresh; }
    int refreshCount() const { return m_refreshCount; }

Q_SIGNALS:
    void requestReceived(const clawdesk::test::FakeMiniMaxAuth::Request &request);

private:
    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    Response route(const Request &request);
    Response deviceCode(const Request &request);
    Response token(const Request &request);
    Response userCodeGrant(const Request &request);
    Response refreshGrant(const Request &request);
    Response verifyPage(const Request &request);
    Response remains(const Request &request);
    Response tokenPlanRemains(const Request &request);
    void issueTokens();
    qint64 encodeExpiry(qint64 lifetimeSec, ExpiryStyle style) const;
    void violation(const QString &what) { m_violations.append(what); }

    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QElapsedTimer m_clock;
    QList<Request> m_requests;
    QStringList m_violations;

    QString m_userCode;
    QString m_challenge;
    QDateTime m_codeDeadline;
    Decision m_decision = Decision::Pending;
    int m_pendingPolls = 0;
    QString m_access;
    QString m_refresh;
    bool m_accessValid = false;
    bool m_refreshRevoked = false;
    int m_tokenSerial = 0;
    int m_refreshCount = 0;
};

} // namespace clawdesk::test
