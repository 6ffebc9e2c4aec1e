#pragma once

#include "httprequestparser.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace clawdesk {

class HttpResponder;
class HttpServer;

/// @brief One inbound TCP connection of HttpServer: parses requests one at a time and answers in order.
///
/// Pipelined requests wait unparsed in the socket buffer until the current response has ended, so
/// answers keep request order and a busy connection holds at most one parsed request.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpServer *server);
    ~HttpConnection() override;

    QTcpSocket *socket() const { return m_socket; }
    bool isBusy() const { return m_responder != nullptr; }
    bool isClosing() const { return m_closing; }
    /// Waiting for (or reading the headers of) a request, with nothing in progress: such a
    /// connection may be closed to make room for a new client when the server is full.
    bool isReclaimable() const;
    /// Monotonic ms since when the connection has been waiting (for isReclaimable()).
    qint64 waitingSinceMs() const { return m_waitingSinceMs; }

    /// Closes now when idle, otherwise after the current response (which then says Connection: close).
    void closeWhenIdle();
    /// Drops the connection at once.
    void abortConnection();

signals:
    /// The socket is gone; the server deletes the connection.
    void closed(clawdesk::HttpConnection *connection);

private:
    friend class HttpResponder;
    enum class Phase { None, Idle, Header, Body, Closing };

    void responseFinished(HttpResponder *responder, bool closeAfter);
    void onReadyRead();
    void processInput();
    void scheduleProcessInput();
    void dispatch();
    void resetInput();
    void sendError(int status, const QString &message);
    void closeSocket();
    void arm(Phase phase);
    void onTimeout();
    void onDisconnected();
    void onBytesWritten();

    QTcpSocket *m_socket;
    HttpServer *m_server;
    HttpRequestParser m_parser;
    QByteArray m_in;
    qsizetype m_inPos = 0;
    HttpResponder *m_responder = nullptr;
    QTimer m_timer;
    Phase m_phase = Phase::None;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    quint16 m_localPort = 0;
    bool m_dispatching = false;
    bool m_processQueued = false;
    bool m_closing = false;
    bool m_failed = false;
    bool m_closedEmitted = false;
    bool m_servedAny = false;    ///< a first request was answered (keep-alive idle from then on)
    qint64 m_waitingSinceMs = 0; ///< when the current Idle/Header wait began
};

} // namespace clawdesk
