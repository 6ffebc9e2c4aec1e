#include "httpconnection.h"

#include "httplogging.h"
#include "httpresponder.h"
#include "httpserver.h"
#include "httpstatus.h"

#include <QElapsedTimer>
#include <QTcpSocket>

namespace clawdesk {

namespace {
// Bytes Qt may buffer from a client while a response is in progress (pipelined input) before it
// stops reading and TCP flow control pushes back.
constexpr qint64 kReadBufferSize = 256 * 1024;
constexpr int kCloseFlushTimeoutMs = 5000;

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return clock.elapsed();
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
    , m_parser(server->limits())
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferSize);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_peerAddress = m_socket->peerAddress();
    m_peerPort = m_socket->peerPort();
    m_localPort = m_socket->localPort();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    arm(Phase::Idle);
    if (m_socket->bytesAvailable() > 0)
        scheduleProcessInput();
}

HttpConnection::~HttpConnection()
{
    // The socket is our child; stop its signals reaching a half-destroyed connection.
    m_socket->disconnect(this);
}

bool HttpConnection::isReclaimable() const
{
    return !m_responder && !m_closing && !m_failed && (m_phase == Phase::Idle || m_phase == Phase::Header);
}

void HttpConnection::arm(Phase phase)
{
    const HttpServerLimits &l = m_server->limits();
    int ms = 0;
    if ((phase == Phase::Idle || phase == Phase::Header) && m_phase != Phase::Idle)
        m_waitingSinceMs = monotonicMs();
    switch (phase) {
    case Phase::None:
        break;
    case Phase::Idle:
        // A client that connects and says nothing gets no longer than one slow request would.
        ms = m_servedAny || l.headerTimeoutMs <= 0 ? l.idleTimeoutMs
                                                   : qMin(l.idleTimeoutMs, l.headerTimeoutMs);
        break;
    case Phase::Header:
        ms = l.headerTimeoutMs;
        break;
    case Phase::Body:
        ms = l.bodyTimeoutMs;
        break;
    case Phase::Closing:
        ms = kCloseFlushTimeoutMs;
        break;
    }
    m_phase = phase;
    if (ms > 0)
        m_timer.start(ms);
    else
        m_timer.stop();
}

void HttpConnection::onTimeout()
{
    switch (m_phase) {
    case Phase::Idle:
        closeSocket();
        break;
    case Phase::Header:
        sendError(408, QStringLiteral("timed out reading the request headers"));
        break;
    case Phase::Body:
        sendError(408, QStringLiteral("timed out reading the request body"));
        break;
    case Phase::Closing:
        m_socket->abort();
        break;
    case Phase::None:
        break;
    }
}

void HttpConnection::onReadyRead()
{
    if (!m_responder && !m_failed)
        processInput();
}

void HttpConnection::scheduleProcessInput()
{
    if (m_processQueued)
        return;
    m_processQueued = true;
    QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
}

