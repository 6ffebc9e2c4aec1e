#include "responsereader.h"

#include <QList>

#include <algorithm>

namespace clawdesk {

void ResponseReader::reset()
{
    *this = ResponseReader();
}

ResponseReader::State ResponseReader::feed(const QByteArray &bytes)
{
    if (m_state == State::Done || m_state == State::Error)
        return m_state;
    m_buffer += bytes;
    if (m_state == State::Headers && !parseHead())
        return m_state;
    if (m_state != State::Body)
        return m_state;
    if (m_chunked) {
        parseChunked();
    } else if (m_contentLength >= 0) {
        const qsizetype available = m_buffer.size() - m_pos;
        if (available > 0)
            noteBody(m_buffer.mid(m_pos, std::min<qint64>(available, m_contentLength)));
        if (available >= m_contentLength) {
            m_pos += m_contentLength;
            m_state = State::Done;
        }
    } else {
        m_state = State::Error; // read-until-close bodies are not used by any target here
    }
    return m_state;
}

bool ResponseReader::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > 64 * 1024)
            m_state = State::Error;
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.first().split(' ');
    if (statusLine.size() < 2 || !statusLine.first().startsWith("HTTP/1.")) {
        m_state = State::Error;
        return false;
    }
    m_status = statusLine.at(1).toInt();
    m_closeAfter = statusLine.first() == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "content-length")
            m_contentLength = value.toLongLong();
        else if (name == "transfer-encoding")
            m_chunked = value.contains("chunked");
        else if (name == "connection")
            m_closeAfter = value.contains("close")        ? true
                           : value.contains("keep-alive") ? false
                                                          : m_closeAfter;
    }
    m_pos = end + 4;
    m_state = State::Body;
    if (m_status == 204 || m_status == 304)
        m_state = State::Done;
    return true;
}

bool ResponseReader::parseChunked()
{
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", m_pos);
        if (lineEnd < 0)
            return false;
        bool ok = false;
        const QByteArray sizeField = m_buffer.mid(m_pos, lineEnd - m_pos).split(';').first().trimmed();
        const qint64 size = sizeField.toLongLong(&ok, 16);
        if (!ok || size < 0) {
            m_state = State::Error;
            return false;
        }
        if (size == 0) {
            // Last chunk, no trailers expected: "0\r\n\r\n".
            if (m_buffer.size() < lineEnd + 4)
                return false;
            m_pos = lineEnd + 4;
            m_state = State::Done;
            return true;
        }
        if (m_buffer.size() < lineEnd + 2 + size + 2)
            return false;
        noteBody(m_buffer.mid(lineEnd + 2, size));
        m_pos = lineEnd + 2 + size + 2;
        // Drop consumed bytes now and then so long streams do not rescan the whole buffer.
        if (m_pos > 64 * 1024) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
    }
}

void ResponseReader::noteBody(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    m_sawBody = true;
    if (!m_sawEvent) {
        m_eventTail += data;
        m_sawEvent = m_eventTail.contains("data:");
        m_eventTail = m_eventTail.right(4);
    }
}

} // namespace clawdesk
