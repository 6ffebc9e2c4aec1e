#pragma once

#include "httpheaders.h"
#include "httprequest.h"
#include "httpserver.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

namespace clawdesk {

/// @brief Scriptable fake model provider: a real HttpServer on 127.0.0.1, port 0, for tests.
///
/// Each path answers with a Script: a whole reply, a stream of chunks (SSE events or a slow drip) with
/// delays, a stream that holds back until release(), a connection dropped mid-stream, or a hang.
/// Every request is recorded for assertions.
class FakeUpstream : public QObject
{
    Q_OBJECT
public:
    /// @brief How one route answers.
    struct Script
    {
        enum class Kind { Reply, Stream, Hang, Drop };
        Kind kind = Kind::Reply;
        int status = 200;
        HttpHeaders headers;
        QByteArray body;          ///< Reply
        QList<QByteArray> chunks; ///< Stream: written one by one
        int delayMs = 0;          ///< Stream: pause before each chunk after the first
        int headersDelayMs = 0;   ///< wait before the status line
        int holdAfter = -1;       ///< Stream: after this many chunks wait for release()
        int closeAfter = -1;      ///< Stream: drop the connection after this many chunks

        /// JSON reply (Content-Type application/json unless @p headers say otherwise).
        static Script json(int status, const QByteArray &body, const HttpHeaders &headers = {});
        /// text/event-stream of @p events (see sseEvent()), @p delayMs apart.
        static Script sse(const QList<QByteArray> &events, int delayMs = 0);
        /// @p body in pieces of @p pieceBytes, @p delayMs apart.
        static Script drip(const QByteArray &body, int pieceBytes, int delayMs,
                           const QByteArray &contentType = "application/json");
        /// Accepts the request and never answers.
        static Script hang();
        /// Closes the connection without any response.
        static Script drop();

        Script &withHeader(const QByteArray &name, const QByteArray &value);
        Script &holdingAfter(int chunks);
        Script &closingAfter(int chunks);
        Script &delayingHeaders(int ms);
    };

    /// One SSE event block: "event: <event>\ndata: <data>\n\n" (no event line when @p event is empty).
    static QByteArray sseEvent(const QByteArray &data, const QByteArray &event = {});

    explicit FakeUpstream(QObject *parent = nullptr);
    ~FakeUpstream() override;

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.port(); }
    /// "http://127.0.0.1:<port><path>".
    QUrl url(const QString &path = QString()) const;

    /// Answers every request to @p path (exact match, query ignored) with @p script.
    void addRoute(const QByteArray &path, const Script &script);
    /// Answers the next request to @p path with @p script, before the route (one-shot, in order).
    void enqueue(const QByteArray &path, const Script &script);
    /// Lets every held stream go on; streams that reach their hold point later do not wait.
    void release();

    QList<HttpRequest> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    void clearRequests() { m_requests.clear(); }
    /// Waits (spinning the event loop) until @p count requests were received.
    bool waitForRequests(int count, int timeoutMs = 5000) const;
    /// TCP connections accepted so far.
    quint64 connectionCount() const { return m_server.totalConnections(); }
    /// Streams that are currently open.
    int openStreams() const { return m_openStreams; }
    HttpServer &server() { return m_server; }

signals:
    void requestReceived(const clawdesk::HttpRequest &request);
    void released();

private:
    void handle(const HttpRequest &request, HttpResponder *responder);
    void play(const Script &script, HttpResponder *responder);
    void startStream(const Script &script, HttpResponder *responder);

    HttpServer m_server;
    QHash<QByteArray, Script> m_routes;
    QHash<QByteArray, QList<Script>> m_queued;
    QList<HttpRequest> m_requests;
    int m_openStreams = 0;
    bool m_released = false;
};

} // namespace clawdesk
