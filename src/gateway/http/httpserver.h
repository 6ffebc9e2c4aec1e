#pragma once

#include "httprequest.h"
#include "httpresponder.h"
#include "httpserverlimits.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

class QTcpServer;

namespace clawdesk {

class HttpConnection;

/// @brief Small HTTP/1.1 server on QTcpServer: keep-alive, pipelining, chunked bodies, streaming, limits.
///
/// Lives entirely in the thread that creates it. Each complete request goes to the handler with an
/// HttpResponder that may answer at once or later (from any signal in the same thread).
class HttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &request, HttpResponder *responder)>;
    /// Builds the JSON body of a transport-level error (400, 408, 413, 431, …); @p partial holds what
    /// was parsed so far (often the path), so the gateway can answer in the client API's error shape.
    using ErrorBodyFactory =
        std::function<QByteArray(int status, const QString &message, const HttpRequest &partial)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const Handler &handler() const { return m_handler; }
    /// Applies to connections opened afterwards and to the next request of open ones.
    void setLimits(const HttpServerLimits &limits) { m_limits = limits; }
    const HttpServerLimits &limits() const { return m_limits; }
    void setErrorBodyFactory(ErrorBodyFactory factory) { m_errorBody = std::move(factory); }
    QByteArray errorBody(int status, const QString &message, const HttpRequest &partial) const;

    /// Starts listening on @p address; may be called for several addresses. Port 0 picks a free port
    /// on the first call and reuses it on later calls. On failure returns false and sets @p error,
    /// e.g. "address 127.0.0.1:18790 is already in use".
    bool listen(const QHostAddress &address, quint16 port, QString *error = nullptr);
    bool isListening() const { return !m_listeners.isEmpty(); }
    quint16 port() const { return m_port; }

    /// Stops accepting and drops every connection at once.
    void close();
    /// Stops accepting, closes idle connections, lets in-flight responses finish and drops what is
    /// still open after @p deadlineMs. Emits gracefullyClosed() when no connection is left.
    void closeGracefully(int deadlineMs);

    int connectionCount() const { return int(m_connections.size()); }
    /// Connections accepted since construction (tests use it to see keep-alive reuse).
    quint64 totalConnections() const { return m_totalConnections; }

signals:
    void gracefullyClosed();

private:
    void onNewConnection(QTcpServer *listener);
    void onConnectionClosed(HttpConnection *connection);
    void reclaimWaitingConnection();
    void stopListening();

    Handler m_handler;
    ErrorBodyFactory m_errorBody;
    HttpServerLimits m_limits;
    QList<QTcpServer *> m_listeners;
    QList<HttpConnection *> m_connections;
    QTimer m_graceTimer;
    QTimer m_trimTimer;
    quint16 m_port = 0;
    quint64 m_totalConnections = 0;
    bool m_gracefulClose = false;
};

} // namespace clawdesk
