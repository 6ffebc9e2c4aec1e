#include "minimaxoauthflow.h"

#include "pkce.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

Q_LOGGING_CATEGORY(lcMiniMaxOAuth, "clawdesk.auth.minimax")

namespace clawdesk {

namespace {
constexpr int kRequestTimeoutMs = 15000;
constexpr qint64 kDefaultCodeLifetimeSec = 600;

// Server text quoted in an error message: short, single line (never a token: only error answers are quoted).
QString quoteServerText(const QByteArray &body, const QString &fallback)
{
    QString text = QString::fromUtf8(body).simplified();
    if (text.isEmpty())
        return fallback;
    if (text.size() > 200)
        text = text.left(200) + QStringLiteral("…");
    return text;
}

qint64 jsonInt(const QJsonValue &v)
{
    if (v.isDouble())
        return static_cast<qint64>(v.toDouble());
    if (v.isString())
        return v.toString().toLongLong();
    return 0;
}
} // namespace

struct MiniMaxOAuthFlow::Answer
{
    int httpStatus = 0;   // 0 = no HTTP answer at all
    bool reached = false; // false: connection refused, DNS, timeout …
    QString networkError;
    QString reasonPhrase;
    QByteArray body;
    QJsonObject json;
    bool jsonObject = false;

    static Answer from(QNetworkReply *reply)
    {
        Answer a;
        a.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.reached = a.httpStatus != 0;
        a.networkError = reply->errorString();
        a.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        a.body = reply->readAll();
        const QJsonDocument doc = QJsonDocument::fromJson(a.body);
        a.jsonObject = doc.isObject();
        a.json = doc.object();
        return a;
    }
    bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
    // The newer endpoint is missing (404) or not reachable: worth trying the legacy pair.
    bool wantsLegacy() const { return !reached || httpStatus == 404; }
    QString errorDetail() const
    {
        const QString msg =
            json.value(QLatin1String("base_resp")).toObject().value(QLatin1String("status_msg")).toString();
        if (!msg.isEmpty())
            return msg;
        if (!reached)
            return networkError;
        return quoteServerText(body, reasonPhrase.isEmpty() ? QStringLiteral("HTTP %1").arg(httpStatus)
                                                            : reasonPhrase);
    }
};

MiniMaxOAuthFlow::MiniMaxOAuthFlow(QNetworkAccessManager *nam, QObject *parent)
    : QAbstractOAuth2(nam, parent)
    , m_endpoints(MiniMaxEndpoints::forRegion(MiniMaxRegion::Global))
    , m_clock(Clock::system())
{
    qRegisterMetaType<clawdesk::MiniMaxOAuthError>();
    setClientIdentifier(QString::fromLatin1(MiniMaxEndpoints::ClientId));
    setScope(QString::fromLatin1(MiniMaxEndpoints::Scope));
    setContentType(ContentType::WwwFormUrlEncoded);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &MiniMaxOAuthFlow::poll);
}

MiniMaxOAuthFlow::~MiniMaxOAuthFlow()
{
    stop();
}

void MiniMaxOAuthFlow::setRegion(MiniMaxRegion region)
{
    m_region = region;
    m_endpoints = MiniMaxEndpoints::forRegion(region);
}

void MiniMaxOAuthFlow::restoreTokens(const QString &access, const QString &refresh,
                                     const QDateTime &expiresAt, const QDateTime &obtainedAt)
{
    setToken(access);
    setRefreshToken(refresh);
    m_expiresAt = expiresAt;
    m_obtainedAt = obtainedAt; // unknown for a stored token: refresh then uses the 5-minute lead
    setStatus(access.isEmpty() ? Status::NotAuthenticated : Status::Granted);
    emit expiresAtChanged(m_expiresAt);
}

QDateTime MiniMaxOAuthFlow::normaliseExpiry(qint64 raw, const QDateTime &now)
{
    if (raw < 1000000000LL)
        return now.addSecs(raw);
    if (raw < 1000000000000LL)
        return QDateTime::fromSecsSinceEpoch(raw, Qt::UTC);
    return QDateTime::fromMSecsSinceEpoch(raw, Qt::UTC);
}

