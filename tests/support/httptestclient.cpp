#include "httptestclient.h"

#include <QTest>

namespace clawdesk {

bool HttpTestClient::connectTo(quint16 port, const QHostAddress &address, int timeoutMs)
{
    m_socket.connectToHost(address, port);
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs);
}

void HttpTestClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

void HttpTestClient::pump()
{
    if (m_socket.bytesAvailable() > 0)
        m_buffer.append(m_socket.readAll());
}

QByteArray HttpTestClient::pending()
{
    pump();
    return m_buffer;
}

HttpTestClient::Response HttpTestClient::readResponse(int timeoutMs)
{
    Response response;
    (void)QTest::qWaitFor(
        [&] {
            pump();
            return parse(m_buffer, m_socket.state() != QAbstractSocket::ConnectedState, &response);
        },
        timeoutMs);
    return response;
}

QByteArray HttpTestClient::readUntil(const QByteArray &marker, int timeoutMs)
{
    QByteArray out;
    (void)QTest::qWaitFor(
        [&] {
            pump();
            const qsizetype at = m_buffer.indexOf(marker);
            if (at < 0)
                return false;
            out = m_buffer.left(at + marker.size());
            m_buffer.remove(0, out.size());
            return true;
        },
        timeoutMs);
    return out;
}

bool HttpTestClient::waitForDisconnected(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] {
            pump();
            return m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
}

bool HttpTestClient::parse(QByteArray &buffer, bool eof, Response *out)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    Response r;
    const QByteArray statusLine = lines.first().trimmed();
    r.status = statusLine.mid(statusLine.indexOf(' ') + 1, 3).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            r.headers.add(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    qsizetype pos = headEnd + 4;
    const bool noBody = r.status == 204 || r.status == 304 || (r.status >= 100 && r.status < 200);
    if (noBody) {
    } else if (HttpHeaders::hasToken(r.headers.value("transfer-encoding"), "chunked")) {
        while (true) {
            const qsizetype eol = buffer.indexOf("\r\n", pos);
            if (eol < 0)
                return false;
            bool ok = false;
            const qsizetype size =
                buffer.mid(pos, eol - pos).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok)
                return false;
            if (buffer.size() < eol + 2 + size + 2)
                return false;
            r.body.append(buffer.mid(eol + 2, size));
            pos = eol + 2 + size + 2;
            if (size == 0)
                break;
        }
    } else if (r.headers.contains("content-length")) {
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (buffer.size() < pos + length)
            return false;
        r.body = buffer.mid(pos, length);
        pos += length;
    } else {
        if (!eof)
            return false;
        r.body = buffer.mid(pos);
        pos = buffer.size();
    }
    r.complete = true;
    buffer.remove(0, pos);
    *out = r;
    return true;
}

} // namespace clawdesk
