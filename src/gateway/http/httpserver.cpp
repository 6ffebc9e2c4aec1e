#include "httpserver.h"

#include "httpconnection.h"
#include "httplogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <malloc.h>

namespace clawdesk {

namespace {

QString endpoint(const QHostAddress &address, quint16 port)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

} // namespace

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
{
    // Once every client is gone, hand freed memory back to the system: after a burst of large
    // requests the allocator would otherwise keep the peak for the life of the process.
    m_trimTimer.setSingleShot(true);
    m_trimTimer.setInterval(1000);
    connect(&m_trimTimer, &QTimer::timeout, this, [] { ::malloc_trim(0); });
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        const QList<HttpConnection *> open = m_connections;
        for (HttpConnection *c : open)
            c->abortConnection();
    });
}

HttpServer::~HttpServer()
{
    stopListening();
    const QList<HttpConnection *> open = m_connections;
    m_connections.clear();
    for (HttpConnection *c : open) {
        c->disconnect(this);
        c->abortConnection();
        delete c;
    }
}

QByteArray HttpServer::errorBody(int status, const QString &message, const HttpRequest &partial) const
{
    if (m_errorBody)
        return m_errorBody(status, message, partial);
    const QJsonObject error{{QStringLiteral("message"), message}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (port == 0 && m_port != 0)
        port = m_port;
    auto *listener = new QTcpServer(this);
    listener->setListenBacklogSize(512); // bursts of many concurrent SDK connections
    if (!listener->listen(address, port)) {
        if (error) {
            if (listener->serverError() == QAbstractSocket::AddressInUseError)
                *error = QStringLiteral("address %1 is already in use").arg(endpoint(address, port));
            else
                *error = QStringLiteral("cannot listen on %1: %2")
                             .arg(endpoint(address, port), listener->errorString());
        }
        delete listener;
        return false;
    }
    m_port = listener->serverPort();
    m_gracefulClose = false;
    m_listeners.append(listener);
    connect(listener, &QTcpServer::newConnection, this, [this, listener] { onNewConnection(listener); });
    qCDebug(lcHttp) << "listening on" << endpoint(address, m_port);
    return true;
}

void HttpServer::onNewConnection(QTcpServer *listener)
{
    while (QTcpSocket *socket = listener->nextPendingConnection()) {
        ++m_totalConnections;
        if (m_limits.maxConnections > 0 && m_connections.size() >= m_limits.maxConnections)
            reclaimWaitingConnection();
        if (m_limits.maxConnections > 0 && m_connections.size() >= m_limits.maxConnections) {
            const QByteArray body = errorBody(503, QStringLiteral("too many connections"), HttpRequest());
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                          "Connection: close\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            continue;
        }
        auto *connection = new HttpConnection(socket, this);
        m_connections.append(connection);
        connect(connection, &HttpConnection::closed, this, &HttpServer::onConnectionClosed);
    }
}

void HttpServer::reclaimWaitingConnection()
{
    // Full: the client that has waited longest without asking anything makes room, so idle or
    // stalled connections can never lock out /health and new clients. Only when every
    // connection has a request in progress is a newcomer turned away.
    HttpConnection *oldest = nullptr;
    for (HttpConnection *c : std::as_const(m_connections)) {
        if (c->isReclaimable() && (!oldest || c->waitingSinceMs() < oldest->waitingSinceMs()))
            oldest = c;
    }
    if (oldest) {
        qCDebug(lcHttp) << "connection limit reached: closing the longest-waiting connection";
        oldest->abortConnection();
    }
}

void HttpServer::onConnectionClosed(HttpConnection *connection)
{
    m_connections.removeOne(connection);
    connection->deleteLater();
    if (m_connections.isEmpty())
        m_trimTimer.start();
    if (m_gracefulClose && m_connections.isEmpty()) {
        m_gracefulClose = false;
        m_graceTimer.stop();
        emit gracefullyClosed();
    }
}

void HttpServer::stopListening()
{
    for (QTcpServer *l : std::as_const(m_listeners)) {
        l->close();
        l->deleteLater();
    }
    m_listeners.clear();
}

void HttpServer::close()
{
    stopListening();
    const QList<HttpConnection *> open = m_connections;
    for (HttpConnection *c : open)
        c->abortConnection();
}

void HttpServer::closeGracefully(int deadlineMs)
{
    stopListening();
    if (m_connections.isEmpty()) {
        QMetaObject::invokeMethod(this, &HttpServer::gracefullyClosed, Qt::QueuedConnection);
        return;
    }
    m_gracefulClose = true;
    const QList<HttpConnection *> open = m_connections;
    for (HttpConnection *c : open)
        c->closeWhenIdle();
    m_graceTimer.start(qMax(0, deadlineMs));
}

} // namespace clawdesk
