#include "httpresponder.h"

#include "httpconnection.h"
#include "httpstatus.h"

#include <QTcpSocket>

namespace clawdesk {

namespace {

bool isFramingHeader(const QByteArray &name)
{
    return HttpHeaders::nameEquals(name, "content-length") ||
           HttpHeaders::nameEquals(name, "transfer-encoding") || HttpHeaders::nameEquals(name, "connection");
}

} // namespace

HttpResponder::HttpResponder(HttpConnection *connection, bool headRequest, int versionMinor, bool keepAlive)
    : QObject(connection)
    , m_connection(connection)
    , m_headRequest(headRequest)
    , m_versionMinor(versionMinor)
    , m_keepAlive(keepAlive)
{}

qint64 HttpResponder::bytesPending() const
{
    return m_clientGone ? 0 : m_connection->socket()->bytesToWrite();
}

QByteArray HttpResponder::statusAndHeaders(int status, const HttpHeaders &headers, bool *closeAfter) const
{
    bool close = !m_keepAlive || m_connection->isClosing();
    QByteArray out;
    out.reserve(160 + headers.size() * 48);
    out.append("HTTP/1.1 ").append(QByteArray::number(status)).append(' ').append(httpReasonPhrase(status));
    out.append("\r\n");
    for (const HttpHeaders::Entry &h : headers.entries()) {
        if (isFramingHeader(h.first)) {
            if (HttpHeaders::nameEquals(h.first, "connection") && HttpHeaders::hasToken(h.second, "close"))
                close = true;
            continue;
        }
        out.append(h.first).append(": ").append(h.second).append("\r\n");
    }
    if (close)
        out.append("Connection: close\r\n");
    else if (m_versionMinor == 0)
        out.append("Connection: keep-alive\r\n");
    *closeAfter = close;
    return out;
}

void HttpResponder::respond(int status, const HttpHeaders &headers, const QByteArray &body)
{
    if (m_finished || m_streaming || m_clientGone)
        return;
    bool closeAfter = false;
    QByteArray out = statusAndHeaders(status, headers, &closeAfter);
    const bool noBody = status == 204 || status == 304 || (status >= 100 && status < 200);
    if (!noBody)
        out.append("Content-Length: ").append(QByteArray::number(body.size())).append("\r\n");
    out.append("\r\n");
    QTcpSocket *socket = m_connection->socket();
    if (noBody || m_headRequest || body.isEmpty()) {
        socket->write(out);
    } else if (body.size() <= 16 * 1024) {
        out.append(body); // one write, one segment for the common small JSON answer
        socket->write(out);
    } else {
        socket->write(out);
        socket->write(body);
    }
    socket->flush(); // send now instead of on the next event-loop pass
    finish(closeAfter);
}

void HttpResponder::beginStream(int status, const HttpHeaders &headers)
{
    if (m_finished || m_streaming || m_clientGone)
        return;
    bool closeAfter = false;
    if (m_versionMinor == 0)
        m_keepAlive = false; // HTTP/1.0 has no chunked encoding: the body ends with the connection
    QByteArray out = statusAndHeaders(status, headers, &closeAfter);
    m_chunked = m_versionMinor >= 1;
    if (m_chunked)
        out.append("Transfer-Encoding: chunked\r\n");
    out.append("\r\n");
    m_streaming = true;
    m_closeAfter = closeAfter;
    m_connection->socket()->write(out);
    m_connection->socket()->flush();
}

bool HttpResponder::write(const QByteArray &chunk)
{
    if (!m_streaming || m_finished || m_clientGone)
        return false;
    if (chunk.isEmpty() || m_headRequest)
        return true;
    QTcpSocket *socket = m_connection->socket();
    if (!m_chunked) {
        socket->write(chunk);
    } else {
        QByteArray framed;
        framed.reserve(chunk.size() + 16);
        framed.append(QByteArray::number(chunk.size(), 16)).append("\r\n").append(chunk).append("\r\n");
        socket->write(framed);
    }
    socket->flush();
    return true;
}

void HttpResponder::end()
{
    if (!m_streaming || m_finished || m_clientGone)
        return;
    if (m_chunked && !m_headRequest)
        m_connection->socket()->write("0\r\n\r\n", 5);
    finish(m_closeAfter || !m_chunked);
}

void HttpResponder::abort()
{
    if (m_finished || m_clientGone)
        return;
    m_finished = true;
    m_connection->abortConnection();
}

void HttpResponder::markClientGone()
{
    if (m_finished || m_clientGone)
        return;
    m_clientGone = true;
    emit clientGone();
}

void HttpResponder::finish(bool closeAfter)
{
    m_finished = true;
    m_connection->responseFinished(this, closeAfter);
}

} // namespace clawdesk
