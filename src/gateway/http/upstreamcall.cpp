#include "upstreamcall.h"

#include "curltransfer.h"
#include "upstreamclient.h"

#include <QUrlQuery>

namespace clawdesk {

namespace {

UpstreamError mapCurlError(CURLcode code)
{
    switch (code) {
    case CURLE_OK:
        return UpstreamError::None;
    case CURLE_COULDNT_CONNECT:
        return UpstreamError::ConnectionRefused;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return UpstreamError::HostNotFound;
    case CURLE_OPERATION_TIMEDOUT:
        return UpstreamError::Timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
        return UpstreamError::Tls;
    case CURLE_PARTIAL_FILE:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return UpstreamError::ConnectionReset;
    default:
        return UpstreamError::Other;
    }
}

double elapsedMs(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

UpstreamCall::UpstreamCall(UpstreamClient *client, const UpstreamRequest &request)
    : QObject(client)
    , m_client(client)
    , m_url(request.url)
    , m_firstByteTimeoutMs(request.firstByteTimeoutMs)
    , m_idleTimeoutMs(request.idleTimeoutMs)
    , m_maxBodyBytes(request.maxBodyBytes)
    , m_maxEventBytes(request.maxEventBytes)
{
    m_clock.start();
    // Remember what must never show up in an error text: header values (API keys) and query values.
    for (const auto &h : request.headers) {
        if (h.second.size() >= 4)
            m_secrets.append(h.second);
        const qsizetype space = h.second.indexOf(' ');
        if (space > 0 && h.second.size() - space > 4)
            m_secrets.append(h.second.mid(space + 1)); // the token of "Bearer <token>"
    }
    const QUrlQuery query(request.url);
    for (const auto &item : query.queryItems(QUrl::FullyEncoded)) {
        if (item.second.size() >= 4)
            m_secrets.append(item.second.toUtf8());
    }
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &UpstreamCall::onWatchdog);
    if (m_firstByteTimeoutMs > 0)
        m_watchdog.start(m_firstByteTimeoutMs);
}

UpstreamCall::~UpstreamCall()
{
    if (m_transfer) {
        m_transfer->call = nullptr;
        if (m_client)
            m_client->release(m_transfer);
        m_transfer = nullptr;
    }
}

void UpstreamCall::onHeaderLine(const char *data, size_t size)
{
    if (m_firstByteMs < 0) {
        m_firstByteMs = elapsedMs(m_clock);
        m_lastActivityMs = m_clock.elapsed();
        if (m_idleTimeoutMs > 0)
            m_watchdog.start(m_idleTimeoutMs);
        else
            m_watchdog.stop();
    }
    qsizetype len = qsizetype(size);
    while (len > 0 && (data[len - 1] == '\r' || data[len - 1] == '\n'))
        --len;
    if (len >= 5 && qstrncmp(data, "HTTP/", 5) == 0) {
        // A new status line: interim 1xx responses and proxy replies start over.
        const QByteArray line(data, len);
        const qsizetype sp = line.indexOf(' ');
        m_status = sp > 0 ? line.mid(sp + 1, 3).toInt() : 0;
        m_headers.clear();
        m_headersDone = false;
        return;
    }
    if (len == 0) {
        if (m_status >= 200 && !m_headersDone) {
            m_headersDone = true;
            emit responseStarted(m_status, m_headers);
        }
        return;
    }
    const char *colon = static_cast<const char *>(memchr(data, ':', size_t(len)));
    if (!colon || m_headersDone)
        return; // trailers and junk are not part of the response headers
    m_headers.add(QByteArray(data, colon - data).trimmed().toLower(),
                  QByteArray(colon + 1, len - (colon + 1 - data)).trimmed());
}

bool UpstreamCall::onBody(const char *data, size_t size)
{
    m_bytesReceived += qint64(size);
    m_lastActivityMs = m_clock.elapsed();
    if (!withinLimits(data, size)) {
        const bool stream = m_isEventStream == 1;
        const qint64 limit = stream ? m_maxEventBytes : m_maxBodyBytes;
        complete(UpstreamError::TooLarge,
                 QStringLiteral("%1 sent %2 larger than %3 MB")
                     .arg(m_url.host(), stream ? QStringLiteral("an event") : QStringLiteral("a response"))
                     .arg(double(limit) / (1024 * 1024)));
        return false;
    }
    emit dataReceived(QByteArray(data, qsizetype(size)));
    return !m_finished;
}

bool UpstreamCall::withinLimits(const char *data, size_t size)
{
    if (m_isEventStream < 0)
        m_isEventStream = m_headers.value("content-type").trimmed().toLower().startsWith("text/event-stream");
    if (!m_isEventStream)
        return m_maxBodyBytes <= 0 || m_bytesReceived <= m_maxBodyBytes;
    if (m_maxEventBytes <= 0)
        return true;
    // An event ends at an empty line; lines end in "\r\n", "\n" or "\r".
    for (size_t i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '\n' && m_afterCR) {
            m_afterCR = false;
            continue;
        }
        m_afterCR = c == '\r';
        if (c == '\r' || c == '\n') {
            if (m_lineBytes == 0)
                m_eventBytes = 0;
            m_lineBytes = 0;
        } else {
            ++m_lineBytes;
            ++m_eventBytes;
        }
    }
    return m_eventBytes <= m_maxEventBytes;
}

void UpstreamCall::onWatchdog()
{
    if (m_finished)
        return;
    if (m_firstByteMs < 0) {
        complete(
            UpstreamError::Timeout,
            QStringLiteral("no response from %1 within %2 ms").arg(m_url.host()).arg(m_firstByteTimeoutMs));
        return;
    }
    const qint64 silent = m_clock.elapsed() - m_lastActivityMs;
    if (m_paused || silent < m_idleTimeoutMs) { // paused on purpose is not a stall
        m_watchdog.start(int(m_paused ? m_idleTimeoutMs : m_idleTimeoutMs - silent));
        return;
    }
    complete(UpstreamError::Timeout,
             QStringLiteral("%1 sent nothing for %2 ms").arg(m_url.host()).arg(m_idleTimeoutMs));
}

void UpstreamCall::onCurlDone(int curlCode)
{
    const auto code = CURLcode(curlCode);
    if (code == CURLE_OK) {
        complete(UpstreamError::None, QString());
        return;
    }
    QString detail = QString::fromUtf8(m_transfer ? m_transfer->errorBuffer : "").trimmed();
    QString message = QString::fromUtf8(curl_easy_strerror(code));
    if (!detail.isEmpty())
        message += QStringLiteral(": ") + detail;
    complete(mapCurlError(code), message);
}

QString UpstreamCall::scrub(QString text) const
{
    for (const QByteArray &secret : m_secrets)
        text.replace(QString::fromUtf8(secret), QStringLiteral("***"));
    return text;
}

void UpstreamCall::complete(UpstreamError error, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_watchdog.stop();
    m_error = error;
    m_errorString = scrub(message);
    m_totalMs = elapsedMs(m_clock);
    if (CurlTransfer *t = m_transfer) {
        curl_off_t connectUs = 0;
        if (curl_easy_getinfo(t->easy, CURLINFO_CONNECT_TIME_T, &connectUs) == CURLE_OK && connectUs > 0)
            m_connectMs = double(connectUs) / 1000.0;
        else if (m_firstByteMs >= 0)
            m_connectMs = 0; // reused connection
        m_transfer = nullptr;
        t->call = nullptr;
        if (m_client)
            m_client->release(t);
    }
    emit finished();
    if (m_client && parent() == m_client)
        deleteLater();
}

void UpstreamCall::abort()
{
    complete(UpstreamError::Aborted, QStringLiteral("aborted"));
}

void UpstreamCall::pauseReceive()
{
    if (m_paused || !m_transfer || !m_client)
        return;
    m_paused = true;
    m_client->pause(m_transfer, true);
}

void UpstreamCall::resumeReceive()
{
    if (!m_paused || !m_transfer || !m_client)
        return;
    m_paused = false;
    m_lastActivityMs = m_clock.elapsed();
    m_client->pause(m_transfer, false);
}

} // namespace clawdesk