QNetworkReply *MiniMaxOAuthFlow::postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields)
{
    // Built by hand: QUrlQuery leaves '+' unencoded, which a form decoder reads as a space.
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("x-request-id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    request.setTransferTimeout(kRequestTimeoutMs);
    return networkAccessManager()->post(request, body);
}

void MiniMaxOAuthFlow::grant()
{
    stop();
    m_failure = {};
    m_generation = Generation::Current;
    m_verifier = pkce::generateVerifier();
    setState(QString::fromLatin1(pkce::generateState()));
    m_userCode.clear();
    m_verificationUri.clear();
    setStatus(Status::NotAuthenticated);
    requestCode();
}

void MiniMaxOAuthFlow::requestCode()
{
    m_step = Step::Code;
    const QUrl url =
        m_generation == Generation::Current ? m_endpoints.deviceCodeUrl() : m_endpoints.legacyCodeUrl();
    QNetworkReply *reply = postForm(
        url, {
                 {QStringLiteral("response_type"), QStringLiteral("code")},
                 {QStringLiteral("client_id"), clientIdentifier()},
                 {QStringLiteral("scope"), scope()},
                 {QStringLiteral("code_challenge"), QString::fromLatin1(pkce::challengeS256(m_verifier))},
                 {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
                 {QStringLiteral("state"), state()},
             });
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_reply != reply)
            return; // cancelled or superseded
        m_reply = nullptr;
        onCodeAnswer(Answer::from(reply));
    });
}

void MiniMaxOAuthFlow::onCodeAnswer(const Answer &answer)
{
    if (m_generation == Generation::Current && answer.wantsLegacy()) {
        qCInfo(lcMiniMaxOAuth) << "device-code endpoint unavailable (HTTP" << answer.httpStatus
                               << "), falling back to the legacy /oauth/code endpoint";
        m_generation = Generation::Legacy;
        requestCode();
        return;
    }
    if (!answer.ok())
        return fail(MiniMaxOAuthError::AuthorizationFailed, answer.errorDetail());
    if (!answer.jsonObject)
        return fail(MiniMaxOAuthError::AuthorizationFailed, QStringLiteral("invalid JSON answer"));

    const QJsonObject &json = answer.json;
    const QString userCode = json.value(QLatin1String("user_code")).toString();
    const QString uri = json.value(QLatin1String("verification_uri")).toString();
    if (userCode.isEmpty() || uri.isEmpty())
        return fail(MiniMaxOAuthError::IncompleteAuthorization,
                    json.value(QLatin1String("error")).toString());
    if (json.value(QLatin1String("state")).toString() != state())
        return fail(MiniMaxOAuthError::StateMismatch);

    m_userCode = userCode;
    m_verificationUri = QUrl(uri);
    const qint64 expiredIn = jsonInt(json.value(QLatin1String("expired_in")));
    m_deadline = normaliseExpiry(expiredIn > 0 ? expiredIn : kDefaultCodeLifetimeSec, now());
    const qint64 interval = jsonInt(json.value(QLatin1String("interval")));
    m_intervalMs = interval > 0 ? static_cast<int>(qMin<qint64>(interval, MaxIntervalMs)) : DefaultIntervalMs;

    setStatus(Status::TemporaryCredentialsReceived);
    emit userCodeReady(m_userCode, m_verificationUri, m_deadline);
    emit authorizeWithBrowser(m_verificationUri);
    schedulePoll();
}

void MiniMaxOAuthFlow::schedulePoll()
{
    m_step = Step::Poll;
    m_pollTimer.start(m_intervalMs);
}

void MiniMaxOAuthFlow::poll()
{
    if (now() >= m_deadline)
        return fail(MiniMaxOAuthError::TimedOut);
    const QUrl url =
        m_generation == Generation::Current ? m_endpoints.tokenUrl() : m_endpoints.legacyTokenUrl();
    QNetworkReply *reply = postForm(
        url, {
                 {QStringLiteral("grant_type"), QString::fromLatin1(MiniMaxEndpoints::UserCodeGrant)},
                 {QStringLiteral("client_id"), clientIdentifier()},
                 {QStringLiteral("user_code"), m_userCode},
                 {QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier)},
             });
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (m_reply != reply)
            return;
        m_reply = nullptr;
        onPollAnswer(Answer::from(reply));
    });
}

void MiniMaxOAuthFlow::onPollAnswer(const Answer &answer)
{
    if (!answer.ok())
        return fail(MiniMaxOAuthError::TokenRequestFailed, answer.errorDetail());
    if (!answer.jsonObject)
        return fail(MiniMaxOAuthError::TokenRequestFailed,
                    quoteServerText(answer.body, QStringLiteral("empty answer")));
    const QString status = answer.json.value(QLatin1String("status")).toString();
    if (status == QLatin1String("error"))
        return fail(MiniMaxOAuthError::ServerError);
    if (status != QLatin1String("success")) {
        // "current user code is not authorized" yet: back off and ask again.
        m_intervalMs = nextIntervalMs(m_intervalMs);
        return schedulePoll();
    }
    if (!takeTokens(answer.json, true))
        return fail(MiniMaxOAuthError::IncompleteToken);
    m_step = Step::Idle;
    m_verifier.clear();
    setStatus(Status::Granted);
    emit granted();
}

