#include "fakeminimaxauth.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace clawdesk::test {

namespace {
const QString kClientId = QStringLiteral("78257093-7e40-4613-99e0-527b14b39113");
const QString kScope = QStringLiteral("group_id profile model.completion");

QMap<QString, QString> decodeForm(const QByteArray &data)
{
    QMap<QString, QString> out;
    for (const QByteArray &pair : data.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                   QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return out;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject baseResp(int code, const QString &msg)
{
    return QJsonObject{{QStringLiteral("status_code"), code}, {QStringLiteral("status_msg"), msg}};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

FakeMiniMaxAuth::FakeMiniMaxAuth(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeMiniMaxAuth::onNewConnection);
}

FakeMiniMaxAuth::~FakeMiniMaxAuth() = default;

bool FakeMiniMaxAuth::start()
{
    m_clock.start();
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl FakeMiniMaxAuth::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

QUrl FakeMiniMaxAuth::verificationUrl() const
{
    return QUrl(baseUrl().toString() + QStringLiteral("/verify"));
}

QList<FakeMiniMaxAuth::Request> FakeMiniMaxAuth::requestsTo(const QString &path) const
{
    QList<Request> out;
    for (const Request &r : m_requests)
        if (r.path == path)
            out.append(r);
    return out;
}

void FakeMiniMaxAuth::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeMiniMaxAuth::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    Request request;
    request.method = requestLine.value(0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return; // body not complete yet
    const QByteArray body = buffer.mid(headerEnd + 4, length);
    buffer.clear();

    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    request.path = target.path();
    request.form =
        request.method == "GET" ? decodeForm(target.query(QUrl::FullyEncoded).toLatin1()) : decodeForm(body);
    request.elapsedMs = m_clock.elapsed();
    m_requests.append(request);
    emit requestReceived(request);

    const Response response = route(request);
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n\r\n";
    out += response.body;
    socket->write(out);
    socket->disconnectFromHost();
}

FakeMiniMaxAuth::Response FakeMiniMaxAuth::route(const Request &request)
{
    const bool current = request.path.startsWith(QLatin1String("/oauth2/"));
    if ((current && !currentEndpoints) ||
        (request.path.startsWith(QLatin1String("/oauth/")) && !legacyEndpoints))
        return {404, "text/plain", "Not Found"};
    if (request.path == QLatin1String("/oauth2/device/code") || request.path == QLatin1String("/oauth/code"))
        return deviceCode(request);
    if (request.path == QLatin1String("/oauth2/token") || request.path == QLatin1String("/oauth/token"))
        return token(request);
    if (request.path == QLatin1String("/verify"))
        return verifyPage(request);
    if (request.path == QLatin1String("/v1/api/openplatform/coding_plan/remains"))
        return remains(request);
    if (request.path == QLatin1String("/v1/token_plan/remains"))
        return tokenPlanRemains(request);
    return {404, "text/plain", "Not Found"};
}

FakeMiniMaxAuth::Response FakeMiniMaxAuth::deviceCode(const Request &r)
{
    if (r.method != "POST")
        violation(QStringLiteral("code: method %1").arg(QString::fromLatin1(r.method)));
    if (!r.headers.value("content-type").startsWith("application/x-www-form-urlencoded"))
        violation(QStringLiteral("code: content-type"));
    if (r.headers.value("accept") != "application/json")
        violation(QStringLiteral("code: accept header"));
    if (r.headers.value("x-request-id").isEmpty())
        violation(QStringLiteral("code: x-request-id missing"));
    if (r.form.value(QStringLiteral("response_type")) != QLatin1String("code"))
        violation(QStringLiteral("code: response_type"));
    if (r.form.value(QStringLiteral("client_id")) != kClientId)
        violation(QStringLiteral("code: client_id"));
    if (r.form.value(QStringLiteral("scope")) != kScope)
        violation(QStringLiteral("code: scope '%1'").arg(r.form.value(QStringLiteral("scope"))));
    if (r.form.value(QStringLiteral("code_challenge_method")) != QLatin1String("S256"))
        violation(QStringLiteral("code: code_challenge_method"));
    m_challenge = r.form.value(QStringLiteral("code_challenge"));
    if (m_challenge.size() != 43)
        violation(QStringLiteral("code: code_challenge length %1").arg(m_challenge.size()));
    const QString state = r.form.value(QStringLiteral("state"));
    if (state.size() < 16)
        violation(QStringLiteral("code: state too short"));

    if (codeHttpError)
        return {codeHttpError, "application/json",
                json({{QStringLiteral("base_resp"), baseResp(2013, QStringLiteral("invalid client"))}})};

    m_userCode = QStringLiteral("MMX-%1").arg(4711 + m_requests.size());
    m_decision = Decision::Pending;
    m_pendingPolls = 0;
    m_codeDeadline = QDateTime::currentDateTimeUtc().addSecs(codeLifetimeSec);

    QJsonObject o;
    if (codePayload == CodePayload::ErrorOnly) {
        o.insert(QStringLiteral("error"), QStringLiteral("portal access is not enabled for this account"));
        return {200, "application/json", json(o)};
    }
    if (codePayload != CodePayload::MissingUserCode)
        o.insert(QStringLiteral("user_code"), m_userCode);
    o.insert(QStringLiteral("verification_uri"), verificationUrl().toString());
    o.insert(QStringLiteral("expired_in"), static_cast<double>(encodeExpiry(codeLifetimeSec, codeExpiry)));
    if (intervalMs > 0)
        o.insert(QStringLiteral("interval"), intervalMs);
    o.insert(QStringLiteral("state"),
             stateMode == StateMode::Echo ? state : QStringLiteral("forged-state-value"));
    return {200, "application/json", json(o)};
}

qint64 FakeMiniMaxAuth::encodeExpiry(qint64 lifetimeSec, ExpiryStyle style) const
{
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(lifetimeSec);
    switch (style) {
    case ExpiryStyle::RelativeSeconds:
        return lifetimeSec;
    case ExpiryStyle::EpochSeconds:
        return at.toSecsSinceEpoch();
    case ExpiryStyle::EpochMs:
        return at.toMSecsSinceEpoch();
    }
    return lifetimeSec;
}

FakeMiniMaxAuth::Response FakeMiniMaxAuth::token(const Request &r)
{
    if (r.form.value(QStringLiteral("client_id")) != kClientId)
        violation(QStringLiteral("token: client_id"));
    const QString grant = r.form.value(QStringLiteral("grant_type"));
    if (grant == QLatin1String("refresh_token"))
        return refreshGrant(r);
    if (grant == QLatin1String("urn:ietf:params:oauth:grant-type:user_code"))
        return userCodeGrant(r);
    violation(QStringLiteral("token: grant_type '%1'").arg(grant));
    return {400, "application/json",
            json({{QStringLiteral("error"), QStringLiteral("unsupported_grant_type")}})};
}

FakeMiniMaxAuth::Response FakeMiniMaxAuth::userCodeGrant(const Request &r)
{
    if (r.form.value(QStringLiteral("user_code")) != m_userCode)
        violation(QStringLiteral("token: user_code"));
    if (s256(r.form.value(QStringLiteral("code_verifier"))) != m_challenge)
        violation(QStringLiteral("token: code_verifier does not match code_challenge"));
    if (tokenHttpError)
        return {tokenHttpError, "application/json",
                json({{QStringLiteral("base_resp"), baseResp(1001, QStringLiteral("invalid user code"))}})};
    if (QDateTime::currentDateTimeUtc() > m_codeDeadline)
        return {400, "application/json",
                json({{QStringLiteral("base_resp"), baseResp(1002, QStringLiteral("user code expired"))}})};
    if (m_decision == Decision::Pending && approveAfterPolls >= 0 && m_pendingPolls >= approveAfterPolls)
        m_decision = Decision::Approved;
    if (m_decision == Decision::Denied)
        return {200, "application/json", json({{QStringLiteral("status"), QStringLiteral("error")}})};
    if (m_decision == Decision::Pending) {
        ++m_pendingPolls;
        return {200, "application/json", json({{QStringLiteral("status"), QStringLiteral("pending")}})};
    }
    issueTokens();
    QJsonObject o{
        {QStringLiteral("status"), QStringLiteral("success")},
        {QStringLiteral("access_token"), m_access},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expired_in"), static_cast<double>(encodeExpiry(tokenLifetimeSec, tokenExpiry))}};
    if (tokenPayload != TokenPayload::MissingRefresh)
        o.insert(QStringLiteral("refresh_token"), m_refresh);
    if (!resourceUrl.isEmpty())
        o.insert(QStringLiteral("resource_url"), resourceUrl);
    return {200, "application/json", json(o)};
}

void FakeMiniMaxAuth::issueTokens()
{
    ++m_tokenSerial;
    m_access = QStringLiteral("mmx-access-%1-9f3c2a7b5d1e8c4f6a0b").arg(m_tokenSerial);
    m_refresh = QStringLiteral("mmx-refresh-%1-1b2c3d4e5f60718293a4").arg(m_tokenSerial);
    m_accessValid = true;
}

FakeMiniMaxAuth::Response FakeMiniMaxAuth::refreshGrant(const Request &r)
{
    if (m_refreshRevoked || r.form.value(QStringLiteral("refresh_token")) != m_refresh || m_refresh.isEmpty())
        return {
            400, "application/json",
            json({{QStringLiteral("error"), QStringLiteral("invalid_grant")},
                  {QStringLiteral("base_resp"), baseResp(1004, QStringLiteral("refresh token revoked"))}})};
    ++m_refreshCount;
    issueTokens();
    return {200, "application/json",
            json({{QStringLiteral("status"), QStringLiteral("success")},
                  {QStringLiteral("access_token"), m_access},
                  {QStringLiteral("refresh_token"), m_refresh},
                  {QStringLiteral("expired_in"),
                   static_cast<double>(encodeExpiry(tokenLifetimeSec, tokenExpiry))}})};
}

FakeMiniMaxAuth::Response FakeMiniMaxAuth::verifyPage(const Request &r)
{
    auto page = [](const QString &title, const QString &content) {
        return QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                              "<body><h1>%1</h1>%2</body></html>")
            .arg(title, content)
            .toUtf8();
    };
    if (r.method == "GET") {
        const QString form = QStringLiteral(
            "<p>Enter the code shown in ClawDesk to connect it to your MiniMax account.</p>"
            "<form method=\"post\" action=\"/verify\">"
            "<label for=\"user_code\">Code</label> <input id=\"user_code\" name=\"user_code\" "
            "autocomplete=\"off\">"
            " <button id=\"approve\" type=\"submit\" name=\"action\" value=\"approve\">Approve</button>"
            " <button id=\"deny\" type=\"submit\" name=\"action\" value=\"deny\">Deny</button>"
            "</form>");
        return {200, "text/html; charset=utf-8", page(QStringLiteral("MiniMax authorization"), form)};
    }
    if (r.form.value(QStringLiteral("user_code")).trimmed() != m_userCode || m_userCode.isEmpty())
        return {400, "text/html; charset=utf-8",
                page(QStringLiteral("Unknown code"),
                     QStringLiteral("<p id=\"result\">That code is not valid.</p>"))};
    if (r.form.value(QStringLiteral("action")) == QLatin1String("deny")) {
        deny();
        return {200, "text/html; charset=utf-8",
                page(QStringLiteral("Access denied"), QStringLiteral("<p id=\"result\">denied</p>"))};
    }
    approve();
    return {200, "text/html; charset=utf-8",
            page(QStringLiteral("Access approved"),
                 QStringLiteral("<p id=\"result\">approved</p><p>You can close this window.</p>"))};
}

FakeMiniMaxAuth::Response FakeMiniMaxAuth::remains(const Request &r)
{
    const QByteArray auth = r.headers.value("authorization");
    if (!m_accessValid || auth != "Bearer " + m_access.toUtf8())
        return {401, "application/json",
                json({{QStringLiteral("base_resp"), baseResp(1004, QStringLiteral("login fail"))}})};
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    switch (quotaShape) {
    case QuotaShape::Counts:
        return {200, "application/json",
                R"({"model_remains":[{"start_time":)" + QByteArray::number(nowMs - 3600000) +
                    R"(,"end_time":)" + QByteArray::number(nowMs + 7800000) +
                    R"(,"remains_time":7800000,"current_interval_total_count":300,)"
                    R"("current_interval_usage_count":111,"model_name":"MiniMax-M2"}],)"
                    R"("base_resp":{"status_code":0,"status_msg":"success"}})"};
    case QuotaShape::Percent:
        return {
            200, "application/json",
            R"({"base_resp":{"status_code":0,"status_msg":"success"},"data":{"plan_name":"Coding Plan Plus",)"
            R"("model_remains":[{"model_name":"MiniMax-M2.5","interval_hours":5,"interval_remaining_percent":63,)"
            R"("interval_end_time":)" +
                QByteArray::number(nowMs + 7800000) + R"(,"weekly_remaining_percent":88,"weekly_end_time":)" +
                QByteArray::number(nowMs + 273600000) + "}]}}"};
    case QuotaShape::NoPlan:
        return {200, "application/json",
                R"({"base_resp":{"status_code":1004,"status_msg":"coding plan not found"}})"};
    case QuotaShape::ServerError:
        return {500, "text/plain", "upstream exploded"};
    case QuotaShape::InvalidJson:
        return {200, "application/json", "<html>maintenance</html>"};
    case QuotaShape::Unsupported:
        return {200, "application/json", R"({"base_resp":{"status_code":0},"data":{"hello":"world"}})"};
    }
    return {500, "text/plain", "?"};
}

FakeMiniMaxAuth::Response FakeMiniMaxAuth::tokenPlanRemains(const Request &r)
{
    if (tokenPlan == TokenPlan::NotFound)
        return {404, "text/plain", "404 page not found"};
    const QByteArray auth = r.headers.value("authorization");
    if (!m_accessValid || auth != "Bearer " + m_access.toUtf8())
        return {401, "application/json",
                json({{QStringLiteral("base_resp"), baseResp(1004, QStringLiteral("login fail"))}})};
    if (tokenPlan == TokenPlan::NoPlan)
        return {200, "application/json",
                R"({"base_resp":{"status_code":1004,"status_msg":"token plan not found"}})"};
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QByteArray weeklyStatus = tokenPlan == TokenPlan::NoWeekly ? "3" : "1";
    // Image and speech models come first: the chat models' record is the one that counts.
    return {
        200, "application/json",
        R"({"base_resp":{"status_code":0,"status_msg":"success"},"model_remains":[)"
        R"({"model_name":"image-01","current_interval_remaining_percent":12,"current_interval_status":1},)"
        R"({"model_name":"MiniMax-M3","start_time":)" +
            QByteArray::number(nowMs - 3600000) + R"(,"end_time":)" + QByteArray::number(nowMs + 14400000) +
            R"(,"current_interval_remaining_percent":71,"current_interval_status":1,)"
            R"("current_weekly_remaining_percent":0.5,"current_weekly_status":)" +
            weeklyStatus + R"(,"weekly_end_time":)" + QByteArray::number(nowMs + 273600000) + "}]}"};
}

} // namespace clawdesk::test
