#pragma once

#include "httpheaders.h"
#include "upstreamrequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace clawdesk {

class UpstreamClient;
struct CurlTransfer;

/// @brief One outbound HTTP exchange started by UpstreamClient::send(); reports progress by signals.
///
/// Ownership: the call is a child of its UpstreamClient. Unless the caller takes it (reparents it with
/// setParent()), the client deletes it with deleteLater() right after finished() was emitted, so read
/// the results inside the finished() slot. Deleting or deleteLater()-ing a running call aborts it
/// (without a finished() signal when deleted directly). finished() is emitted exactly once.
class UpstreamCall : public QObject
{
    Q_OBJECT
public:
    ~UpstreamCall() override;

    /// HTTP status of the final response (0 until responseStarted()).
    int status() const { return m_status; }
    const HttpHeaders &headers() const { return m_headers; }
    UpstreamError error() const { return m_error; }
    /// Human-readable reason; never contains request header values (they hold API keys).
    QString errorString() const { return m_errorString; }
    bool isFinished() const { return m_finished; }
    qint64 bytesReceived() const { return m_bytesReceived; }
    QUrl url() const { return m_url; }

    /// Milliseconds from send() to connected, to the first response byte, to the end (-1: not reached).
    double connectMs() const { return m_connectMs; }
    double firstByteMs() const { return m_firstByteMs; }
    double totalMs() const { return m_totalMs; }

    /// Stops at once; emits finished() with UpstreamError::Aborted (unless already finished).
    void abort();
    /// Backpressure: stop/restart reading the response (e.g. while the downstream client is slow).
    void pauseReceive();
    void resumeReceive();

signals:
    void responseStarted(int status, const clawdesk::HttpHeaders &headers);
    /// Every piece of the body as soon as it arrives (SSE events are not re-assembled here).
    void dataReceived(const QByteArray &chunk);
    void finished();

private:
    friend class UpstreamClient;
    friend struct CurlGlue;
    UpstreamCall(UpstreamClient *client, const UpstreamRequest &request);

    void onHeaderLine(const char *data, size_t size);
    bool onBody(const char *data, size_t size);
    /// False once the body or the event being received is over its limit.
    bool withinLimits(const char *data, size_t size);
    void onWatchdog();
    void onCurlDone(int curlCode);
    void complete(UpstreamError error, const QString &message);
    QString scrub(QString text) const;

    UpstreamClient *m_client;
    CurlTransfer *m_transfer = nullptr; // owned by the client while the transfer runs
    QUrl m_url;
    QList<QByteArray> m_secrets;
    int m_firstByteTimeoutMs;
    int m_idleTimeoutMs;
    qint64 m_maxBodyBytes;
    qint64 m_maxEventBytes;
    qint64 m_eventBytes = 0;  ///< bytes of the event not yet ended by a blank line
    qint64 m_lineBytes = 0;   ///< bytes of the current line
    bool m_afterCR = false;   ///< the previous byte ended a line with '\r'
    int m_isEventStream = -1; ///< -1: not decided yet (headers not seen)
    QTimer m_watchdog;
    QElapsedTimer m_clock;
    qint64 m_lastActivityMs = 0;
    HttpHeaders m_headers;
    int m_status = 0;
    bool m_headersDone = false;
    bool m_finished = false;
    bool m_paused = false;
    UpstreamError m_error = UpstreamError::None;
    QString m_errorString;
    qint64 m_bytesReceived = 0;
    double m_connectMs = -1;
    double m_firstByteMs = -1;
    double m_totalMs = -1;
};

} // namespace clawdesk