bool MiniMaxOAuthFlow::takeTokens(const QJsonObject &json, bool requireRefresh)
{
    const QString access = json.value(QLatin1String("access_token")).toString();
    const QString refresh = json.value(QLatin1String("refresh_token")).toString();
    const qint64 expiredIn = jsonInt(json.value(QLatin1String("expired_in")));
    if (access.isEmpty() || (requireRefresh && refresh.isEmpty()) || expiredIn <= 0)
        return false;
    m_obtainedAt = now();
    m_expiresAt = normaliseExpiry(expiredIn, m_obtainedAt);
    const QString resource = json.value(QLatin1String("resource_url")).toString();
    if (!resource.isEmpty())
        m_resourceUrl = QUrl(resource);
    m_notification = json.value(QLatin1String("notification_message")).toString();
    setToken(access);
    if (!refresh.isEmpty())
        setRefreshToken(refresh); // servers that do not rotate keep the old refresh token valid
    emit expiresAtChanged(m_expiresAt);
    emit grantedTokensChanged();
    return true;
}

void MiniMaxOAuthFlow::refreshAccessToken()
{
    if (m_step == Step::Refresh)
        return; // one refresh at a time; the running one reports
    if (m_step == Step::Code || m_step == Step::Poll) {
        // An interactive sign-in is running and will bring fresh tokens; do not abort it.
        const auto failure = MiniMaxOAuthFailure::make(MiniMaxOAuthError::RefreshUnavailable,
                                                       QStringLiteral("a sign-in is in progress"));
        emit refreshFailed(failure.code, failure.userText());
        return;
    }
    stop();
    if (refreshToken().isEmpty()) {
        m_failure = MiniMaxOAuthFailure::make(MiniMaxOAuthError::LoginExpired);
        emit refreshFailed(m_failure.code, m_failure.userText());
        return;
    }
    setStatus(Status::RefreshingToken);
    requestRefresh(m_generation);
}

void MiniMaxOAuthFlow::requestRefresh(Generation generation)
{
    m_step = Step::Refresh;
    const QUrl url =
        generation == Generation::Current ? m_endpoints.tokenUrl() : m_endpoints.legacyTokenUrl();
    QNetworkReply *reply = postForm(url, {
                                             {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                             {QStringLiteral("client_id"), clientIdentifier()},
                                             {QStringLiteral("refresh_token"), refreshToken()},
                                         });
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (m_reply != reply)
            return;
        m_reply = nullptr;
        onRefreshAnswer(Answer::from(reply), generation);
    });
}

void MiniMaxOAuthFlow::onRefreshAnswer(const Answer &answer, Generation generation)
{
    if (generation == Generation::Current && answer.httpStatus == 404) {
        m_generation = Generation::Legacy;
        return requestRefresh(Generation::Legacy);
    }
    m_step = Step::Idle;
    MiniMaxOAuthError code = MiniMaxOAuthError::None;
    QString detail;
    if (!answer.reached || answer.httpStatus >= 500) {
        code = MiniMaxOAuthError::RefreshUnavailable; // transient: the caller may retry
        detail = answer.errorDetail();
    } else if (!answer.ok() || !answer.jsonObject ||
               answer.json.value(QLatin1String("status")).toString() == QLatin1String("error")) {
        code = MiniMaxOAuthError::LoginExpired;
    } else if (!takeTokens(answer.json, false)) {
        code = MiniMaxOAuthError::LoginExpired;
    }
    if (code != MiniMaxOAuthError::None) {
        qCWarning(lcMiniMaxOAuth) << "token refresh failed, HTTP" << answer.httpStatus;
        setStatus(code == MiniMaxOAuthError::LoginExpired ? Status::NotAuthenticated : Status::Granted);
        m_failure = MiniMaxOAuthFailure::make(code, detail);
        emit refreshFailed(code, m_failure.userText());
        return;
    }
    setStatus(Status::Granted);
    // granted() stays reserved for an interactive sign-in, so listeners can tell the two apart.
    emit refreshed();
}

void MiniMaxOAuthFlow::cancel()
{
    const bool running = m_step == Step::Code || m_step == Step::Poll;
    stop();
    if (running) {
        setStatus(Status::NotAuthenticated);
        m_failure = MiniMaxOAuthFailure::make(MiniMaxOAuthError::Cancelled);
        emit failed(m_failure.code, m_failure.userText());
    }
}

void MiniMaxOAuthFlow::stop()
{
    m_pollTimer.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->abort();
    }
    m_step = Step::Idle;
}

void MiniMaxOAuthFlow::fail(MiniMaxOAuthError code, const QString &detail)
{
    stop();
    m_verifier.clear();
    setStatus(Status::NotAuthenticated);
    m_failure = MiniMaxOAuthFailure::make(code, detail);
    qCWarning(lcMiniMaxOAuth).noquote() << "sign-in failed:" << m_failure.message;
    emit failed(code, m_failure.userText());
}

} // namespace clawdesk