void HttpConnection::processInput()
{
    m_processQueued = false;
    if (m_responder || m_failed || m_closedEmitted)
        return;
    if (m_socket->bytesAvailable() > 0) {
        if (m_inPos > 0 && m_inPos == m_in.size())
            resetInput();
        m_in.append(m_socket->readAll());
    }
    while (!m_responder && !m_failed && !m_closedEmitted) {
        qsizetype consumed = 0;
        const auto status = m_parser.feed(m_in.constData() + m_inPos, m_in.size() - m_inPos, &consumed);
        m_inPos += consumed;
        if (status == HttpRequestParser::Status::NeedMore)
            break;
        if (status == HttpRequestParser::Status::Error) {
            sendError(m_parser.errorStatus(), m_parser.errorMessage());
            return;
        }
        if (status == HttpRequestParser::Status::HeadersComplete) {
            if (m_parser.hasBody()) {
                arm(Phase::Body);
                // Only ask for the body if the client has not already started sending it.
                if (m_parser.expectsContinue() && m_inPos == m_in.size())
                    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            continue;
        }
        dispatch();
    }
    if (m_closedEmitted || m_failed)
        return;
    if (m_inPos == m_in.size()) {
        resetInput();
    } else if (m_inPos > 64 * 1024) {
        m_in.remove(0, m_inPos);
        m_inPos = 0;
    }
    if (m_responder)
        return;
    const bool partial = m_parser.started() || m_inPos < m_in.size();
    if (partial) {
        if (m_phase == Phase::Idle || m_phase == Phase::None)
            arm(Phase::Header); // the header clock runs from the first byte, not per read (slowloris)
    } else if (m_closing) {
        closeSocket();
    } else if (m_phase != Phase::Idle) {
        arm(Phase::Idle);
    }
}

void HttpConnection::resetInput()
{
    // Small buffers are kept for the next request; the memory of a large body goes back at once,
    // so many idle keep-alive connections do not each hold the largest request they ever read.
    if (m_in.capacity() > kReadBufferSize)
        m_in = QByteArray();
    else
        m_in.resize(0);
    m_inPos = 0;
}

void HttpConnection::dispatch()
{
    const bool keepAlive = m_parser.keepAlive() && !m_closing;
    HttpRequest request = m_parser.takeRequest();
    request.peerAddress = m_peerAddress;
    request.peerPort = m_peerPort;
    request.localPort = m_localPort;
    arm(Phase::None);
    m_responder = new HttpResponder(this, request.method == "HEAD", request.versionMinor, keepAlive);
    m_dispatching = true;
    const HttpServer::Handler &handler = m_server->handler();
    if (handler) {
        handler(request, m_responder);
    } else {
        m_responder->respond(404, {{"Content-Type", "application/json"}},
                             m_server->errorBody(404, QStringLiteral("no handler"), request));
    }
    m_dispatching = false;
}

void HttpConnection::responseFinished(HttpResponder *responder, bool closeAfter)
{
    if (responder != m_responder)
        return;
    m_responder = nullptr;
    m_servedAny = true;
    responder->deleteLater();
    if (closeAfter || m_closing) {
        closeSocket();
        return;
    }
    if (m_dispatching)
        return; // processInput's loop continues with the next pipelined request
    if (m_inPos < m_in.size() || m_socket->bytesAvailable() > 0)
        scheduleProcessInput();
    else
        arm(Phase::Idle);
}

void HttpConnection::sendError(int status, const QString &message)
{
    m_failed = true;
    qCDebug(lcHttp) << "answering" << status << message << "to" << m_peerAddress << m_peerPort;
    const QByteArray body = m_server->errorBody(status, message, m_parser.request());
    QByteArray out;
    out.reserve(128 + body.size());
    out.append("HTTP/1.1 ").append(QByteArray::number(status)).append(' ').append(httpReasonPhrase(status));
    out.append("\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: ");
    out.append(QByteArray::number(body.size())).append("\r\n\r\n").append(body);
    m_socket->write(out);
    closeSocket();
}

void HttpConnection::closeSocket()
{
    if (m_closing && m_phase == Phase::Closing)
        return;
    m_closing = true;
    arm(Phase::Closing);
    m_socket->disconnectFromHost(); // flushes what is queued first
}

void HttpConnection::closeWhenIdle()
{
    m_closing = true;
    if (!m_responder)
        closeSocket();
}

void HttpConnection::abortConnection()
{
    m_closing = true;
    m_socket->abort();
    if (!m_closedEmitted) // abort() on an already unconnected socket emits nothing
        onDisconnected();
}

void HttpConnection::onDisconnected()
{
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    m_timer.stop();
    if (HttpResponder *r = m_responder) {
        m_responder = nullptr;
        r->markClientGone();
    }
    emit closed(this);
}

void HttpConnection::onBytesWritten()
{
    if (m_responder && m_socket->bytesToWrite() == 0)
        emit m_responder->drained();
}

} // namespace clawdesk
